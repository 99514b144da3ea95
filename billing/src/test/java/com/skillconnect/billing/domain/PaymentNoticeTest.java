package com.skillconnect.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.PaymentRequestId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentNoticeTest {

    @Test
    void namesTheAmountInRupeesThePayerTheContractAndTheOrder() {
        PaymentNotice notice = PaymentNotice.received(new PaymentRequestId(17), new ContractId(12),
                new BigDecimal("1234567.5"), "Jane Smith", "Website Design");

        assertThat(notice.text()).isEqualTo("Payment of ₹1,234,567.50 received from Jane Smith for contract #12 ('Website Design').");
        assertThat(notice.title()).isEqualTo("Website Design");
        assertThat(notice.actorName()).isEqualTo("Jane Smith");
        assertThat(notice.topic()).isEqualTo("payment_request:17");
    }

    @Test
    void anUnknownPayerIsAClientAndAnUntitledOrderIsLeftOut() {
        PaymentNotice notice = PaymentNotice.received(new PaymentRequestId(1), new ContractId(2), new BigDecimal("150"),
                " ", "");

        assertThat(notice.text()).isEqualTo("Payment of ₹150.00 received from a client for contract #2.");
        assertThat(notice.actorName()).isEqualTo("a client");
    }
}
