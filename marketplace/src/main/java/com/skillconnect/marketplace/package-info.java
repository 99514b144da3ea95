/**
 * Marketplace: categories, gigs (the API's "services"), proposals, orders (service orders and applications to
 * proposals) as one state machine, and the notifications of orders (the Gigs API).
 * <p>
 * Published API: the ids {@link com.skillconnect.marketplace.GigId}, {@link com.skillconnect.marketplace.ProposalId}
 * and {@link com.skillconnect.marketplace.OrderId}, {@link com.skillconnect.marketplace.OrderType},
 * {@link com.skillconnect.marketplace.OrderStatus}, and the events
 * {@link com.skillconnect.marketplace.OrderPlaced} and {@link com.skillconnect.marketplace.OrderStatusChanged}, from
 * which conversations and billing learn of orders; and {@link com.skillconnect.marketplace.NotificationRequested}, which
 * a module depending on marketplace publishes to have a party of an order notified (marketplace stores and pushes
 * it). The names, pictures and locations it shows on cards come
 * from talent's {@code ProfileCardChanged}, kept in marketplace's own read model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "marketplace",
        allowedDependencies = { "identity", "talent", "kernel" })
package com.skillconnect.marketplace;
