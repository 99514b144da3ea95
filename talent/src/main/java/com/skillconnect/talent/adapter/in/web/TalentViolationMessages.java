package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.talent.domain.Freelancers;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * talent's words for its rule codes (the shared kernel's {@link ViolationMessages}): the request field
 * and English message app answers for each. Codes not listed here are not talent's.
 */
@Component
class TalentViolationMessages implements ViolationMessages {

    private static final Map<String, String> MESSAGES = Map.of(
            Freelancers.ALREADY_EXISTS, "Profile already exists for this user");

    @Override
    public Optional<Worded> word(Violation violation) {
        return Optional.ofNullable(MESSAGES.get(violation.code()))
                .map(message -> new Worded(violation.path(), message));
    }
}
