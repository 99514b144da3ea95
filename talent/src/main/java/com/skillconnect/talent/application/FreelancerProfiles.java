package com.skillconnect.talent.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.TransactionalFiles;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.kernel.FileKind;
import com.skillconnect.kernel.FileStorage;
import com.skillconnect.talent.domain.Freelancer;
import com.skillconnect.talent.domain.FreelancerChange;
import com.skillconnect.talent.domain.FreelancerForm;
import com.skillconnect.talent.domain.FreelancerProfileView;
import com.skillconnect.talent.domain.FreelancerQueries;
import com.skillconnect.talent.domain.FreelancerRules;
import com.skillconnect.talent.domain.Freelancers;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.talent.domain.StoredUploads;
import com.skillconnect.kernel.UploadedFile;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freelancer profile set-up: create one, read and change one's own, for users whose role is
 * {@code FREELANCER}. A change is all or nothing: every rule (files included) is checked first, then
 * the files are stored (deleted again unless the transaction commits), then the profile is saved
 * (its repository publishes its {@code ProfileCardChanged}); files the profile no longer uses are
 * deleted once the change is committed.
 */
@Service
public class FreelancerProfiles {

    static final String PROFILE_NOT_FOUND = "Profile not found.";

    private final Freelancers freelancers;
    private final FreelancerQueries queries;
    private final FreelancerRules rules;
    private final FileStorage storage;
    private final Clock clock;

    FreelancerProfiles(Freelancers freelancers, FreelancerQueries queries, FreelancerRules rules, FileStorage storage,
            Clock clock) {
        this.freelancers = freelancers;
        this.queries = queries;
        this.rules = rules;
        this.storage = storage;
        this.clock = clock;
    }

    /** Creates the user's profile; a user has at most one. */
    @Transactional
    public FreelancerProfileView create(UserId userId, Role role, FreelancerForm form) {
        ProfileRoles.require(Role.FREELANCER, role);
        if (freelancers.existsForUser(userId)) {
            throw new RuleViolationException(Violation.whole(Freelancers.ALREADY_EXISTS));
        }
        FreelancerChange change = rules.check(form, null, true);
        Freelancer freelancer = change.create(freelancers.nextId(), userId, store(change), now());
        freelancers.save(freelancer);
        return queries.byId(freelancer.id().value()).orElseThrow();
    }

    /** The user's own profile ({@code /me/}); 404 "Profile not found." when there is none. */
    @Transactional(readOnly = true)
    public FreelancerProfileView mine(UserId userId, Role role) {
        ProfileRoles.require(Role.FREELANCER, role);
        return queries.byUser(userId).orElseThrow(FreelancerProfiles::noProfile);
    }

    /** The user's own profiles as a list (none or one), like the original's view set. */
    @Transactional(readOnly = true)
    public List<FreelancerProfileView> listMine(UserId userId, Role role) {
        ProfileRoles.require(Role.FREELANCER, role);
        return queries.byUser(userId).stream().toList();
    }

    /** The user's own profile by its id; anyone else's id is not found. */
    @Transactional(readOnly = true)
    public FreelancerProfileView mine(UserId userId, Role role, FreelancerId id) {
        ProfileRoles.require(Role.FREELANCER, role);
        return queries.byUser(userId).filter(view -> view.id() == id.value())
                .orElseThrow(() -> new NotFoundException("freelancer profile " + id));
    }

    /**
     * Changes the user's own profile: {@code full} (PUT) needs every required field, otherwise (PATCH)
     * only what was sent changes. {@code id} (optional) must be the profile's own.
     */
    @Transactional
    public FreelancerProfileView update(UserId userId, Role role, Optional<FreelancerId> id, FreelancerForm form,
            boolean full) {
        ProfileRoles.require(Role.FREELANCER, role);
        Freelancer freelancer = freelancers.findByUser(userId)
                .orElseThrow(() -> id.isPresent() ? new NotFoundException("freelancer profile " + id.get()) : noProfile());
        if (id.isPresent() && !id.get().equals(freelancer.id())) {
            throw new NotFoundException("freelancer profile " + id.get());
        }
        FreelancerChange change = rules.check(form, freelancer, full);
        List<StoredFile> unused = change.applyTo(freelancer, store(change), now());
        freelancers.save(freelancer);
        TransactionalFiles.deleteAfterCommit(unused, storage::delete);
        return queries.byId(freelancer.id().value()).orElseThrow();
    }

    private static NotFoundException noProfile() {
        return new NotFoundException("freelancer profile of the caller", PROFILE_NOT_FOUND);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
    }

    /** Stores the change's files; they are deleted again if the transaction does not commit. */
    private StoredUploads store(FreelancerChange change) {
        if (!change.hasFiles()) {
            return StoredUploads.NONE;
        }
        StoredFile picture = change.picture() == null ? null : store("profiles", change.picture());
        Map<Integer, StoredFile> educations = new TreeMap<>();
        change.educationCertificates().forEach((index, file) -> educations.put(index, store("certificates", file)));
        Map<Integer, StoredFile> experiences = new TreeMap<>();
        change.experienceCertificates().forEach((index, file) -> experiences.put(index, store("certificates", file)));
        return new StoredUploads(picture, educations, experiences);
    }

    private StoredFile store(String folder, UploadedFile file) {
        FileKind kind = file.kind().orElseThrow(() -> new IllegalStateException("An unchecked file reached storage"));
        return TransactionalFiles.storeUnlessRolledBack(() -> storage.store(folder, kind, file), storage::delete);
    }
}
