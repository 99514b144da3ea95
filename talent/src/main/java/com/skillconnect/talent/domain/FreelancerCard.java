package com.skillconnect.talent.domain;

import com.skillconnect.talent.domain.FreelancerProfileView.SkillView;
import java.util.List;

/**
 * One freelancer in the browse list. {@code title} is the latest experience's role; rating and
 * review count are 0 until reviews exist. {@code skills_output} repeats {@code skills}: the talent
 * browser of the existing frontend reads it.
 */
public record FreelancerCard(long id, String name, String title, String location, int rating, int reviewCount,
        boolean isAvailable, List<SkillView> skills, List<SkillView> skillsOutput, String profilePicture,
        String about) {
}
