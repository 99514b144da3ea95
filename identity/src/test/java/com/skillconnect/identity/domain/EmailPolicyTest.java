package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailPolicyTest {

    private final EmailPolicy policy = new EmailPolicy(Set.of("throwaway.test", "Burner.Example"));

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void anAddressIsRequired(String missing) {
        assertThat(policy.violations(missing)).containsExactly(EmailPolicy.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "john@", "@example.com", "john@example", "john doe@example.com"})
    void aMalformedAddressIsInvalid(String address) {
        assertThat(policy.violations(address)).containsExactly(EmailPolicy.INVALID);
    }

    @Test
    void anOrdinaryAddressIsAcceptedWhateverItsCaseAndSurroundingSpace() {
        assertThat(policy.violations("ana@example.com")).isEmpty();
        assertThat(policy.violations("  Ana.Lopez@Example.COM  ")).isEmpty();
    }

    @Test
    void refusesADisposableDomain() {
        assertThat(policy.violations("ana@throwaway.test")).containsExactly(EmailPolicy.DISPOSABLE);
        assertThat(policy.violations(" ANA@THROWAWAY.TEST ")).containsExactly(EmailPolicy.DISPOSABLE);
    }

    @Test
    void refusesSubDomainsOfADisposableDomain() {
        assertThat(policy.violations("ana@inbox.throwaway.test")).containsExactly(EmailPolicy.DISPOSABLE);
        assertThat(policy.violations("ana@a.b.c.throwaway.test")).containsExactly(EmailPolicy.DISPOSABLE);
    }

    @Test
    void onlyWholeDomainLabelsMatch() {
        assertThat(policy.violations("ana@notthrowaway.test")).isEmpty();
        assertThat(policy.violations("ana@throwaway.test.example.org")).isEmpty();
        assertThat(policy.violations("ana@throwaway.testing")).isEmpty();
    }

    @Test
    void aDomainListGivenInMixedCaseStillMatches() {
        assertThat(policy.violations("ana@burner.example")).containsExactly(EmailPolicy.DISPOSABLE);
        assertThat(policy.violations("ana@x.BURNER.example")).containsExactly(EmailPolicy.DISPOSABLE);
    }

    @Test
    void theShippedListRefusesWellKnownDisposableServicesAndTheirSubDomains() {
        EmailPolicy shipped = EmailPolicy.withShippedDomainList();

        for (String address : new String[] {"x@mailinator.com", "x@guerrillamail.com", "x@sharklasers.com",
                "x@yopmail.com", "x@10minutemail.com", "x@temp-mail.org", "x@trashmail.com", "x@getnada.com",
                "X@Mailinator.Com", "x@eu.mailinator.com"}) {
            assertThat(shipped.violations(address)).as(address).containsExactly(EmailPolicy.DISPOSABLE);
        }
    }

    @Test
    void theShippedListLetsMajorProvidersThrough() {
        EmailPolicy shipped = EmailPolicy.withShippedDomainList();

        for (String address : new String[] {"x@gmail.com", "x@googlemail.com", "x@outlook.com", "x@hotmail.com",
                "x@live.com", "x@yahoo.com", "x@icloud.com", "x@proton.me", "x@protonmail.com", "x@aol.com",
                "x@gmx.de", "x@zoho.com", "x@rediffmail.com", "x@yandex.ru", "x@mail.ru", "x@qq.com",
                "x@fastmail.com", "x@tutanota.com", "x@skillconnect.com", "x@example.com"}) {
            assertThat(shipped.violations(address)).as(address).isEmpty();
        }
    }
}
