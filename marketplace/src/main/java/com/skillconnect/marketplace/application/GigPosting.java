package com.skillconnect.marketplace.application;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.FileKind;
import com.skillconnect.kernel.FileStorage;
import com.skillconnect.kernel.NotAllowedException;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.UploadCheck;
import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.Violations;
import com.skillconnect.kernel.spring.TransactionalFiles;
import com.skillconnect.marketplace.GigId;
import com.skillconnect.marketplace.domain.Gig;
import com.skillconnect.marketplace.domain.GigCodes;
import com.skillconnect.marketplace.domain.GigDetails;
import com.skillconnect.marketplace.domain.GigQueries;
import com.skillconnect.marketplace.domain.GigView;
import com.skillconnect.marketplace.domain.Gigs;
import com.skillconnect.marketplace.domain.ListingForm;
import com.skillconnect.marketplace.domain.Parties;
import com.skillconnect.marketplace.domain.Party;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A freelancer's own gigs: offer one (a user with a freelancer profile marketplace knows), list, read, change
 * and delete them. Someone else's gig, or a deleted one, is not found, and nothing changes. Every field and the
 * image are checked first; only then is the image stored (deleted again unless the transaction commits); an image
 * replaced by a new one is deleted once the change is committed. Answers read from the query side, so that every
 * endpoint answers the same shape.
 */
@Service
public class GigPosting {

    static final String IMAGE_FOLDER = "services";

    private final Gigs gigs;
    private final GigQueries queries;
    private final Parties parties;
    private final ListingChecks checks;
    private final FileStorage storage;
    private final Clock clock;
    private final UploadCheck uploads;

    GigPosting(Gigs gigs, GigQueries queries, Parties parties, ListingChecks checks, FileStorage storage, Clock clock,
            @Value("${skillconnect.storage.max-file-size:10MB}") DataSize maxFileSize) {
        this.gigs = gigs;
        this.queries = queries;
        this.parties = parties;
        this.checks = checks;
        this.storage = storage;
        this.clock = clock;
        this.uploads = new UploadCheck(maxFileSize.toBytes());
    }

    /** Offers a new gig; {@code image} may be null. */
    @Transactional
    public GigView offer(UserId user, ListingForm form, UploadedFile image) {
        Party freelancer = parties.freelancer(user).orElseThrow(() -> new NotAllowedException(GigCodes.NOT_A_FREELANCER,
                "Only freelancers with a profile can create services."));
        Violations violations = new Violations();
        GigDetails details = GigDetails.from(form, null, violations);
        UploadedFile checkedImage = checkImage(image, violations);
        if (details != null) {
            checks.categoryExists(details.categoryId(), GigDetails.CATEGORY, violations);
        }
        violations.throwIfAny();
        Gig gig = Gig.offer(gigs.nextId(), freelancer, details, store(checkedImage), clock.instant());
        gigs.save(gig);
        return view(user, gig.id());
    }

    @Transactional(readOnly = true)
    public List<GigView> mine(UserId user) {
        return queries.ownedBy(user);
    }

    @Transactional(readOnly = true)
    public GigView mine(UserId user, GigId id) {
        return view(user, id);
    }

    /** Changes the fields sent (PUT and PATCH alike), and the image when one is sent. */
    @Transactional
    public GigView revise(UserId user, GigId id, ListingForm form, UploadedFile image) {
        Gig gig = own(user, id);
        Violations violations = new Violations();
        GigDetails details = GigDetails.from(form, gig.details(), violations);
        UploadedFile checkedImage = checkImage(image, violations);
        if (details != null && details.categoryId() != gig.details().categoryId()) {
            checks.categoryExists(details.categoryId(), GigDetails.CATEGORY, violations);
        }
        violations.throwIfAny();
        gig.revise(details, store(checkedImage), clock.instant())
                .ifPresent(replaced -> TransactionalFiles.deleteAfterCommit(List.of(replaced), storage::delete));
        gigs.save(gig);
        return view(user, id);
    }

    /** Hides the gig for good; its orders keep what they showed (its row and image stay). */
    @Transactional
    public void delete(UserId user, GigId id) {
        Gig gig = own(user, id);
        gig.delete(clock.instant());
        gigs.save(gig);
    }

    private Gig own(UserId user, GigId id) {
        return gigs.find(id).filter(gig -> gig.isOwnersAndLive(user)).orElseThrow(() -> new NotFoundException("gig " + id));
    }

    private GigView view(UserId user, GigId id) {
        return queries.ownedBy(user, id).orElseThrow(() -> new NotFoundException("gig " + id));
    }

    private UploadedFile checkImage(UploadedFile image, Violations violations) {
        return image == null ? null : violations.at(GigDetails.IMAGE).take(uploads.picture(image));
    }

    private StoredFile store(UploadedFile image) {
        if (image == null) {
            return null;
        }
        FileKind kind = image.kind().orElseThrow();
        return TransactionalFiles.storeUnlessRolledBack(() -> storage.store(IMAGE_FOLDER, kind, image), storage::delete);
    }
}
