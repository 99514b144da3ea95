package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.domain.FreelancerCard;
import com.skillconnect.talent.domain.FreelancerProfileView;
import com.skillconnect.talent.domain.FreelancerProfileView.EducationView;
import com.skillconnect.talent.domain.FreelancerProfileView.ExperienceView;

/**
 * Talent's views with absolute file URLs (the kernel's {@link com.skillconnect.kernel.spring.MediaUrls}): the
 * picture and the certificates of a profile, the pictures of browse cards.
 */
final class MediaUrls {

    private MediaUrls() {
    }

    /** The absolute URL of a {@code /media/…} path; null stays null. */
    static String absolute(String path) {
        return com.skillconnect.kernel.spring.MediaUrls.absolute(path);
    }

    static FreelancerProfileView absolute(FreelancerProfileView view) {
        return new FreelancerProfileView(view.id(), view.user(), view.firstName(), view.lastName(),
                absolute(view.profilePicture()), view.about(), view.age(), view.country(), view.location(),
                view.isAvailable(), view.createdAt(), view.updatedAt(), view.skillsOutput(),
                view.educationsOutput().stream().map(e -> new EducationView(e.id(), e.college(), e.degree(),
                        e.startYear(), e.endYear(), absolute(e.certificate()))).toList(),
                view.experiencesOutput().stream().map(e -> new ExperienceView(e.id(), e.role(), e.company(),
                        e.startDate(), e.endDate(), e.description(), e.ongoing(), absolute(e.certificate()))).toList(),
                view.languagesOutput(), view.portfoliosOutput(), view.socialLinksOutput(), view.verificationOutput());
    }

    static FreelancerCard absolute(FreelancerCard card) {
        return new FreelancerCard(card.id(), card.name(), card.title(), card.location(), card.rating(),
                card.reviewCount(), card.isAvailable(), card.skills(), card.skillsOutput(),
                absolute(card.profilePicture()), card.about());
    }
}
