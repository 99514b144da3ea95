package com.skillconnect.billing.domain;

import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderType;
import java.util.Locale;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The frames of an order's contract sockets ({@code /ws/messaging/contracts/<order_type>/<order_id>/}): a contract as
 * it now is, to both parties of its order, sent once the calling transaction commits (never if it rolls back).
 */
@SecondaryPort
public interface ContractPush {

    /** The contract was created or changed: both parties' sockets on its order get it. */
    void changed(Contract contract);

    /** The contract endpoint of an order: where its sockets are opened and its frames sent. */
    static String endpoint(OrderType type, OrderId order) {
        return "/ws/messaging/contracts/" + type.name().toLowerCase(Locale.ROOT) + "/" + order.value();
    }
}
