package com.skillconnect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.kernel.NotAllowedException;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violation.Item;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.kernel.spring.UniqueConstraint;
import com.skillconnect.kernel.spring.UniqueConstraints;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class DrfExceptionHandlerTest {

    /** A module's words: "name.short" is its code, said of its "name" field as "first_name". */
    private static final ViolationMessages MODULE = violation -> switch (violation.code()) {
        case "name.short" -> Optional.of(new ViolationMessages.Worded(
                violation.path().stream().map(segment -> "name".equals(segment) ? "first_name" : segment).toList(),
                "At least " + violation.arg(0) + " letters."));
        case "taken" -> Optional.of(new ViolationMessages.Worded(violation.path(), "Already taken."));
        default -> Optional.empty();
    };

    private final DrfExceptionHandler handler = new DrfExceptionHandler(new ViolationBodies(List.of(MODULE)),
            new UniqueConstraints(List.of(new UniqueConstraint("thing_email_key", Violation.of("email", "taken")))),
            RequestLimitMessages.DEFAULTS);

    @Test
    void aClientThatWentAwayIsAnsweredNothingAndIsNoServerError() {
        var brokenPipe = new HttpMessageNotWritableException("Could not write JSON",
                new ClientAbortException(new IOException("Broken pipe")));

        assertThat(handler.otherwise(brokenPipe)).as("nothing to write to a closed connection").isNull();
        assertThat(handler.otherwise(new IllegalStateException("a bug")).getStatusCode().value()).isEqualTo(500);
    }

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

    @Test
    void aUniqueKeyAModuleDeclaredIsTheRuleItEnforces() {
        var failure = new DataIntegrityViolationException("could not execute statement", new SQLException(
                "ERROR: duplicate key value violates unique constraint \"thing_email_key\""));

        var answer = handler.conflict(failure);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).isEqualTo(Map.of("email", List.of("Already taken.")));
    }

    @Test
    void notFoundAndNotAllowedAnswerDrfDetails() {
        assertThat(handler.moduleNotFound(new NotFoundException("gig 7")).getBody()).isEqualTo(Map.of("detail", "Not found."));
        assertThat(handler.moduleNotFound(new NotFoundException("mine", "Profile not found.")).getBody())
                .isEqualTo(Map.of("detail", "Profile not found."));
        var forbidden = handler.notAllowed(new NotAllowedException("only-clients", "Only clients may."));
        assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
        assertThat(forbidden.getBody()).isEqualTo(Map.of("detail", "Only clients may."));
    }

    @Test
    void ruleViolationsAreWordedByTheirModuleAndPlacedAtTheirPath() {
        var e = new RuleViolationException(List.of(
                Violation.of("name", "name.short", 2),
                Violation.of("name", "name.short", 2).under("educations", new Item(1, 3)),
                Violation.of("github_url", "taken").under("social_links"),
                Violation.whole("taken"),
                Violation.of("mystery", "unknown.code")));

        var answer = handler.ruleViolation(e);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).isEqualTo(Map.of(
                "first_name", List.of("At least 2 letters."),
                "educations", List.of(Map.of(), Map.of("first_name", List.of("At least 2 letters.")), Map.of()),
                "social_links", Map.of("github_url", List.of("Already taken.")),
                "non_field_errors", List.of("Already taken."),
                "mystery", List.of("unknown.code")));
    }
}
