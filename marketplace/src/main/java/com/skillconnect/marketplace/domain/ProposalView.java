package com.skillconnect.marketplace.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A proposal as the API answers it: its skills twice ({@code required_skills} and {@code skills_output}, as the
 * document shows), its client's card, the cards of the freelancers who applied and of the one selected (or null).
 */
public record ProposalView(long id, String title, String description, CategoryRef category, List<Skill> requiredSkills,
        List<Skill> skillsOutput, BigDecimal budgetMin, BigDecimal budgetMax, int timelineDays, String projectScope,
        boolean isUrgent, ClientCardView client, List<FreelancerCardView> appliedFreelancers,
        FreelancerCardView selectedFreelancer, String status, boolean isActive, Instant createdAt, Instant updatedAt) {

    public ProposalView withMedia(UnaryOperator<String> url) {
        return new ProposalView(id, title, description, category, requiredSkills, skillsOutput, budgetMin, budgetMax,
                timelineDays, projectScope, isUrgent, client.withMedia(url),
                appliedFreelancers.stream().map(card -> card.withMedia(url)).toList(),
                selectedFreelancer == null ? null : selectedFreelancer.withMedia(url), status, isActive, createdAt, updatedAt);
    }
}
