package com.skillconnect.marketplace.adapter.in.web;

import static com.skillconnect.kernel.spring.MediaUrls.absolute;

import com.skillconnect.marketplace.domain.OrderView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * The order items of the Gigs API, as the frontend reads them: a service order carries {@code service}, an
 * application {@code proposal}; both carry the client's and the freelancer's cards. Picture and image URLs are
 * absolute URLs of this server (the frontend runs on another origin).
 */
final class OrderItems {

    private OrderItems() {
    }

    /** A service order (an order of a gig). */
    record ServiceOrderItem(long id, ClientCard client, FreelancerCard freelancer, ServiceTerms service, String message,
            String status, Instant createdAt, Instant updatedAt) {

        static ServiceOrderItem of(OrderView view) {
            OrderView.Subject subject = view.subject();
            return new ServiceOrderItem(view.id(), ClientCard.of(view.client()), FreelancerCard.of(view.freelancer()),
                    new ServiceTerms(subject.id(), subject.title(), subject.priceMin(), subject.days(),
                            absolute(subject.image()), new CategoryRef(subject.categoryId(), subject.categoryName())),
                    view.message(), wire(view), view.createdAt(), view.updatedAt());
        }
    }

    /** An application (an order of a proposal). */
    record ApplicationItem(long id, ClientCard client, FreelancerCard freelancer, ProposalTerms proposal, String message,
            String status, Instant createdAt, Instant updatedAt) {

        static ApplicationItem of(OrderView view) {
            OrderView.Subject subject = view.subject();
            return new ApplicationItem(view.id(), ClientCard.of(view.client()), FreelancerCard.of(view.freelancer()),
                    new ProposalTerms(subject.id(), subject.title(), subject.priceMin(), subject.priceMax(), subject.days(),
                            subject.proposalStatus()),
                    view.message(), wire(view), view.createdAt(), view.updatedAt());
        }
    }

    record ClientCard(long id, String name, String accountType, String companyName, String profilePicture,
            String country, String location, String industry) {

        static ClientCard of(OrderView.ClientSide client) {
            return new ClientCard(client.id(), client.name(), client.accountType(), client.companyName(),
                    absolute(client.profilePicture()), client.country(), client.location(), client.industry());
        }
    }

    record FreelancerCard(long id, String name, String location, int rating, int reviewCount, boolean isAvailable,
            String profilePicture) {

        static FreelancerCard of(OrderView.FreelancerSide freelancer) {
            return new FreelancerCard(freelancer.id(), freelancer.name(), freelancer.location(), freelancer.rating(),
                    freelancer.reviewCount(), freelancer.isAvailable(), absolute(freelancer.profilePicture()));
        }
    }

    /** The gig as it was ordered. */
    record ServiceTerms(long id, String title, BigDecimal price, int deliveryTime, String image, CategoryRef category) {
    }

    record CategoryRef(long id, String name) {
    }

    /** The proposal as applied to; {@code status} is the proposal's current one. */
    record ProposalTerms(long id, String title, BigDecimal budgetMin, BigDecimal budgetMax, int timelineDays,
            String status) {
    }

    private static String wire(OrderView view) {
        return view.status().name().toLowerCase(Locale.ROOT);
    }
}
