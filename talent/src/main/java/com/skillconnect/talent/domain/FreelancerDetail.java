package com.skillconnect.talent.domain;

import com.skillconnect.talent.domain.FreelancerProfileView.SkillView;
import java.util.List;

/**
 * A freelancer's public detail: the whole profile, plus what the profile page shows in its header, as a browse
 * card does ({@link FreelancerCard}): the name ("First Last"), the title (the latest experience's role: an ongoing
 * one first, then the latest start; none without experience), the rating and review count (0 until reviews exist)
 * and the skills' names in the freelancer's order.
 */
public record FreelancerDetail(FreelancerProfileView profile, String title, int rating, int reviewCount) {

    /** A profile with its title, not reviewed yet. */
    public FreelancerDetail(FreelancerProfileView profile, String title) {
        this(profile, title, 0, 0);
    }

    public String name() {
        return (profile.firstName() + " " + profile.lastName()).strip();
    }

    public List<String> skills() {
        return profile.skillsOutput().stream().map(SkillView::name).toList();
    }
}
