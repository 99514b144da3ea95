package com.skillconnect.talent.application;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.domain.FileKind;
import com.skillconnect.talent.domain.FileStorage;
import com.skillconnect.talent.domain.Freelancer;
import com.skillconnect.talent.domain.FreelancerChange;
import com.skillconnect.talent.domain.FreelancerForm;
import com.skillconnect.talent.domain.FreelancerId;
import com.skillconnect.talent.domain.FreelancerProfileView;
import com.skillconnect.talent.domain.FreelancerQueries;
import com.skillconnect.talent.domain.FreelancerRules;
import com.skillconnect.talent.domain.Freelancers;
import com.skillconnect.talent.domain.StoredFile;
import com.skillconnect.talent.domain.StoredUploads;
import com.skillconnect.talent.domain.TalentRuleViolation;
import com.skillconnect.talent.domain.UploadedFile;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freelancer profile set-up: create one, read and change one's own. A change is all or nothing:
 * every rule (files included) is checked first, then the files are stored, then the profile is saved;
 * if anything fails the files stored for it are deleted, and files the profile no longer uses are
 * deleted only once the change is committed.
 */
@Service
public class FreelancerProfiles {

    private static final Logger log = LoggerFactory.getLogger(FreelancerProfiles.class);

    private final Freelancers freelancers;
    private final FreelancerQueries queries;
    private final FreelancerRules rules;
    private final FileStorage storage;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    FreelancerProfiles(Freelancers freelancers, FreelancerQueries queries, FreelancerRules rules, FileStorage storage,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.freelancers = freelancers;
        this.queries = queries;
        this.rules = rules;
        this.storage = storage;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Creates the user's profile; a user has at most one. */
    public FreelancerProfileView create(UserId userId, FreelancerForm form) {
        FreelancerId id = transactions.execute(status -> {
            if (freelancers.existsForUser(userId)) {
                throw TalentRuleViolation.nonField(Freelancers.ALREADY_EXISTS);
            }
            FreelancerChange change = rules.check(form, null, true);
            StoredUploads files = store(change);
            Freelancer freelancer = change.create(freelancers.nextId(), userId, files, now());
            save(freelancer);
            return freelancer.id();
        });
        return queries.byId(id.value()).orElseThrow();
    }

    public Optional<FreelancerProfileView> mine(UserId userId) {
        return queries.byUser(userId);
    }

    /**
     * Changes the user's own profile: {@code full} (PUT) needs every required field, otherwise (PATCH)
     * only what was sent changes. Empty when the user has no profile.
     */
    public Optional<FreelancerProfileView> update(UserId userId, FreelancerForm form, boolean full) {
        Optional<FreelancerId> id = transactions.execute(status -> freelancers.findByUser(userId).map(freelancer -> {
            FreelancerChange change = rules.check(form, freelancer, full);
            StoredUploads files = store(change);
            List<StoredFile> unused = change.applyTo(freelancer, files, now());
            save(freelancer);
            deleteAfterCommit(unused);
            return freelancer.id();
        }));
        return id.flatMap(found -> queries.byId(found.value()));
    }

    private void save(Freelancer freelancer) {
        freelancers.save(freelancer);
        freelancer.pullEvents().forEach(events::publishEvent);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Stores the change's files; they are deleted again if the transaction does not commit. */
    private StoredUploads store(FreelancerChange change) {
        if (!change.hasFiles()) {
            return StoredUploads.NONE;
        }
        List<StoredFile> stored = new ArrayList<>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(stored);
                }
            }
        });
        StoredFile picture = change.picture() == null ? null : store("profiles", change.picture(), stored);
        Map<Integer, StoredFile> educations = new TreeMap<>();
        change.educationCertificates().forEach((index, file) -> educations.put(index, store("certificates", file, stored)));
        Map<Integer, StoredFile> experiences = new TreeMap<>();
        change.experienceCertificates().forEach((index, file) -> experiences.put(index, store("certificates", file, stored)));
        return new StoredUploads(picture, educations, experiences);
    }

    private StoredFile store(String folder, UploadedFile file, List<StoredFile> stored) {
        FileKind kind = file.kind().orElseThrow(() -> new IllegalStateException("An unchecked file reached storage"));
        StoredFile result = storage.store(folder, kind, file.content());
        stored.add(result);
        return result;
    }

    private void deleteAfterCommit(List<StoredFile> files) {
        if (files.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delete(files);
            }
        });
    }

    private void delete(List<StoredFile> files) {
        for (StoredFile file : files) {
            try {
                storage.delete(file);
            } catch (RuntimeException e) {
                log.warn("Could not delete the stored file {}", file.path(), e);
            }
        }
    }
}
