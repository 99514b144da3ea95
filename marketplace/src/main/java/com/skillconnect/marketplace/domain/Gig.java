package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.marketplace.GigId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A service a freelancer offers (the API's "service"). Only its freelancer sees and changes it through the
 * owner's endpoints; deleting it hides it for good ({@code deletedAt}) but keeps it, so that the orders placed on
 * it keep what they showed. Nothing listens to gigs yet, so it raises no event (orders read it when placed).
 */
@AggregateRoot
public class Gig extends EventRecordingAggregate {

    /** The version of an aggregate never stored: its repository inserts it rather than updating a row. */
    public static final long UNSAVED = -1;

    @Identity
    private final GigId id;
    private final Party freelancer;
    private GigDetails details;
    private StoredFile image;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private final long version;

    private Gig(GigId id, Party freelancer, GigDetails details, StoredFile image, Instant createdAt, Instant updatedAt,
            Instant deletedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.freelancer = Objects.requireNonNull(freelancer);
        this.details = Objects.requireNonNull(details);
        this.image = image;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.deletedAt = deletedAt;
        this.version = version;
    }

    /** A new gig of this freelancer; {@code image} may be null. */
    public static Gig offer(GigId id, Party freelancer, GigDetails details, StoredFile image, Instant now) {
        return new Gig(id, freelancer, details, image, now, now, null, UNSAVED);
    }

    /** A gig as stored, at the version of the row it was read from (persistence adapters only). */
    public static Gig restore(GigId id, Party freelancer, GigDetails details, StoredFile image, Instant createdAt,
            Instant updatedAt, Instant deletedAt, long version) {
        return new Gig(id, freelancer, details, image, createdAt, updatedAt, deletedAt, version);
    }

    /**
     * The version of the row it was read from ({@link #UNSAVED} if new): its repository saves it only over that
     * version, so that a concurrent change is refused rather than overwritten.
     */
    public long version() {
        return version;
    }

    /** Whether this user sees and changes it: its freelancer, while it is not deleted. */
    public boolean isOwnersAndLive(UserId user) {
        return deletedAt == null && freelancer.user().equals(user);
    }

    /** New details, and a new image when one is given: answers the image it no longer uses, if any. */
    public Optional<StoredFile> revise(GigDetails revised, StoredFile newImage, Instant now) {
        requireLive();
        this.details = Objects.requireNonNull(revised);
        StoredFile replaced = null;
        if (newImage != null) {
            replaced = image;
            image = newImage;
        }
        updatedAt = now;
        return Optional.ofNullable(replaced);
    }

    /** Hides it for good: no longer listed, ordered or shown to its owner (its orders keep their copy). */
    public void delete(Instant now) {
        requireLive();
        details = new GigDetails(details.title(), details.description(), details.categoryId(), details.skills(),
                details.price(), details.deliveryTime(), details.revisions(), details.featured(), false);
        deletedAt = now;
        updatedAt = now;
    }

    private void requireLive() {
        if (deletedAt != null) {
            throw new IllegalStateException("Gig " + id + " is deleted");
        }
    }

    public GigId id() {
        return id;
    }

    public Party freelancer() {
        return freelancer;
    }

    public GigDetails details() {
        return details;
    }

    public Optional<StoredFile> image() {
        return Optional.ofNullable(image);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }
}
