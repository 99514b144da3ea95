package com.skillconnect.identity.adapter.out.persistence;

import com.skillconnect.identity.domain.UserAccounts;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.UniqueConstraint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * identity's unique constraint that a request can hit: two registrations of one address at once both
 * passed the "not registered yet" check; app answers the later one as the rule it broke.
 */
@Configuration(proxyBeanMethods = false)
class AccountConstraints {

    static final String EMAIL_UNIQUE = "user_account_email_key";

    @Bean
    UniqueConstraint oneAccountPerEmail() {
        return new UniqueConstraint(EMAIL_UNIQUE, Violation.of("email", UserAccounts.EMAIL_TAKEN));
    }
}
