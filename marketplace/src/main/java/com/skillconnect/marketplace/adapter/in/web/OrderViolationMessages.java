package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.OrderCodes;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * marketplace's words for the order violations app renders without knowing the endpoint (a violated unique index:
 * the "already have an active …" rule, whose argument names the order type). The order endpoints word their own
 * violations ({@link OrderEndpoints}).
 */
@Component
class OrderViolationMessages implements ViolationMessages {

    @Override
    public Optional<Worded> word(Violation violation) {
        if (!violation.code().startsWith("order.")) {
            return Optional.empty();
        }
        OrderType type = violation.code().equals(OrderCodes.ALREADY_ACTIVE) && violation.arg(0) instanceof OrderType given
                ? given : OrderType.SERVICE;
        return OrderWords.of(violation, type).map(message -> new Worded(violation.path(), message));
    }
}
