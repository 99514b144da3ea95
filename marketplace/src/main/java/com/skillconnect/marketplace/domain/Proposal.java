package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.marketplace.ProposalId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A project a client posts for freelancers to apply to. Its client changes its details; its status and selected
 * freelancer are the orders' to change (accepting an application puts it in progress), so they are only read here.
 * Deleting it hides it for good ({@code deletedAt}) but keeps it for the applications that point at it.
 */
@AggregateRoot
public class Proposal extends EventRecordingAggregate {

    /** The version of an aggregate never stored: its repository inserts it rather than updating a row. */
    public static final long UNSAVED = -1;

    @Identity
    private final ProposalId id;
    private final Party client;
    private ProposalDetails details;
    private final ProposalStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private final long version;

    private Proposal(ProposalId id, Party client, ProposalDetails details, ProposalStatus status, Instant createdAt,
            Instant updatedAt, Instant deletedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.client = Objects.requireNonNull(client);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.deletedAt = deletedAt;
        this.version = version;
    }

    /** A new, open proposal of this client. */
    public static Proposal post(ProposalId id, Party client, ProposalDetails details, Instant now) {
        return new Proposal(id, client, details, ProposalStatus.OPEN, now, now, null, UNSAVED);
    }

    /** A proposal as stored, at the version of the row it was read from (persistence adapters only). */
    public static Proposal restore(ProposalId id, Party client, ProposalDetails details, ProposalStatus status,
            Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {
        return new Proposal(id, client, details, status, createdAt, updatedAt, deletedAt, version);
    }

    /**
     * The version of the row it was read from ({@link #UNSAVED} if new): its repository saves it only over that
     * version, so that a concurrent change is refused rather than overwritten.
     */
    public long version() {
        return version;
    }

    /** Whether this user sees and changes it: its client, while it is not deleted. */
    public boolean isOwnersAndLive(UserId user) {
        return deletedAt == null && client.user().equals(user);
    }

    public void revise(ProposalDetails revised, Instant now) {
        requireLive();
        details = Objects.requireNonNull(revised);
        updatedAt = now;
    }

    /** Hides it for good: no longer listed, applied to or shown to its owner (applications keep their copy). */
    public void delete(Instant now) {
        requireLive();
        details = new ProposalDetails(details.title(), details.description(), details.categoryId(), details.skills(),
                details.budgetMin(), details.budgetMax(), details.timelineDays(), details.projectScope(),
                details.urgent(), false);
        deletedAt = now;
        updatedAt = now;
    }

    private void requireLive() {
        if (deletedAt != null) {
            throw new IllegalStateException("Proposal " + id + " is deleted");
        }
    }

    public ProposalId id() {
        return id;
    }

    public Party client() {
        return client;
    }

    public ProposalDetails details() {
        return details;
    }

    public ProposalStatus status() {
        return status;
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
