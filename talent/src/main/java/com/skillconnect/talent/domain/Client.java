package com.skillconnect.talent.domain;

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
 * for. One per user. Its details are always checked ({@link ClientRules} made them); every creation
 * and change raises {@link ProfileCardChanged} so that other modules can show the client's card; its repository publishes the event when it saves the profile.
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

    public static Client create(ClientId id, UserId userId, ClientDetails details, StoredFile picture, Instant now) {
        Client client = new Client(id, userId, details, picture, now, now);
        client.cardChanged();
        return client;
    }

    /**
     * Replaces the details and, when a new picture is given, the picture.
     *
     * @return the picture that was replaced, for the caller to delete once the change is saved
     */
    public Optional<StoredFile> update(ClientDetails newDetails, StoredFile newPicture, Instant now) {
        this.details = Objects.requireNonNull(newDetails);
        StoredFile replaced = null;
        if (newPicture != null && !newPicture.equals(picture)) {
            replaced = picture;
            picture = newPicture;
        }
        this.updatedAt = now.isBefore(createdAt) ? createdAt : now;
        cardChanged();
        return Optional.ofNullable(replaced);
    }

    private void cardChanged() {
        raiseLatest(ProfileCardChanged.ofClient(userId, id, details.firstName(), details.lastName(),
                picture == null ? null : picture.url(), details.location()));
    }

    public ClientId id() { return id; }
    public UserId userId() { return userId; }
    public ClientDetails details() { return details; }
    public Optional<StoredFile> picture() { return Optional.ofNullable(picture); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
