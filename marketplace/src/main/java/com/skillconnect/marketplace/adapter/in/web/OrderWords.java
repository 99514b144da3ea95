package com.skillconnect.marketplace.adapter.in.web;

import static com.skillconnect.marketplace.domain.OrderCodes.*;

import com.skillconnect.kernel.Violation;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.Order;
import java.util.Locale;
import java.util.Optional;

/**
 * The English words of marketplace's order rules, per order type (a service's "order", a proposal's
 * "application"); the table of the status refusals is docs/adr/0021-order-state-machine.md.
 */
final class OrderWords {

    static final String STATUS_CHOICES = "Status must be one of ['accepted', 'rejected', 'cancelled', 'completed'].";

    private OrderWords() {
    }

    /** Whether the code refuses a status change (answered {@code {"error": …}}). */
    static boolean isStatusRefusal(String code) {
        return code.startsWith("order.status.");
    }

    /** The wire's name of a domain field of the placing request. */
    static String field(String domainField, OrderType type) {
        return Order.SUBJECT.equals(domainField) ? (type == OrderType.SERVICE ? "service_id" : "proposal_id") : domainField;
    }

    /** The message of one of marketplace's order codes; empty for a code that is not one of them. */
    static Optional<String> of(Violation violation, OrderType type) {
        boolean service = type == OrderType.SERVICE;
        String order = service ? "order" : "application";
        String message = switch (violation.code()) {
            case REQUIRED -> "This field is required.";
            case NOT_AN_INTEGER -> "A valid integer is required.";
            case NOT_A_STRING -> "Not a valid string.";
            case NOT_AN_OBJECT -> "Invalid data. Expected a dictionary, but got " + violation.arg(0) + ".";
            case MESSAGE_TOO_LONG -> "Ensure this field has no more than " + violation.arg(0) + " characters.";
            case SUBJECT_UNAVAILABLE -> service ? "No active service has this id." : "No open proposal has this id.";
            case OWN_SUBJECT -> service ? "You cannot order your own service." : "You cannot apply to your own proposal.";
            case ALREADY_ACTIVE -> violation.arg(0) == OrderType.PROPOSAL
                    ? "You already have an active application for this proposal."
                    : "You already have an active order for this service.";
            case STATUS_MISSING -> "Missing status field.";
            case STATUS_UNKNOWN -> STATUS_CHOICES;
            case ALREADY_IN_STATUS -> "This " + order + " is already " + status(violation.arg(0)) + ".";
            case FINAL_STATUS -> "A " + status(violation.arg(0)) + " " + order + " cannot be " + status(violation.arg(1)) + ".";
            case ONLY_DECIDER -> (service ? "Only the freelancer of this service can " : "Only the client of this proposal can ")
                    + verb(violation.arg(0)) + " this " + order + ".";
            case ONLY_REQUESTER_CANCELS_PENDING -> service
                    ? "Only the client who placed this order can cancel it while it is pending; reject it instead."
                    : "Only the freelancer who applied can cancel a pending application; reject it instead.";
            case NOT_ACCEPTED_YET -> "A pending " + order + " cannot be completed; it must be accepted first.";
            case ACCEPTED_NOT_REJECTABLE -> "An accepted " + order + " cannot be rejected; cancel it instead.";
            case PROPOSAL_NOT_OPEN -> "This proposal is no longer open: another application was accepted, or it was closed.";
            default -> null;
        };
        return Optional.ofNullable(message);
    }

    /** {@code ACCEPTED} → {@code accepted}. */
    static String status(Object status) {
        return ((OrderStatus) status).name().toLowerCase(Locale.ROOT);
    }

    private static String verb(Object status) {
        return switch ((OrderStatus) status) {
            case ACCEPTED -> "accept";
            case REJECTED -> "reject";
            case CANCELLED -> "cancel";
            case COMPLETED -> "complete";
            case PENDING -> "reopen";
        };
    }
}
