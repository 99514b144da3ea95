package com.skillconnect.talent.domain;

import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.WebUrl;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.Text;
import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import static com.skillconnect.talent.domain.ClientField.*;

import java.math.BigDecimal;
import org.jmolecules.ddd.annotation.Service;

/**
 * The rules of a client profile. {@link #check} looks at every field (and the picture) and either
 * answers the checked {@link ClientDetails} or throws one {@link RuleViolationException} with every
 * {@link Violation} (path: the field's {@linkplain ClientField#key() key}), so that nothing is stored
 * when anything is wrong. The rules of the values are theirs ({@link PersonName}, {@link CountryName},
 * {@link WebUrl}, {@link Money}, {@link UploadPolicy}); here: which fields are required, their lengths,
 * and what a business account needs in addition.
 */
@Service
public final class ClientRules {

    /** The path of the picture's violations. */
    public static final String PICTURE = "picture";

    private ClientRules() {
    }

    /**
     * Checks a complete draft (create, full update, or a partial update laid over the stored details).
     * Required fields must be present and not blank; the picture, when one was sent, must be an image
     * within {@code maxPictureBytes}.
     */
    public static ClientDetails check(ClientDraft draft, UploadedFile picture, long maxPictureBytes) {
        Violations errors = new Violations();
        for (ClientField field : ClientField.values()) {
            Violations at = errors.at(field.key());
            String text = Text.present(at, draft.get(field), field.required(), false);
            if (text == null || at.take(Text.bounded(text, 0, field.maxLength())) == null) {
                continue;
            }
            switch (field) {
                case ACCOUNT_TYPE -> {
                    if (AccountType.parse(text).isEmpty()) {
                        at.add(CommonCode.NOT_A_CHOICE, text);
                    }
                }
                case FIRST_NAME, LAST_NAME -> at.take(PersonName.parse(text, field.maxLength()));
                case COUNTRY -> at.take(CountryName.parse(text));
                case WEBSITE -> at.take(WebUrl.parse(text));
                case MONTHLY_BUDGET, PROJECT_BUDGET -> at.take(Money.parse(text));
                default -> { }
            }
        }
        if (AccountType.parse(draft.get(ACCOUNT_TYPE)).orElse(null) == AccountType.BUSINESS) {
            for (ClientField field : ClientField.values()) {
                if (field.requiredForBusiness() && text(draft, field).isEmpty() && !errors.at(field.key()).any()) {
                    errors.at(field.key()).add(Code.REQUIRED_FOR_BUSINESS);
                }
            }
        }
        if (picture != null) {
            errors.at(PICTURE).take(new UploadPolicy(maxPictureBytes).picture(picture));
        }
        errors.throwIfAny();
        return new ClientDetails(AccountType.parse(draft.get(ACCOUNT_TYPE)).orElseThrow(),
                text(draft, FIRST_NAME), text(draft, LAST_NAME), text(draft, COMPANY_NAME),
                text(draft, COMPANY_DESCRIPTION), country(text(draft, COUNTRY)), text(draft, LOCATION),
                text(draft, INDUSTRY), text(draft, COMPANY_SIZE), nullIfEmpty(text(draft, WEBSITE)),
                ClientDetails.items(text(draft, PROJECT_TYPES)), text(draft, BUDGET_RANGE), text(draft, PROJECT_FREQUENCY),
                ClientDetails.items(text(draft, PREFERRED_COMMUNICATIONS)), text(draft, WORKING_HOURS),
                ClientDetails.items(text(draft, BUSINESS_GOALS)), ClientDetails.items(text(draft, CURRENT_CHALLENGES)), text(draft, PREVIOUS_EXPERIENCES), text(draft, EXPECTED_TIMELINE),
                text(draft, QUALITY_IMPORTANCE), text(draft, PAYMENT_METHOD), money(text(draft, MONTHLY_BUDGET)),
                money(text(draft, PROJECT_BUDGET)), text(draft, PAYMENT_TIMING));
    }

    private static BigDecimal money(String value) {
        return value.isEmpty() ? null : new Money(new BigDecimal(value)).amount();
    }

    private static String country(String name) {
        return name.isEmpty() ? name : new CountryName(name).value();
    }

    private static String text(ClientDraft draft, ClientField field) {
        String value = draft.get(field);
        return value == null ? "" : value.strip();
    }

    private static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }
}
