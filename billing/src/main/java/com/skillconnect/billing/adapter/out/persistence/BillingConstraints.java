package com.skillconnect.billing.adapter.out.persistence;

import com.skillconnect.billing.domain.BillingCodes;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.UniqueConstraint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract index a request can hit (two contracts of one order created at the same instant both passed the "no
 * live contract yet" check): app answers it as the {@link BillingCodes#ALREADY_CONTRACTED} rule.
 */
@Configuration(proxyBeanMethods = false)
class BillingConstraints {

    @Bean
    UniqueConstraint oneLiveContractPerOrder() {
        return new UniqueConstraint(JdbcContracts.LIVE_PER_ORDER,
                Violation.of(Contract.ORDER_ID, BillingCodes.ALREADY_CONTRACTED));
    }
}
