package com.skillconnect.marketplace.domain;

/** The codes of the rules only proposals have ({@code proposal.}); the shared ones are {@link ListingCodes} and {@code CommonCode}. */
public final class ProposalCodes {

    /** Only a client with a client profile posts proposals (answered 403). */
    public static final String NOT_A_CLIENT = "proposal.not_a_client";
    /** The budget's minimum is above its maximum (args[0]: the minimum). */
    public static final String BUDGET_RANGE = "proposal.budget.range";

    private ProposalCodes() {
    }
}
