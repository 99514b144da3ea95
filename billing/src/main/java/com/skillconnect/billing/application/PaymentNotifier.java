package com.skillconnect.billing.application;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.PaymentStatus;
import com.skillconnect.billing.PaymentStatusChanged;
import com.skillconnect.billing.domain.BillingQueries;
import com.skillconnect.billing.domain.BillingViews.PaymentRequestView;
import com.skillconnect.billing.domain.OrderBook;
import com.skillconnect.billing.domain.OrderRef;
import com.skillconnect.billing.domain.PaymentNotice;
import com.skillconnect.billing.domain.PaymentRequest;
import com.skillconnect.billing.domain.PaymentRequests;
import com.skillconnect.marketplace.NotificationRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the freelancer that a payment request of theirs was paid (in the words of {@link PaymentNotice}). Notifications are marketplace's (stored, listed, pushed on {@code /ws/notifications/}), and
 * marketplace cannot listen to billing (billing depends on it: a cycle), so billing asks with marketplace's
 * {@link NotificationRequested} (docs/adr/0032-notifications-other-modules-ask-for.md). Runs in its own transaction
 * after the completion committed, from the event publication registry (retried after a crash); the request it
 * publishes is registered in that transaction for marketplace's listener, and marketplace stores one notification per
 * request however often this runs.
 */
@Component
class PaymentNotifier {

    private static final Logger log = LoggerFactory.getLogger(PaymentNotifier.class);

    private final PaymentRequests requests;
    private final OrderBook orders;
    private final BillingQueries queries;
    private final ApplicationEventPublisher events;

    PaymentNotifier(PaymentRequests requests, OrderBook orders, BillingQueries queries, ApplicationEventPublisher events) {
        this.requests = requests;
        this.orders = orders;
        this.queries = queries;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PaymentStatusChanged event) {
        if (event.status() != PaymentStatus.COMPLETED) {
            return;
        }
        PaymentRequest request = requests.find(event.paymentRequest()).orElse(null);
        OrderRef order = orders.find(event.orderId()).orElse(null);
        if (request == null || order == null) {
            log.warn("Payment request {} of order {} completed, but billing does not know {}: nobody is notified",
                    event.paymentRequest(), event.orderId(), request == null ? "the request" : "the order");
            return;
        }
        String payerName = queries.payment(request.id(), request.requestedBy()).map(PaymentRequestView::payeeName).orElse("");
        ContractId contract = request.contract();
        PaymentNotice notice = PaymentNotice.received(request.id(), contract, request.amount().amount(), payerName,
                order.title());
        events.publishEvent(new NotificationRequested(request.requestedBy(), order.type(), order.orderId(),
                order.status(), notice.topic(), notice.title(), notice.text(), notice.actorName(), event.changedAt()));
    }
}
