package com.skillconnect.billing.domain;

/**
 * Billing's violation codes: what is wrong, never how to say it (the web adapter words them). Every code starts with
 * {@code contract.} or {@code payment.}, so no other module's words claim it. Arguments, where a code has any, are
 * named in its comment.
 */
public final class BillingCodes {

    // ---- contracts: creating and editing -------------------------------------------------------
    /** order_type is neither service nor proposal. */
    public static final String ORDER_TYPE_UNKNOWN = "contract.order_type_unknown";
    /** No accepted order of the caller's has that type and id (missing, foreign and not accepted alike). */
    public static final String ORDER_NOT_ACCEPTED = "contract.order_not_accepted";
    /** The order has a live (draft, pending or accepted) contract already. */
    public static final String ALREADY_CONTRACTED = "contract.already_contracted";
    /** The amount is zero or less. */
    public static final String AMOUNT_NOT_POSITIVE = "contract.amount_not_positive";
    /** The deadline lies before today. */
    public static final String DEADLINE_PAST = "contract.deadline_past";
    /** A new contract may start only as draft or pending (args[0]: the status sent). */
    public static final String STATUS_NOT_INITIAL = "contract.status_not_initial";
    /** A new contract's work starts at planning (args[0]: the workflow status sent). */
    public static final String WORKFLOW_NOT_INITIAL = "contract.workflow_not_initial";
    /** Only the party who created the contract changes its amount, deadline, terms or milestones. */
    public static final String ONLY_CREATOR_EDITS = "contract.edit.only_creator";
    /** The contract's terms are fixed: it was accepted or rejected (args[0]: its status). */
    public static final String TERMS_FIXED = "contract.edit.fixed";

    // ---- contracts: status ---------------------------------------------------------------------
    /** The contract already has the status asked for (args[0]: the status). */
    public static final String STATUS_ALREADY = "contract.status.already";
    /** The contract was accepted or rejected: its status is final (args[0]: its status). */
    public static final String STATUS_FINAL = "contract.status.final";
    /** Only the party who did not create the contract accepts or rejects it. */
    public static final String ONLY_OTHER_PARTY = "contract.status.only_other_party";
    /** A draft is accepted or rejected only once its creator proposed it (pending). */
    public static final String NOT_PROPOSED = "contract.status.not_proposed";
    /** Only the creator proposes their draft (draft to pending). */
    public static final String ONLY_CREATOR_PROPOSES = "contract.status.only_creator_proposes";
    /** A pending contract does not go back to draft. */
    public static final String NO_BACK_TO_DRAFT = "contract.status.no_back_to_draft";

    // ---- contracts: workflow -------------------------------------------------------------------
    /** The work moves only once the contract is accepted (args[0]: the contract's status). */
    public static final String WORKFLOW_NOT_ACCEPTED = "contract.workflow.not_accepted";
    /** Only the contract's freelancer moves the work. */
    public static final String WORKFLOW_ONLY_FREELANCER = "contract.workflow.only_freelancer";
    /** Paid is reached only when verified payments cover the amount. */
    public static final String WORKFLOW_PAID_BY_PAYMENT = "contract.workflow.paid_by_payment";
    /** The contract is paid: its work moves no more. */
    public static final String WORKFLOW_PAID_FINAL = "contract.workflow.paid_final";

    // ---- payment requests ----------------------------------------------------------------------
    /** No contract of the caller's has that id. */
    public static final String CONTRACT_NOT_FOUND = "payment.contract_not_found";
    /** Only the contract's freelancer asks for a payment. */
    public static final String ONLY_FREELANCER_REQUESTS = "payment.only_freelancer";
    /** Payments are asked for on accepted contracts only (args[0]: the contract's status). */
    public static final String CONTRACT_NOT_ACCEPTED = "payment.contract_not_accepted";
    /** The amount is zero or less. */
    public static final String PAYMENT_AMOUNT_NOT_POSITIVE = "payment.amount_not_positive";
    /** The amount is more than what the contract still leaves (args[0]: that remainder, a BigDecimal). */
    public static final String AMOUNT_OVER_REMAINING = "payment.amount_over_remaining";
    /**
     * conversation_id is not the conversation of the contract's order (or billing knows none for it yet; args[0]: the
     * id sent).
     */
    public static final String NOT_ORDERS_CONVERSATION = "payment.not_orders_conversation";
    /** payment_method is none of razorpay, upi, bank_transfer, paypal, stripe (args[0]: the text sent). */
    public static final String METHOD_UNKNOWN = "payment.method_unknown";
    /** Only the payee (the client asked to pay) rejects a payment request. */
    public static final String ONLY_PAYEE_REJECTS = "payment.only_payee_rejects";
    /** Only a pending payment request is rejected (args[0]: its status). */
    public static final String NOT_PENDING = "payment.not_pending";
    /** Completed and failed are set by the payment itself, never by a request (args[0]: the status asked for). */
    public static final String STATUS_BY_PAYMENT_ONLY = "payment.status_by_payment_only";
    /** A status that is none of pending, completed, failed, rejected (args[0]: the text sent). */
    public static final String PAYMENT_STATUS_UNKNOWN = "payment.status_unknown";
    /** A completed request completes again only with the same gateway payment. */
    public static final String ALREADY_COMPLETED = "payment.already_completed";
    /** A rejected request is not completed. */
    public static final String REJECTED_NOT_COMPLETED = "payment.rejected_not_completed";
    /** Only a pending or failed request is paid (args[0]: its status, completed or rejected). */
    public static final String NOT_PAYABLE = "payment.not_payable";

    private BillingCodes() {
    }
}
