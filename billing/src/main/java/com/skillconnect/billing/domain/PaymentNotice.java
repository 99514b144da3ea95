package com.skillconnect.billing.domain;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.PaymentRequestId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the freelancer reads when a payment request of theirs is completed, e.g. Payment of ₹20,000.00 received from
 * Jane Smith for contract #12 ('Website Design'). Marketplace stores and pushes it (billing asks with its
 * {@code NotificationRequested}); {@code topic} names the request, so the notice is told once per request.
 *
 * @param title     the order's title (as marketplace's own order notices)
 * @param actorName the client who paid (a client, when billing knows no name)
 */
@ValueObject
public record PaymentNotice(String topic, String title, String text, String actorName) {

    static final String SOME_CLIENT = "a client";

    public static PaymentNotice received(PaymentRequestId request, ContractId contract, BigDecimal amount,
            String payerName, String orderTitle) {
        String payer = payerName == null || payerName.isBlank() ? SOME_CLIENT : payerName.strip();
        String title = orderTitle == null ? "" : orderTitle;
        String rupees = String.format(Locale.ENGLISH, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
        String text = title.isBlank()
                ? "Payment of ₹%s received from %s for contract #%d.".formatted(rupees, payer, contract.value())
                : "Payment of ₹%s received from %s for contract #%d ('%s').".formatted(rupees, payer, contract.value(),
                        title);
        return new PaymentNotice("payment_request:" + request.value(), title, text, payer);
    }
}
