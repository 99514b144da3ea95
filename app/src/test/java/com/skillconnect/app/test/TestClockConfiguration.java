package com.skillconnect.app.test;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with a {@link MutableClock}. Deliberately not a
 * {@code @Configuration}: it is only ever {@code @Import}ed, so that no component scan picks it up.
 */
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
