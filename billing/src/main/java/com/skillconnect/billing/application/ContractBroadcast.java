package com.skillconnect.billing.application;

import com.skillconnect.billing.ContractChanged;
import com.skillconnect.billing.domain.ContractPush;
import com.skillconnect.billing.domain.Contracts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pushes every created or changed contract to both parties' sockets on its order
 * ({@code /ws/messaging/contracts/<order_type>/<order_id>/}).
 * <p>
 * It listens to {@link ContractChanged} <em>synchronously</em>, inside the transaction that saved the contract: it
 * reads the contract as that transaction wrote it and hands it to {@link ContractPush}, whose frames leave only after
 * the commit (the kernel's delivery contract), so a rolled-back change is never announced. No event publication is
 * stored for it: a frame is best effort (what must not be missed is read over REST), like conversations' chat frames.
 */
@Component
class ContractBroadcast {

    private final Contracts contracts;
    private final ContractPush push;

    ContractBroadcast(Contracts contracts, ContractPush push) {
        this.contracts = contracts;
        this.push = push;
    }

    @EventListener
    void on(ContractChanged event) {
        contracts.find(event.contract()).ifPresent(push::changed);
    }
}
