package com.skillconnect.architecture;

import static com.skillconnect.architecture.SkillConnectRules.hasStereotype;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.annotation.Annotation;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jmolecules.ddd.types.Identifier;
import org.junit.jupiter.api.Test;

/**
 * jMolecules' own rules over the production code: the DDD building blocks and the hexagonal
 * architecture in its strict form.
 * <p>
 * What {@code ensureHexagonal(STRICT)} checks (jmolecules-archunit 0.33.0): every class is put in a
 * layer by the hexagonal stereotype on the type or on its own package (parent packages are not
 * consulted) — Primary adapter, Secondary adapter, Primary port, Secondary port, unqualified Port or
 * Adapter, Application — or in "Unannotated" when it has none (the JDK, Spring, our ids and events,
 * our domain model). Then
 * <ul>
 * <li>a primary adapter may use primary ports (and unqualified ports/adapters, unannotated types),
 * never secondary ports or secondary adapters; a secondary adapter may use secondary ports, never
 * primary ports or primary adapters; adapters may be used only by unannotated code (the framework);
 * <li>a primary port may use secondary ports, a secondary port only unqualified ports; no port may
 * use an adapter;
 * <li>the Application (the core hidden behind the ports) may use ports, never adapters; and, what
 * makes STRICT strict, no adapter and no port may use the Application directly (LENIENT lets both
 * kinds of adapters and primary ports in, SEMI_STRICT still the secondary side).
 * </ul>
 * In SkillConnect the use cases of {@code <module>.application} are the primary ports
 * (ARCHITECTURE.md) and the domain model is the vocabulary all ports speak, so nothing is marked
 * {@code @Application} today (see {@code identity/domain/package-info.java}); the strict rule's
 * Application clauses are proven to bite by {@link RulesCatchViolationsTests}.
 */
class JMoleculesRulesTests {

    private final JavaClasses classes = ProductionCode.classes();

    @Test
    void dddBuildingBlocksAreUsedAsIntended() {
        JMoleculesDddRules.all().check(classes);
    }

    @Test
    void hexagonalArchitectureHoldsStrictly() {
        JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT).check(classes);
    }

    @Test
    void theDddRulesSeeAggregatesIdentifiersAndValueObjects() {
        assertThat(names(classes.stream().filter(type -> type.isAnnotatedWith(AggregateRoot.class)).toList()))
                .contains("com.skillconnect.identity.domain.UserAccount", "com.skillconnect.identity.domain.RefreshToken");
        assertThat(names(classes.stream().filter(type -> type.getAllFields().stream()
                .anyMatch(field -> field.isAnnotatedWith(Identity.class))).toList()))
                .contains("com.skillconnect.identity.domain.UserAccount", "com.skillconnect.identity.domain.RefreshToken");
        assertThat(names(classes.stream().filter(type -> type.isAssignableTo(Identifier.class)).toList()))
                .contains("com.skillconnect.identity.UserId", "com.skillconnect.identity.domain.RefreshTokenId");
        assertThat(names(classes.stream().filter(type -> type.isAnnotatedWith(ValueObject.class)).toList()))
                .contains("com.skillconnect.identity.domain.EmailAddress", "com.skillconnect.identity.domain.OneTimePassword");
    }

    @Test
    void theHexagonalRuleSeesEveryRoleWeUse() {
        assertThat(stereotyped(PrimaryAdapter.class))
                .contains("com.skillconnect.identity.adapter.in.web.UsersController");
        assertThat(stereotyped(SecondaryAdapter.class))
                .contains("com.skillconnect.identity.adapter.out.persistence.JpaUserAccounts",
                        "com.skillconnect.identity.adapter.out.mail.MailOtpMailer");
        assertThat(stereotyped(PrimaryPort.class))
                .contains("com.skillconnect.identity.application.Registration");
        assertThat(stereotyped(SecondaryPort.class))
                .contains("com.skillconnect.identity.domain.UserAccounts", "com.skillconnect.identity.domain.OtpMailer");
    }

    private List<String> stereotyped(Class<? extends Annotation> stereotype) {
        return names(classes.stream().filter(type -> hasStereotype(type, stereotype)).toList());
    }

    private static List<String> names(List<JavaClass> types) {
        return types.stream().map(JavaClass::getName).toList();
    }
}
