package com.skillconnect.billing.adapter.in.web;

import com.skillconnect.billing.domain.BillingCodes;
import com.skillconnect.billing.domain.ContractStatus;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.kernel.spring.CommonMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * billing's words for its rule violations (codes {@code contract.} and {@code payment.}), and the kernel's common ones
 * where a billing request breaks them. The domain's field names are the API's already ({@code order_type},
 * {@code workflow_status}, {@code payment_method}).
 */
@Component
class BillingViolationMessages implements ViolationMessages {

    private static final List<String> FIELDS = List.of("order_type", "order_id", "amount", "deadline", "terms",
            "milestones", "status", "workflow_status", "contract", "description", "payment_method", "conversation_id");

    @Override
    public Optional<Worded> word(Violation violation) {
        String message = switch (violation.code()) {
            case BillingCodes.ORDER_TYPE_UNKNOWN -> "Must be 'service' or 'proposal'.";
            case BillingCodes.ORDER_NOT_ACCEPTED -> "No accepted order of yours has this id.";
            case BillingCodes.ALREADY_CONTRACTED -> "This order already has a contract (draft, pending or accepted).";
            case BillingCodes.AMOUNT_NOT_POSITIVE, BillingCodes.PAYMENT_AMOUNT_NOT_POSITIVE ->
                    "Amount must be greater than zero.";
            case BillingCodes.DEADLINE_PAST -> "Deadline cannot be in the past.";
            case BillingCodes.STATUS_NOT_INITIAL -> "A new contract's status must be 'draft' or 'pending'.";
            case BillingCodes.WORKFLOW_NOT_INITIAL -> "A new contract's workflow_status must be 'planning'.";
            case BillingCodes.ONLY_CREATOR_EDITS ->
                    "Only the party who created this contract can change its amount, deadline, terms or milestones.";
            case BillingCodes.TERMS_FIXED -> "This contract is " + status(violation.arg(0))
                    + ": its amount, deadline, terms and milestones can no longer change.";
            case BillingCodes.STATUS_ALREADY -> "This contract is already " + status(violation.arg(0)) + ".";
            case BillingCodes.STATUS_FINAL -> "This contract is " + status(violation.arg(0))
                    + ": its status can no longer change.";
            case BillingCodes.ONLY_OTHER_PARTY -> "Only the party who did not create this contract can "
                    + (violation.arg(0) == ContractStatus.ACCEPTED ? "accept" : "reject") + " it.";
            case BillingCodes.NOT_PROPOSED ->
                    "A draft contract must be proposed (status 'pending') before it can be accepted or rejected.";
            case BillingCodes.ONLY_CREATOR_PROPOSES -> "Only the party who created this draft can propose it.";
            case BillingCodes.NO_BACK_TO_DRAFT -> "A pending contract cannot go back to draft.";
            case BillingCodes.WORKFLOW_NOT_ACCEPTED -> "The work can move only once the contract is accepted.";
            case BillingCodes.WORKFLOW_ONLY_FREELANCER -> "Only the contract's freelancer can change its workflow_status.";
            case BillingCodes.WORKFLOW_PAID_BY_PAYMENT ->
                    "A contract is paid only when verified payments cover its amount.";
            case BillingCodes.WORKFLOW_PAID_FINAL -> "This contract is paid: its workflow_status can no longer change.";
            case BillingCodes.CONTRACT_NOT_FOUND -> "Invalid pk \"" + violation.arg(0) + "\" - object does not exist.";
            case BillingCodes.NOT_ORDERS_CONVERSATION -> "This is not the conversation of the contract's order.";
            case BillingCodes.ONLY_FREELANCER_REQUESTS -> "Only the contract's freelancer can request a payment.";
            case BillingCodes.CONTRACT_NOT_ACCEPTED -> "Payments can be requested on accepted contracts only.";
            case BillingCodes.AMOUNT_OVER_REMAINING -> "Ensure the amount is at most "
                    + ((BigDecimal) violation.arg(0)).setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + ", what this contract still leaves to request.";
            case BillingCodes.METHOD_UNKNOWN, BillingCodes.PAYMENT_STATUS_UNKNOWN ->
                    "\"" + violation.arg(0) + "\" is not a valid choice.";
            case BillingCodes.ONLY_PAYEE_REJECTS -> "Only the client asked to pay can reject this payment request.";
            case BillingCodes.NOT_PENDING -> "Only a pending payment request can be rejected; this one is "
                    + violation.arg(0).toString().toLowerCase(Locale.ROOT) + ".";
            case BillingCodes.STATUS_BY_PAYMENT_ONLY ->
                    "Only a verified payment completes or fails a payment request; you may reject a pending one.";
            case BillingCodes.ALREADY_COMPLETED -> "This payment request was completed by another payment.";
            case BillingCodes.REJECTED_NOT_COMPLETED -> "A rejected payment request cannot be completed.";
            case BillingCodes.NOT_PAYABLE -> "This payment request is "
                    + violation.arg(0).toString().toLowerCase(Locale.ROOT) + ": there is nothing to pay.";
            default -> null;
        };
        if (message != null) {
            return Optional.of(new Worded(violation.path(), message));
        }
        if (!violation.path().isEmpty() && FIELDS.contains(violation.path().getFirst())) {
            return CommonMessages.of(violation).map(words -> new Worded(violation.path(), words));
        }
        return Optional.empty();
    }

    private static String status(Object status) {
        return ((ContractStatus) status).wire();
    }
}
