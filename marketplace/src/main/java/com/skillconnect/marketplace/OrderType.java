package com.skillconnect.marketplace;

/**
 * The two kinds of order: a client orders a freelancer's gig ({@code SERVICE}), or a freelancer applies to a
 * client's proposal ({@code PROPOSAL}). Ids are unique across both kinds; the API still addresses an order under
 * its kind's path ({@code service-orders/} or {@code proposal-orders/}), and consumers keep the type beside the id.
 */
public enum OrderType {
    SERVICE,
    PROPOSAL
}
