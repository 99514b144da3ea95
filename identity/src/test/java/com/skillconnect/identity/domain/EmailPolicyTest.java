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
        assertThat(policy.admit(missing).code()).isEqualTo(IdentityCode.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "john@", "@example.com", "john@example", "john doe@example.com"})
    void aMalformedAddressIsInvalid(String address) {
        assertThat(policy.admit(address).code()).isEqualTo(IdentityCode.EMAIL_INVALID);
    }

    @Test
    void anOrdinaryAddressIsAcceptedWhateverItsCaseAndSurroundingSpace() {
        assertThat(policy.admit("ana@example.com").ok()).isTrue();
        assertThat(policy.admit("  Ana.Lopez@Example.COM  ").ok()).isTrue();
    }

    @Test
    void anAdmittedAddressIsNormalised() {
        assertThat(policy.admit("  Ana.Lopez@Example.COM  ").value()).isEqualTo(new EmailAddress("ana.lopez@example.com"));
    }

    @Test
    void refusesADisposableDomain() {
        assertThat(policy.admit("ana@throwaway.test").code()).isEqualTo(IdentityCode.EMAIL_DISPOSABLE);
        assertThat(policy.admit(" ANA@THROWAWAY.TEST ").code()).isEqualTo(IdentityCode.EMAIL_DISPOSABLE);
    }

    @Test
    void refusesSubDomainsOfADisposableDomain() {
        assertThat(policy.admit("ana@inbox.throwaway.test").code()).isEqualTo(IdentityCode.EMAIL_DISPOSABLE);
        assertThat(policy.admit("ana@a.b.c.throwaway.test").code()).isEqualTo(IdentityCode.EMAIL_DISPOSABLE);
    }

    @Test
    void onlyWholeDomainLabelsMatch() {
        assertThat(policy.admit("ana@notthrowaway.test").ok()).isTrue();
        assertThat(policy.admit("ana@throwaway.test.example.org").ok()).isTrue();
        assertThat(policy.admit("ana@throwaway.testing").ok()).isTrue();
    }

    @Test
    void aDomainListGivenInMixedCaseStillMatches() {
        assertThat(policy.admit("ana@burner.example").code()).isEqualTo(IdentityCode.EMAIL_DISPOSABLE);
        assertThat(policy.admit("ana@x.BURNER.example").code()).isEqualTo(IdentityCode.EMAIL_DISPOSABLE);
    }

    @Test
    void theShippedListRefusesWellKnownDisposableServicesAndTheirSubDomains() {
        EmailPolicy shipped = EmailPolicy.withShippedDomainList();

        for (String address : new String[] {"x@mailinator.com", "x@guerrillamail.com", "x@sharklasers.com",
                "x@yopmail.com", "x@10minutemail.com", "x@temp-mail.org", "x@trashmail.com", "x@getnada.com",
                "X@Mailinator.Com", "x@eu.mailinator.com"}) {
            assertThat(shipped.admit(address).code()).as(address).isEqualTo(IdentityCode.EMAIL_DISPOSABLE);
        }
    }

    @Test
    void theShippedListLetsMajorProvidersThrough() {
        EmailPolicy shipped = EmailPolicy.withShippedDomainList();

        for (String address : new String[] {"x@gmail.com", "x@googlemail.com", "x@outlook.com", "x@hotmail.com",
                "x@live.com", "x@yahoo.com", "x@icloud.com", "x@proton.me", "x@protonmail.com", "x@aol.com",
                "x@gmx.de", "x@zoho.com", "x@rediffmail.com", "x@yandex.ru", "x@mail.ru", "x@qq.com",
                "x@fastmail.com", "x@tutanota.com", "x@skillconnect.com", "x@example.com"}) {
            assertThat(shipped.admit(address).ok()).as(address).isTrue();
        }
    }
}
