package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.talent.adapter.in.web.TalentMessages.Resource;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * talent's words for the violations app renders without knowing which resource answered (a violated
 * unique constraint, see the kernel's {@code UniqueConstraints}). Violations raised by talent's own use
 * cases are worded per resource by {@link TalentErrorResponses}. Codes talent has no words for are not talent's.
 */
@Component
class TalentViolationMessages implements ViolationMessages {

    @Override
    public Optional<Worded> word(Violation violation) {
        if (!TalentMessages.knows(violation.code(), Resource.FREELANCER)) {
            return Optional.empty();
        }
        return Optional.of(new Worded(violation.path(), TalentMessages.of(violation, Resource.FREELANCER)));
    }
}
