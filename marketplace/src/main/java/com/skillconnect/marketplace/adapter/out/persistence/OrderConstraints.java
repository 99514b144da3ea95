package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.UniqueConstraint;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.OrderCodes;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order indexes a request can hit (two concurrent orders of one client on one gig, or applications of one
 * freelancer to one proposal, both passed the "no live order yet" check): app answers them as the
 * {@link OrderCodes#ALREADY_ACTIVE} rule, the order type its argument (the words differ).
 */
@Configuration(proxyBeanMethods = false)
class OrderConstraints {

    @Bean
    UniqueConstraint oneLiveOrderPerClientAndGig() {
        return new UniqueConstraint(JpaOrders.SERVICE_LIVE_UNIQUE,
                new Violation(List.of(), OrderCodes.ALREADY_ACTIVE, List.of(OrderType.SERVICE)));
    }

    @Bean
    UniqueConstraint oneLiveApplicationPerFreelancerAndProposal() {
        return new UniqueConstraint(JpaOrders.PROPOSAL_LIVE_UNIQUE,
                new Violation(List.of(), OrderCodes.ALREADY_ACTIVE, List.of(OrderType.PROPOSAL)));
    }
}
