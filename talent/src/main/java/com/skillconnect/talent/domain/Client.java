package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.EventRecordingAggregate;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.ProfileCardChanged;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A client's profile: who hires on SkillConnect, as a person or for a business, and what they look
 * for. One per user. Its details are always checked ({@link ClientRules} made them) and change through
 * intention methods; every creation and change raises {@link ProfileCardChanged} so that other modules can show the client's card; its repository publishes the event when it saves the profile.
 */
@AggregateRoot
public class Client extends EventRecordingAggregate {

    @Identity
    private final ClientId id;
    private final UserId userId;
    private final Instant createdAt;
    private ClientDetails details;
    private StoredFile picture;
    private Instant updatedAt;

    /** Rebuilds a profile from storage; nothing is checked and no event raised. */
    public Client(ClientId id, UserId userId, ClientDetails details, StoredFile picture, Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.details = Objects.requireNonNull(details);
        this.picture = picture;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A new profile; a business account names its company, industry, size and description. */
    public static Client create(ClientId id, UserId userId, ClientDetails details, StoredFile picture, Instant now) {
        Client client = new Client(id, userId, guarded(details), picture, now, now);
        client.cardChanged();
        return client;
    }

    /** The client says something new about themselves (every detail at once, as the form is sent). */
    public void changeDetails(ClientDetails newDetails, Instant now) {
        this.details = guarded(newDetails);
        touched(now);
    }

    /**
     * A new picture replaces the current one.
     *
     * @return the picture that was replaced, for the caller to delete once the change is saved
     */
    public Optional<StoredFile> changePicture(StoredFile newPicture, Instant now) {
        Objects.requireNonNull(newPicture);
        StoredFile replaced = newPicture.equals(picture) ? null : picture;
        picture = newPicture;
        touched(now);
        return Optional.ofNullable(replaced);
    }

    private static ClientDetails guarded(ClientDetails details) {
        Objects.requireNonNull(details);
        if (details.accountType() == AccountType.BUSINESS && (details.companyName().isBlank()
                || details.industry().isBlank() || details.companySize().isBlank()
                || details.companyDescription().isBlank())) {
            throw new IllegalArgumentException("A business account names its company, industry, size and description");
        }
        return details;
    }

    private void touched(Instant now) {
        this.updatedAt = now.isBefore(createdAt) ? createdAt : now;
        cardChanged();
    }

    private void cardChanged() {
        raiseLatest(ProfileCardChanged.ofClient(userId, id, details.firstName(), details.lastName(),
                picture == null ? null : picture.url(), details.location(), details.accountType().wireValue(),
                details.companyName(), details.country(), details.industry(), updatedAt));
    }

    public ClientId id() { return id; }
    public UserId userId() { return userId; }
    public ClientDetails details() { return details; }
    public Optional<StoredFile> picture() { return Optional.ofNullable(picture); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
