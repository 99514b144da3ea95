package com.skillconnect.billing.domain;

import com.skillconnect.billing.ContractId;
import com.skillconnect.billing.PaymentRequestId;
import java.math.BigDecimal;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where payment requests are kept; saving publishes the events a request raised. */
@Repository
@SecondaryPort
public interface PaymentRequests {

    PaymentRequestId nextId();

    Optional<PaymentRequest> find(PaymentRequestId id);

    /** The request whose gateway order has this id (a webhook names the order, not our request). */
    Optional<PaymentRequest> findByCheckoutOrder(String gatewayOrderId);

    /** The total of the contract's requests that still bind its amount (pending or completed). */
    BigDecimal bindingTotal(ContractId contract);

    /** The total of the contract's completed requests (paid by verified payments). */
    BigDecimal completedTotal(ContractId contract);

    /**
     * Saves the request now and publishes the events it raised.
     *
     * @throws RuntimeException an optimistic-locking failure when the request changed since it was read
     */
    PaymentRequest save(PaymentRequest request);
}
