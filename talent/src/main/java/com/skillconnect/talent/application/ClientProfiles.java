package com.skillconnect.talent.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.TransactionalFiles;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.domain.Client;
import com.skillconnect.talent.domain.ClientDetails;
import com.skillconnect.talent.domain.ClientDraft;
import com.skillconnect.talent.domain.ClientRules;
import com.skillconnect.talent.domain.ClientView;
import com.skillconnect.talent.domain.Clients;
import com.skillconnect.kernel.FileStorage;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.UploadedFile;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A client's own profile: create it (once, users whose role is {@code CLIENT}), read it, replace it or
 * change some of it. Every field and the picture are checked first; only then is the picture stored
 * (deleted again unless the transaction commits) and the profile saved, its repository publishing its
 * {@code ProfileCardChanged}; a picture replaced by a new one is deleted once the change is committed.
 */
@Service
public class ClientProfiles {

    static final String NOT_FOUND = "Profile not found.";
    static final String PICTURE_FOLDER = "profiles/clients";

    private final Clients clients;
    private final FileStorage storage;
    private final Clock clock;
    private final long maxPictureBytes;

    ClientProfiles(Clients clients, FileStorage storage, Clock clock,
            @Value("${skillconnect.storage.max-file-size:10MB}") DataSize maxFileSize) {
        this.clients = clients;
        this.storage = storage;
        this.clock = clock;
        this.maxPictureBytes = maxFileSize.toBytes();
    }

    /** Creates the user's client profile; {@code picture} may be null. */
    @Transactional
    public ClientView create(UserId user, Role role, ClientDraft draft, UploadedFile picture) {
        ProfileRoles.require(Role.CLIENT, role);
        if (clients.findByUser(user).isPresent()) {
            throw new RuleViolationException(Violation.whole(Clients.ALREADY_EXISTS));
        }
        ClientDetails details = ClientRules.check(draft, picture, maxPictureBytes);
        Client client = Client.create(clients.nextId(), user, details, store(picture), now());
        clients.save(client);
        return ClientView.of(client);
    }

    /** The user's own profile ({@code /me/}); 404 "Profile not found." when there is none. */
    @Transactional(readOnly = true)
    public ClientView mine(UserId user) {
        return ClientView.of(own(user, Optional.empty()));
    }

    /** The user's own profiles as a list (none or one), like the original's view set. */
    @Transactional(readOnly = true)
    public List<ClientView> listMine(UserId user) {
        return clients.findByUser(user).map(ClientView::of).stream().toList();
    }

    /** The user's own profile by its id; anyone else's id is not found. */
    @Transactional(readOnly = true)
    public ClientView mine(UserId user, ClientId id) {
        return ClientView.of(own(user, Optional.of(id)));
    }

    /** Full update (PUT): every required field must be sent again; fields not sent become empty. */
    @Transactional
    public ClientView replace(UserId user, Optional<ClientId> id, ClientDraft draft, UploadedFile picture) {
        return update(own(user, id), existing -> draft, picture);
    }

    /** Partial update (PATCH): only the fields sent change. */
    @Transactional
    public ClientView patch(UserId user, Optional<ClientId> id, ClientDraft changes, UploadedFile picture) {
        return update(own(user, id), existing -> existing.details().asDraft().overlaidWith(changes), picture);
    }

    private ClientView update(Client client, Function<Client, ClientDraft> draftOf, UploadedFile picture) {
        ClientDetails details = ClientRules.check(draftOf.apply(client), picture, maxPictureBytes);
        Instant now = now();
        client.changeDetails(details, now);
        StoredFile stored = store(picture);
        Optional<StoredFile> replaced = stored == null ? Optional.empty() : client.changePicture(stored, now);
        clients.save(client);
        TransactionalFiles.deleteAfterCommit(replaced.stream().toList(), storage::delete);
        return ClientView.of(client);
    }

    /** The caller's profile, and when an id is given, only if it is that one. */
    private Client own(UserId user, Optional<ClientId> id) {
        Optional<Client> client = clients.findByUser(user).filter(found -> id.isEmpty() || id.get().equals(found.id()));
        return client.orElseThrow(() -> id.isPresent() ? new NotFoundException("client profile " + id.get())
                : new NotFoundException("client profile of the caller", NOT_FOUND));
    }

    private StoredFile store(UploadedFile picture) {
        return picture == null ? null : TransactionalFiles.storeUnlessRolledBack(
                () -> storage.store(PICTURE_FOLDER, picture.kind().orElseThrow(), picture), storage::delete);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
    }
}
