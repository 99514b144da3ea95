package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.marketplace.OrderType;
import java.util.Locale;
import org.jmolecules.ddd.annotation.Service;

/**
 * Who must hear of an order event, and what they read. The party that must act hears of it:
 * a new order goes to the gig's freelancer, a new application to the proposal's client, a status change to the
 * other party of whoever made it; a change marketplace made itself (an application rejected because another was
 * accepted) goes to the party who placed the order. Names come from marketplace's copy of the cards; a party
 * whose card is missing is "a client" or "a freelancer".
 */
@Service
public class OrderNotices {

    static final String SOME_CLIENT = "a client";
    static final String SOME_FREELANCER = "a freelancer";

    private final Parties parties;

    public OrderNotices(Parties parties) {
        this.parties = parties;
    }

    /** "New order received from Jane Doe for service 'Website Design'." to the freelancer, or the application's to the client. */
    public Notification placed(OrderPlaced event) {
        boolean service = event.type() == OrderType.SERVICE;
        String actor = service ? clientName(event.clientUser()) : freelancerName(event.freelancerUser());
        String text = service
                ? "New order received from %s for service '%s'.".formatted(actor, event.title())
                : "New application received from %s for proposal '%s'.".formatted(actor, event.title());
        return Notification.about(service ? event.freelancerUser() : event.clientUser(), event.type(), event.orderId(),
                OrderStatus.PENDING, event.title(), text, actor, event.placedAt());
    }

    /** "Order for service 'Website Design' was accepted by John Smith." to the other party. */
    public Notification statusChanged(OrderStatusChanged event) {
        boolean service = event.type() == OrderType.SERVICE;
        UserId changedBy = event.changedBy();
        UserId placer = service ? event.clientUser() : event.freelancerUser();
        String status = event.status().name().toLowerCase(Locale.ROOT);
        String subject = service ? "Order for service '%s'".formatted(event.title())
                : "Application for proposal '%s'".formatted(event.title());
        UserId recipient;
        String actor;
        String text;
        if (event.clientUser().equals(changedBy)) {
            recipient = event.freelancerUser();
            actor = clientName(changedBy);
            text = "%s was %s by %s.".formatted(subject, status, actor);
        } else if (event.freelancerUser().equals(changedBy)) {
            recipient = event.clientUser();
            actor = freelancerName(changedBy);
            text = "%s was %s by %s.".formatted(subject, status, actor);
        } else {
            recipient = placer;
            actor = clientName(event.clientUser());
            text = service ? "%s was %s.".formatted(subject, status)
                    : "%s was %s: another application was accepted.".formatted(subject, status);
        }
        return Notification.about(recipient, event.type(), event.orderId(), event.status(), event.title(), text, actor,
                event.changedAt());
    }

    private String clientName(UserId user) {
        return parties.client(user).map(Party::displayName).filter(name -> !name.isBlank()).orElse(SOME_CLIENT);
    }

    private String freelancerName(UserId user) {
        return parties.freelancer(user).map(Party::displayName).filter(name -> !name.isBlank()).orElse(SOME_FREELANCER);
    }
}
