package com.skillconnect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class DrfExceptionHandlerTest {

    private final DrfExceptionHandler handler = new DrfExceptionHandler();

    @Test
    void aLostOptimisticLockIsAConflictNotAServerError() {
        var answer = handler.conflict(new ObjectOptimisticLockingFailureException("talent.Freelancer", 7L));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody()).containsOnlyKeys("detail");
    }

    @Test
    void aViolatedUniqueKeyIsAConflictToo() {
        assertThat(handler.conflict(new DataIntegrityViolationException("duplicate key")).getStatusCode().value()).isEqualTo(409);
    }
}
