package com.skillconnect.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GatewayChargeTest {

    @ParameterizedTest
    @CsvSource({
            "1000, 150.00, 115000",
            "1000.50, 150.00, 115050",
            "0.01, 0, 1",
            "999.999, 0, 100000",   // 99999.9 paise rounds up
            "10.004, 0, 1000",      // 1000.4 paise rounds down
            "10.005, 0, 1001",      // exactly half a paisa rounds up
            "10.0049, 150, 16000",
            "9999999999.99, 150.00, 1000000014999"
    })
    void paiseAreAmountPlusFeeTimesAHundredRoundedHalfUp(String amount, String fee, long paise) {
        GatewayCharge charge = new GatewayCharge(new BigDecimal(amount), new BigDecimal(fee));

        assertThat(charge.inPaise()).isEqualTo(paise);
        assertThat(charge.total()).isEqualByComparingTo(new BigDecimal(amount).add(new BigDecimal(fee)));
    }

    @Test
    void neitherPartIsNegativeNorIsTheChargeNothing() {
        assertThatThrownBy(() -> new GatewayCharge(new BigDecimal("-1"), new BigDecimal("150")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GatewayCharge(new BigDecimal("100"), new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GatewayCharge(BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GatewayCharge(null, BigDecimal.ZERO)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anOrderRequestNamesOurPaymentRequestInItsReceiptAndNotes() {
        PaymentGateway.OrderRequest request = PaymentGateway.OrderRequest.inRupees(42, 115000);

        assertThat(request.currency()).isEqualTo("INR");
        assertThat(request.receipt()).isEqualTo("payment_request_42");
        assertThat(request.notes()).containsEntry("payment_request_id", "42");
        assertThatThrownBy(() -> PaymentGateway.OrderRequest.inRupees(42, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentGateway.OrderRequest.inRupees(0, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
