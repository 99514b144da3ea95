package com.skillconnect.marketplace.domain;

/**
 * The codes of the order rules marketplace's domain enforces: what is wrong, never how to say it (the web
 * adapter words them, per order type: "order" of a service, "application" to a proposal). Arguments, where a
 * code has any, are named in its comment. Every code starts with {@code order.}, so no other module's words
 * claim it.
 */
public final class OrderCodes {

    // ---- placing --------------------------------------------------------------------------------
    /** A field that is needed and was not sent (args[0]: the domain's field name). */
    public static final String REQUIRED = "order.required";
    /** A field that must be a whole number and is not one (or is no possible id). */
    public static final String NOT_AN_INTEGER = "order.not_an_integer";
    /** A field that must be text and is not. */
    public static final String NOT_A_STRING = "order.not_a_string";
    /** The request body is no JSON object (args[0]: what it is instead, e.g. {@code list}). */
    public static final String NOT_AN_OBJECT = "order.not_an_object";
    /** The message is longer than args[0] characters. */
    public static final String MESSAGE_TOO_LONG = "order.message.too_long";
    /** No active gig (or open, active proposal) has the id sent. */
    public static final String SUBJECT_UNAVAILABLE = "order.subject.unavailable";
    /** The requester already has a live (pending or accepted) order of this gig, or application to this proposal (args[0]: the {@code OrderType}). */
    public static final String ALREADY_ACTIVE = "order.already_active";
    /** The requester tried to order their own gig, or apply to their own proposal. */
    public static final String OWN_SUBJECT = "order.own_subject";

    // ---- changing the status ({"error": …} answers) -----------------------------------------------
    /** A status change without a status. */
    public static final String STATUS_MISSING = "order.status.missing";
    /** A status change to something that is not one of accepted, rejected, cancelled, completed. */
    public static final String STATUS_UNKNOWN = "order.status.unknown";
    /** The order already has the status asked for (args[0]: the status). */
    public static final String ALREADY_IN_STATUS = "order.status.already";
    /** The order's status is final: nothing follows it (args[0]: its status, args[1]: the status asked for). */
    public static final String FINAL_STATUS = "order.status.final";
    /** Only the deciding party (the gig's freelancer, the proposal's client) may do this (args[0]: the status asked for). */
    public static final String ONLY_DECIDER = "order.status.only_decider";
    /** A pending order is withdrawn by its requester (cancelled); the deciding party rejects it instead. */
    public static final String ONLY_REQUESTER_CANCELS_PENDING = "order.status.only_requester_cancels_pending";
    /** A pending order is completed only once it was accepted. */
    public static final String NOT_ACCEPTED_YET = "order.status.not_accepted_yet";
    /** An accepted order is cancelled, not rejected. */
    public static final String ACCEPTED_NOT_REJECTABLE = "order.status.accepted_not_rejectable";
    /** The proposal of an application is no longer open (another application was accepted, or it was closed). */
    public static final String PROPOSAL_NOT_OPEN = "order.status.proposal_not_open";

    private OrderCodes() {
    }
}
