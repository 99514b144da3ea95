package com.skillconnect.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Proof that the checks the production code passes are able to fail: the very same rules, run
 * against the deliberately broken miniature in {@code com.skillconnect.architecture.fixture}, must
 * report the violations planted there (each marked BROKEN in the fixture's source).
 */
class RulesCatchViolationsTests {

    private static final String FIXTURE = "com.skillconnect.architecture.fixture";
    private static final String ORDERS = FIXTURE + ".orders";

    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);
    private static final SkillConnectRules RULES = new SkillConnectRules(FIXTURE, List.of("orders", "payments", "invoices"), "app",
            List.of("kernel"));

    static Stream<Arguments> ownRules() {
        return Stream.of(
                rule(SkillConnectRules::domainDependsOnlyOnJavaJMoleculesAndItsOwnModule,
                        "<" + ORDERS + ".domain.Order.payment> has type <" + FIXTURE + ".payments.domain.Payment>"),
                rule(SkillConnectRules::domainIsFreeOfFrameworks,
                        "<" + ORDERS + ".domain.Order> is annotated with <org.springframework.stereotype.Component>"),
                rule(SkillConnectRules::modulesUseOtherModulesOnlyThroughTheirApi,
                        "<" + ORDERS + ".domain.Order.payment> has type <" + FIXTURE + ".payments.domain.Payment>"),
                rule(SkillConnectRules::modulesNeverUseSpringBeansOfOtherModules,
                        "<" + ORDERS + ".application.PlaceOrder.payments> has type <" + FIXTURE + ".payments.PaymentGateway>"),
                rule(SkillConnectRules::apiPackagesPublishNoSpringBeans,
                        FIXTURE + ".payments.PaymentGateway"),
                rule(SkillConnectRules::businessModulesDoNotDependOnApp,
                        "<" + ORDERS + ".domain.Order.clock> has type <" + FIXTURE + ".app.AppClock>"),
                rule(SkillConnectRules::controllersLiveInWebAdapters,
                        ORDERS + ".adapter.out.persistence.OrdersEndpoint"),
                rule(SkillConnectRules::jpaTypesLiveInPersistenceAdapters,
                        ORDERS + ".adapter.in.web.OrderRowEntity"),
                rule(SkillConnectRules::springDataRepositoriesLiveInPersistenceAdapters,
                        ORDERS + ".application.OrderRows"),
                rule(SkillConnectRules::webSocketHandlersLiveInWebSocketAdapters,
                        ORDERS + ".adapter.in.web.OrderSocketHandler> does not reside in any package"),
                rule(SkillConnectRules::useCasesDoNotDependOnAdapters,
                        "<" + ORDERS + ".application.PlaceOrder.row> has type <" + ORDERS + ".adapter.out.persistence.OrderEntity>"),
                rule(SkillConnectRules::inboundAdaptersArePrimaryAdapters,
                        // adapter.in.web is annotated, its sub-package dto is not: jMolecules does not climb
                        ORDERS + ".adapter.in.web.dto.OrderForm lacks @PrimaryAdapter"),
                rule(SkillConnectRules::outboundAdaptersAreSecondaryAdapters,
                        ORDERS + ".adapter.out.mail.OrderMailer lacks @SecondaryAdapter"),
                rule(SkillConnectRules::useCasesArePrimaryPorts,
                        ORDERS + ".application.rest.LeftOver lacks @PrimaryPort"),
                rule(SkillConnectRules::domainInterfacesImplementedByAdaptersAreSecondaryPorts,
                        ORDERS + ".domain.OrderNotifications is implemented by [" + ORDERS
                                + ".adapter.out.mail.OrderMailer] but is not annotated @SecondaryPort"),
                rule(SkillConnectRules::apiPackagesHoldOnlyIdsEnumsAndEvents,
                        ORDERS + ".OrderSummary is published but is neither an Identifier, an enum nor a @DomainEvent"),
                rule(SkillConnectRules::apiPackagesDependOnlyOnJavaJMoleculesAndOtherApis,
                        "<" + ORDERS + ".OrderPlaced.order> has type <" + ORDERS + ".domain.Order>"),
                rule(SkillConnectRules::businessModuleClassesSitInTheirLayers,
                        "Class <" + ORDERS + ".service.OrderStatistics> does not reside in any package"),
                rule(SkillConnectRules::useCasesUseNoWebHttpSecurityOrServletTypes,
                        "<" + ORDERS + ".application.CancelOrder.cancel(long)> calls constructor <org.springframework.web.server.ResponseStatusException"),
                rule(SkillConnectRules::whatDomainRepositoriesSaveAreAggregateRoots,
                        FIXTURE + ".invoices.domain.Invoices.save(" + FIXTURE + ".invoices.domain.Invoice) handles "
                                + FIXTURE + ".invoices.domain.Invoice, which is not an @AggregateRoot"),
                rule(SkillConnectRules::sharedKernelIsPlainJava,
                        "<" + FIXTURE + ".kernel.KernelClock> is annotated with <org.springframework.stereotype.Component>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownRules")
    void ourRuleReportsThePlantedViolation(String name, Function<SkillConnectRules, ArchRule> rule, String expected) {
        EvaluationResult result = rule.apply(RULES).evaluate(FIXTURE_CLASSES);

        assertThat(result.hasViolation()).as("%s reports a violation", name).isTrue();
        assertThat(result.getFailureReport().getDetails()).as(name).anyMatch(detail -> detail.contains(expected));
    }

    @Test
    void everyOwnRuleHasAPlantedViolation() {
        Set<String> covered = new HashSet<>();
        ownRules().forEach(arguments -> covered.add(describe(arguments)));

        assertThat(covered).containsExactlyInAnyOrderElementsOf(RULES.all().stream().map(ArchRule::getDescription).toList());
    }

    @Test
    void theKernelsBeansAreNoOtherModulesBeans() {
        List<String> details = RULES.modulesNeverUseSpringBeansOfOtherModules().evaluate(FIXTURE_CLASSES)
                .getFailureReport().getDetails();

        assertThat(details).anyMatch(detail -> detail.contains("<" + ORDERS + ".application.ChargeOrder.payments> has type"))
                .noneMatch(detail -> detail.contains("ChargeOrder.uploads")
                        || detail.contains("of type <" + FIXTURE + ".kernel.spring.Uploads>"));
    }

    @Test
    void aModuleWithCodeButNoJMoleculesBuildingBlocksIsReported() {
        assertThat(RULES.missingBuildingBlocks(FIXTURE_CLASSES))
                .contains("invoices: no @AggregateRoot in " + FIXTURE + ".invoices.domain",
                        "invoices: no @PrimaryPort", "invoices: no @PrimaryAdapter", "invoices: no @SecondaryAdapter",
                        "orders: no @Repository in " + ORDERS + ".domain")
                .noneMatch(line -> line.startsWith("kernel") || line.startsWith("app"));
    }

    @Test
    void modulithReportsABeanOfAnotherBusinessModuleInjected() {
        ApplicationModules modules = ApplicationModules.of(FIXTURE, location -> true);

        assertThat(RULES.componentDependenciesBetweenBusinessModules(modules))
                .containsExactly("orders uses component " + FIXTURE + ".payments.PaymentGateway of payments in "
                        + ORDERS + ".application.ChargeOrder");
    }

    @Test
    void aListenerWithoutAModuleTestIsReported() {
        ApplicationModules modules = ApplicationModules.of(FIXTURE, location -> true);

        assertThat(RULES.eventsWithoutModuleTest(modules, FIXTURE_CLASSES))
                .contains("payments listens to " + ORDERS + ".OrderPlaced but no module test of payments publishes it");
        // the same event, mentioned by a module test of another module, covers nothing there
        assertThat(FIXTURE_CLASSES.get(ORDERS + ".application.OrdersModuleScenarios").getDirectDependenciesFromSelf())
                .anyMatch(dependency -> dependency.getTargetClass().getName().equals(ORDERS + ".OrderPlaced"));
    }

    @Test
    void dddRulesCatchAnAggregateHeldByReference() {
        EvaluationResult result = JMoleculesDddRules.all().evaluate(FIXTURE_CLASSES);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains(".Order.payment refers to an aggregate root"));
    }

    @Test
    void strictHexagonalRuleCatchesAdaptersAndPortsReachingPastTheirPorts() {
        List<String> strict = JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT)
                .evaluate(FIXTURE_CLASSES).getFailureReport().getDetails();

        assertThat(strict)
                .as("primary adapter -> secondary port")
                .anyMatch(detail -> detail.contains("<" + ORDERS + ".adapter.in.web.OrderController.repository> has type"))
                .as("primary port -> secondary adapter")
                .anyMatch(detail -> detail.contains("<" + ORDERS + ".application.PlaceOrder.row> has type"))
                .as("secondary port -> secondary adapter")
                .anyMatch(detail -> detail.contains("<" + ORDERS + ".domain.OrderRepository.findRow(long)> has return type"))
                .as("primary adapter -> application core, caught only by STRICT")
                .anyMatch(detail -> detail.contains("<" + ORDERS + ".adapter.in.web.OrderController.core> has type"));

        List<String> lenient = JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.LENIENT)
                .evaluate(FIXTURE_CLASSES).getFailureReport().getDetails();
        assertThat(lenient).noneMatch(detail -> detail.contains("OrderController.core"));
    }

    @Test
    void modulithVerificationCatchesACycleAnInternalTypeUsedAcrossModulesAndAnUndeclaredDependency() {
        ApplicationModules modules = ApplicationModules.of(FIXTURE, location -> true);
        Violations violations = modules.detectViolations();

        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("app", "orders", "payments", "invoices", "kernel");
        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessages())
                .anyMatch(message -> message.contains("Cycle detected"))
                .anyMatch(message -> message.contains("non-exposed type " + FIXTURE + ".payments.domain.Payment"))
                // payments declares allowedDependencies = "kernel" but its Payment refers to orders' OrderId
                .anyMatch(message -> message.contains("Module 'payments' depends on module 'orders'"))
                // ...while the open kernel, declared, may be used down to its Spring-side sub-package
                .noneMatch(message -> message.contains("ReceiptFiles"));
    }

    private static Arguments rule(Function<SkillConnectRules, ArchRule> rule, String expectedViolation) {
        return Arguments.of(rule.apply(RULES).getDescription().replaceFirst(", because.*", ""), rule, expectedViolation);
    }

    @SuppressWarnings("unchecked")
    private static String describe(Arguments arguments) {
        return ((Function<SkillConnectRules, ArchRule>) arguments.get()[1]).apply(RULES).getDescription();
    }
}
