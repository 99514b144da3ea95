package com.skillconnect.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.Service;

/** Which e-mail addresses may register: well-formed ones on a domain that is not a disposable-mail service. */
@Service
public final class EmailPolicy {

    public static final String REQUIRED = "This field is required.";
    public static final String INVALID = "Enter a valid email address.";
    public static final String DISPOSABLE = "Disposable email addresses are not allowed.";

    private final Set<String> disposableDomains;

    public EmailPolicy(Set<String> disposableDomains) {
        // compared with normalised (lower-case) addresses, whatever case the caller's list uses
        this.disposableDomains = disposableDomains.stream().map(domain -> domain.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the disposable-mail domains shipped in {@code disposable-email-domains.txt}. */
    public static EmailPolicy withShippedDomainList() {
        return new EmailPolicy(readLines("disposable-email-domains.txt"));
    }

    public List<String> violations(String raw) {
        String email = EmailAddress.normalise(raw);
        List<String> violations = new ArrayList<>();
        if (email == null || email.isEmpty()) {
            violations.add(REQUIRED);
        } else if (!EmailAddress.isValid(email)) {
            violations.add(INVALID);
        } else if (isDisposable(new EmailAddress(email).domain())) {
            violations.add(DISPOSABLE);
        }
        return violations;
    }

    private boolean isDisposable(String domain) {
        // sub-domains of a disposable domain are disposable too
        for (String candidate = domain; candidate.contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            if (disposableDomains.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> readLines(String resource) {
        try (InputStream in = EmailPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
