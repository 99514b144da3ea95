package com.skillconnect.talent.application;

import com.skillconnect.talent.domain.FreelancerRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The domain services of freelancer profiles, configured from properties. */
@Configuration(proxyBeanMethods = false)
class FreelancerConfiguration {

    @Bean
    FreelancerRules freelancerRules(@Value("${skillconnect.storage.max-file-size:10MB}") DataSize maxFileSize) {
        return new FreelancerRules(maxFileSize.toBytes());
    }
}
