package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.EmailPolicy;
import com.skillconnect.identity.domain.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's policies as beans, with the lists shipped in the domain's resources. */
@Configuration(proxyBeanMethods = false)
class IdentityPoliciesConfiguration {

    @Bean
    EmailPolicy emailPolicy() {
        return EmailPolicy.withShippedDomainList();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withShippedCommonPasswords();
    }
}
