package com.skillconnect.marketplace;

/**
 * The two kinds of order: a client orders a freelancer's gig ({@code SERVICE}), or a freelancer applies to a
 * client's proposal ({@code PROPOSAL}). Each kind numbers its orders on its own, so an order is named by its
 * type and id together.
 */
public enum OrderType {
    SERVICE,
    PROPOSAL
}
