/**
 * The marketplace domain: the Gig, Proposal and Order aggregates (the order's state machine), the rules of
 * their values, and the secondary ports for storage and the cards of the parties. Plain Java: no Spring, no
 * JPA, no Jackson.
 * <p>
 * Like identity's domain, the package carries no hexagonal stereotype (see the note in
 * {@code com.skillconnect.identity.domain}); its ports carry {@code @SecondaryPort}.
 */
package com.skillconnect.marketplace.domain;
