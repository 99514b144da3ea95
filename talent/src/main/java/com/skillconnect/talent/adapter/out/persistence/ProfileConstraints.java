package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.UniqueConstraint;
import com.skillconnect.talent.domain.Clients;
import com.skillconnect.talent.domain.Freelancers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * talent's unique constraints that a request can hit (two concurrent creates of one user's profile
 * both passed the "has none yet" check): app answers them as the rule they enforce.
 */
@Configuration(proxyBeanMethods = false)
class ProfileConstraints {

    @Bean
    UniqueConstraint oneFreelancerProfilePerUser() {
        return new UniqueConstraint(JpaFreelancers.USER_UNIQUE, Violation.whole(Freelancers.ALREADY_EXISTS));
    }

    @Bean
    UniqueConstraint oneClientProfilePerUser() {
        return new UniqueConstraint(JpaClients.USER_UNIQUE, Violation.whole(Clients.ALREADY_EXISTS));
    }
}
