package com.skillconnect.talent.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.skillconnect.talent.domain.FreelancerDetail;
import com.skillconnect.talent.domain.FreelancerProfileView;
import java.util.List;

/**
 * {@code GET …/freelancers/browse/{id}/}: the whole profile (as {@code …/profile-setup/me/} answers it) with
 * {@code name}, {@code title}, {@code rating}, {@code review_count} and {@code skills} (names), which the profile
 * page of the original frontend reads (COMPATIBILITY.md).
 */
record FreelancerDetailResponse(@JsonUnwrapped FreelancerProfileView profile, String name, String title, int rating,
        int reviewCount, List<String> skills) {

    static FreelancerDetailResponse of(FreelancerDetail detail) {
        return new FreelancerDetailResponse(MediaUrls.absolute(detail.profile()), detail.name(), detail.title(), detail.rating(),
                detail.reviewCount(), detail.skills());
    }
}
