package com.skillconnect.identity.adapter.in.web;

import com.skillconnect.identity.domain.UserAccounts;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** identity's words for the rule codes app renders (the shared kernel's {@link ViolationMessages}). */
@Component
class IdentityViolationMessages implements ViolationMessages {

    private static final Map<String, String> MESSAGES = Map.of(
            UserAccounts.EMAIL_TAKEN, "This email is already registered.");

    @Override
    public Optional<Worded> word(Violation violation) {
        return Optional.ofNullable(MESSAGES.get(violation.code()))
                .map(message -> new Worded(violation.path(), message));
    }
}
