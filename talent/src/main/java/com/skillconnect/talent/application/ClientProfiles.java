package com.skillconnect.talent.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.domain.Client;
import com.skillconnect.talent.domain.ClientDetails;
import com.skillconnect.talent.domain.ClientDraft;
import com.skillconnect.talent.domain.ClientRules;
import com.skillconnect.talent.domain.ClientView;
import com.skillconnect.talent.domain.Clients;
import com.skillconnect.talent.domain.FileStorage;
import com.skillconnect.talent.domain.StoredFile;
import com.skillconnect.talent.domain.Code;
import com.skillconnect.talent.domain.TalentRuleViolation;
import com.skillconnect.talent.domain.UploadedFile;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * A client's own profile: create it (once), read it, replace it or change some of it. Every field and
 * the picture are checked first; only then is the picture stored and the profile saved, in one
 * transaction with its {@code ProfileCardChanged} event. When saving fails the stored picture is
 * deleted again; a picture replaced by a new one is deleted once the change is committed.
 */
@Service
public class ClientProfiles {

    static final String ALREADY_EXISTS = Code.PROFILE_EXISTS;
    static final String NOT_FOUND = "Profile not found.";
    static final String ONLY_CLIENTS = "Only users with the client role can create a client profile.";
    static final String PICTURE_FOLDER = "profiles/clients";

    private static final Logger log = LoggerFactory.getLogger(ClientProfiles.class);

    private final Clients clients;
    private final FileStorage storage;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxPictureBytes;

    ClientProfiles(Clients clients, FileStorage storage, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock,
            @Value("${skillconnect.storage.max-file-size:10MB}") DataSize maxFileSize) {
        this.clients = clients;
        this.storage = storage;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.maxPictureBytes = maxFileSize.toBytes();
    }

    /** Creates the user's client profile; {@code picture} may be null. */
    public ClientView create(UserId user, Role role, ClientDraft draft, UploadedFile picture) {
        if (role != Role.CLIENT) {
            throw new AccessDeniedException(ONLY_CLIENTS);
        }
        if (clients.findByUser(user).isPresent()) {
            throw TalentRuleViolation.nonField(ALREADY_EXISTS);
        }
        ClientDetails details = ClientRules.check(draft, picture, maxPictureBytes);
        StoredFile stored = store(picture);
        try {
            return transactions.execute(status -> {
                Client client = Client.create(clients.nextId(), user, details, stored, now());
                clients.save(client);
                client.pullEvents().forEach(events::publishEvent);
                return ClientView.of(client);
            });
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
    }

    public ClientView mine(UserId user) {
        return ClientView.of(own(user));
    }

    /** Full update (PUT): every required field must be sent again; fields not sent become empty. */
    public ClientView replace(UserId user, ClientDraft draft, UploadedFile picture) {
        return update(user, existing -> draft, picture);
    }

    /** Partial update (PATCH): only the fields sent change. */
    public ClientView patch(UserId user, ClientDraft changes, UploadedFile picture) {
        return update(user, existing -> existing.details().asDraft().overlaidWith(changes), picture);
    }

    private ClientView update(UserId user, Function<Client, ClientDraft> draftOf, UploadedFile picture) {
        Client checked = own(user);
        ClientDetails details = ClientRules.check(draftOf.apply(checked), picture, maxPictureBytes);
        StoredFile stored = store(picture);
        Updated updated;
        try {
            updated = transactions.execute(status -> {
                Client client = own(user);
                client.changeDetails(details, now());
                Optional<StoredFile> old = stored == null ? Optional.empty() : client.changePicture(stored, now());
                clients.save(client);
                client.pullEvents().forEach(events::publishEvent);
                return new Updated(ClientView.of(client), old);
            });
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
        updated.replaced().ifPresent(this::discard);
        return updated.view();
    }

    private record Updated(ClientView view, Optional<StoredFile> replaced) {
    }

    private Client own(UserId user) {
        return clients.findByUser(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_FOUND));
    }

    private StoredFile store(UploadedFile picture) {
        return picture == null ? null
                : storage.store(PICTURE_FOLDER, picture.kind().orElseThrow(), picture.content());
    }

    private void discard(StoredFile file) {
        if (file == null) {
            return;
        }
        try {
            storage.delete(file);
        } catch (RuntimeException e) {
            log.warn("Could not delete {}", file.path(), e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what PostgreSQL keeps
    }
}
