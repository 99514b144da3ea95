package com.skillconnect.identity.domain;

import com.skillconnect.kernel.Parsed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.Service;

/** Which e-mail addresses may register: well-formed ones on a domain that is not a disposable-mail service. */
@Service
public final class EmailPolicy {

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

    /**
     * The address a user typed if it may register; else the code of what is wrong with it
     * ({@link EmailAddress#read}'s, or {@link IdentityCode#EMAIL_DISPOSABLE}).
     */
    public Parsed<EmailAddress> admit(String raw) {
        return EmailAddress.read(raw).then(email -> isDisposable(email.domain())
                ? Parsed.refused(IdentityCode.EMAIL_DISPOSABLE) : Parsed.of(email));
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
