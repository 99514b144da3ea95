package com.skillconnect.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * SkillConnect's own architecture rules (ARCHITECTURE.md, "Inside a business module" and "Between
 * modules"), on top of what Spring Modulith and jMolecules verify. They are built for a base package
 * and a list of business modules so that the very same rules run against the production code
 * ({@link ProductionCode#rules()}) and against the deliberately broken fixtures that prove each of
 * them can fail ({@code RulesCatchViolationsTests}).
 * <p>
 * Package layout assumed: {@code <base>.<module>} is a module's published API,
 * {@code <base>.<module>.domain..} its domain, {@code <base>.<module>.application..} its use cases and
 * {@code <base>.<module>.adapter.in|out.<kind>..} its adapters.
 */
final class SkillConnectRules {

    static final String SPRING_COMPONENT = "org.springframework.stereotype.Component";
    static final String SPRING_CONTROLLER = "org.springframework.stereotype.Controller";
    static final String SPRING_CONTROLLER_ADVICE = "org.springframework.web.bind.annotation.ControllerAdvice";
    static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";
    static final String WEB_SOCKET_HANDLER = "org.springframework.web.socket.WebSocketHandler";

    private final String base;
    private final List<String> businessModules;
    private final String appModule;
    private final String kernelModule;

    SkillConnectRules(String basePackage, List<String> businessModules, String appModule) {
        this(basePackage, businessModules, appModule, "kernel");
    }

    /**
     * @param kernelModule the shared kernel (ADR 0018): its base package (pure Java) may be used by
     *                     domains, its beans by every module's adapters
     */
    SkillConnectRules(String basePackage, List<String> businessModules, String appModule, String kernelModule) {
        this.base = basePackage;
        this.businessModules = List.copyOf(businessModules);
        this.appModule = appModule;
        this.kernelModule = kernelModule;
    }

    List<ArchRule> all() {
        return List.of(domainDependsOnlyOnJavaJMoleculesAndItsOwnModule(), domainIsFreeOfFrameworks(),
                modulesUseOtherModulesOnlyThroughTheirApi(), modulesNeverUseSpringBeansOfOtherModules(),
                apiPackagesPublishNoSpringBeans(), businessModulesDoNotDependOnApp(),
                controllersLiveInWebAdapters(), jpaTypesLiveInPersistenceAdapters(),
                springDataRepositoriesLiveInPersistenceAdapters(), webSocketHandlersLiveInWebSocketAdapters(),
                useCasesDoNotDependOnAdapters(), inboundAdaptersArePrimaryAdapters(),
                outboundAdaptersAreSecondaryAdapters(), useCasesArePrimaryPorts(),
                domainInterfacesImplementedByAdaptersAreSecondaryPorts());
    }

    // (a) domain purity ---------------------------------------------------------------------------

    ArchRule domainDependsOnlyOnJavaJMoleculesAndItsOwnModule() {
        return classes().that().resideInAPackage(base + ".*.domain..")
                .should(onlyHaveDependenciesWhere(targetAllowedInDomain()))
                .because("a domain is plain Java: it may use java.*, org.jmolecules.*, its own domain, "
                        + "its own module's API package and other modules' published ids and events, nothing else "
                        + "(ARCHITECTURE.md; the talent issue keys profiles by identity's UserId)");
    }

    ArchRule domainIsFreeOfFrameworks() {
        return noClasses().that().resideInAPackage(base + ".*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "javax.persistence..", "org.hibernate..", "com.fasterxml.jackson..", "tools.jackson..")
                .because("domain code and its tests start no framework: no Spring, no Jakarta Persistence, "
                        + "no Jackson in a domain package (ARCHITECTURE.md)");
    }

    // (b) between modules -------------------------------------------------------------------------

    ArchRule modulesUseOtherModulesOnlyThroughTheirApi() {
        return classes().that().resideInAnyPackage(businessModulePackages())
                .should(onlyHaveDependenciesWhere(targetInOwnModuleOrInAnotherModulesApi()))
                .because("another module is reached only through its published API, the module's base "
                        + "package holding its ids and events (ARCHITECTURE.md, Between modules)");
    }

    ArchRule modulesNeverUseSpringBeansOfOtherModules() {
        return classes().that().resideInAnyPackage(businessModulePackages())
                .should(onlyHaveDependenciesWhere(DescribedPredicate.not(targetIsSpringBeanOfAnotherModule())))
                .because("a module never calls another module's beans: information crosses only as "
                        + "events carrying ids and values (ARCHITECTURE.md, Between modules)");
    }

    ArchRule apiPackagesPublishNoSpringBeans() {
        return noClasses().that().resideInAnyPackage(apiPackages())
                .should().beMetaAnnotatedWith(SPRING_COMPONENT)
                .orShould().beAssignableTo(SPRING_DATA_REPOSITORY)
                .because("a module's API package publishes ids and events, never a bean another module "
                        + "could call (ARCHITECTURE.md, Between modules)");
    }

    // (c) business modules never lean on app ------------------------------------------------------

    ArchRule businessModulesDoNotDependOnApp() {
        return noClasses().that().resideInAnyPackage(businessModulePackages())
                .should().dependOnClassesThat().resideInAnyPackage(base + "." + appModule + "..", base)
                .because("app wires the modules together and reaches them only through standard Spring "
                        + "types; a business module that needed app could not become a service of its own");
    }

    // (d) where Spring web and JPA types live -----------------------------------------------------

    ArchRule controllersLiveInWebAdapters() {
        return classes().that().areMetaAnnotatedWith(SPRING_CONTROLLER)
                .or().areMetaAnnotatedWith(SPRING_CONTROLLER_ADVICE)
                .should().resideInAnyPackage(base + ".*.adapter.in.web..", base + "." + appModule + ".web..")
                .because("controllers are primary adapters of their module (adapter.in.web); only app's "
                        + "cross-cutting web conventions (the /error controller, the DRF error rendering) "
                        + "live in app.web");
    }

    ArchRule jpaTypesLiveInPersistenceAdapters() {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .or().areAnnotatedWith("jakarta.persistence.Embeddable")
                .or().areAnnotatedWith("jakarta.persistence.MappedSuperclass")
                .should().resideInAPackage(base + ".*.adapter.out.persistence..")
                .because("persistence adapters map aggregates to JPA entities of their own; the domain "
                        + "and the use cases never see JPA (ARCHITECTURE.md)");
    }

    ArchRule springDataRepositoriesLiveInPersistenceAdapters() {
        return classes().that().areAssignableTo(SPRING_DATA_REPOSITORY)
                .should().resideInAPackage(base + ".*.adapter.out.persistence..")
                .because("Spring Data repositories are the persistence adapter's tools; the domain "
                        + "declares its own repository ports instead");
    }

    ArchRule webSocketHandlersLiveInWebSocketAdapters() {
        return classes().that().areAssignableTo(WEB_SOCKET_HANDLER)
                .should().resideInAPackage(base + ".*.adapter.in.ws..")
                .because("WebSocket handlers are primary adapters (adapter.in.ws)")
                // legitimately empty until the first module serves a WebSocket (conversations' chat)
                .allowEmptyShould(true);
    }

    // (e) use cases know ports, not adapters ------------------------------------------------------

    ArchRule useCasesDoNotDependOnAdapters() {
        return noClasses().that().resideInAPackage(base + ".*.application..")
                .should().dependOnClassesThat().resideInAPackage(base + ".*.adapter..")
                .because("use cases talk to the outside world only through the secondary ports the "
                        + "domain declares; adapters plug into them, never the other way round");
    }

    // hexagonal stereotypes where the package layout says they belong -----------------------------
    // jMolecules' hexagonal rules only see what is annotated: a class in an adapter package that lost
    // its package-info.java (or sits in an unannotated sub-package: the stereotype lookup does not
    // climb to parent packages) would silently escape them. These rules close that gap.

    ArchRule inboundAdaptersArePrimaryAdapters() {
        return classes().that().resideInAPackage(base + ".*.adapter.in..")
                .should(carryStereotype(PrimaryAdapter.class))
                .because("adapter.in packages hold primary adapters; without the stereotype jMolecules' "
                        + "hexagonal verification would not check them");
    }

    ArchRule outboundAdaptersAreSecondaryAdapters() {
        return classes().that().resideInAPackage(base + ".*.adapter.out..")
                .should(carryStereotype(SecondaryAdapter.class))
                .because("adapter.out packages hold secondary adapters; without the stereotype jMolecules' "
                        + "hexagonal verification would not check them");
    }

    ArchRule useCasesArePrimaryPorts() {
        return classes().that().resideInAPackage(base + ".*.application..")
                .should(carryStereotype(PrimaryPort.class))
                .because("the use cases of the application package are the module's primary ports "
                        + "(ARCHITECTURE.md)");
    }

    ArchRule domainInterfacesImplementedByAdaptersAreSecondaryPorts() {
        return classes().that().resideInAPackage(base + ".*.domain..").and().areInterfaces()
                .should(beSecondaryPortIfImplementedIn(base + ".*.adapter.out.."))
                .because("what an outbound adapter implements is a secondary port the domain declares, "
                        + "and jMolecules checks ports only when they say so");
    }

    // helpers -------------------------------------------------------------------------------------

    String[] businessModulePackages() {
        return businessModules.stream().map(module -> base + "." + module + "..").toArray(String[]::new);
    }

    String[] apiPackages() {
        return businessModules.stream().map(module -> base + "." + module).toArray(String[]::new);
    }

    /** The module a class belongs to: the first package segment below the base package. */
    Optional<String> moduleOf(JavaClass type) {
        String packageName = componentType(type).getPackageName();
        if (!packageName.startsWith(base + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private DescribedPredicate<Dependency> targetAllowedInDomain() {
        return DescribedPredicate.describe("target is in java.*, org.jmolecules.*, in the origin's own "
                + "domain or API package, or in another business module's API package", dependency -> {
                    JavaClass target = componentType(dependency.getTargetClass());
                    if (target.isPrimitive()) {
                        return true;
                    }
                    String targetPackage = target.getPackageName();
                    String module = base + "." + moduleOf(dependency.getOriginClass()).orElseThrow();
                    return targetPackage.equals("java") || targetPackage.startsWith("java.")
                            || targetPackage.equals("org.jmolecules") || targetPackage.startsWith("org.jmolecules.")
                            || targetPackage.equals(module)
                            // the shared kernel's pure-Java base package (event recording, module exceptions)
                            || targetPackage.equals(base + "." + kernelModule)
                            || targetPackage.equals(module + ".domain") || targetPackage.startsWith(module + ".domain.")
                            // another module's published ids and events (talent's Freelancer is keyed by identity's UserId)
                            || businessModules.stream().anyMatch(other -> targetPackage.equals(base + "." + other));
                });
    }

    private DescribedPredicate<Dependency> targetInOwnModuleOrInAnotherModulesApi() {
        return DescribedPredicate.describe("target is in the origin's own module, outside the business "
                + "modules, or in another business module's API package", dependency -> {
                    Optional<String> targetModule = moduleOf(dependency.getTargetClass())
                            .filter(businessModules::contains);
                    if (targetModule.isEmpty() || targetModule.equals(moduleOf(dependency.getOriginClass()))) {
                        return true;
                    }
                    return componentType(dependency.getTargetClass()).getPackageName()
                            .equals(base + "." + targetModule.get());
                });
    }

    private DescribedPredicate<Dependency> targetIsSpringBeanOfAnotherModule() {
        return DescribedPredicate.describe("target is a Spring bean (@Component, @Service, @Repository, "
                + "@Controller, @Configuration, Spring Data repository) of another module", dependency -> {
                    JavaClass target = componentType(dependency.getTargetClass());
                    Optional<String> targetModule = moduleOf(target);
                    boolean otherModule = targetModule.isPresent()
                            && !targetModule.equals(moduleOf(dependency.getOriginClass()))
                            && !targetModule.get().equals(kernelModule); // shared infrastructure, written once
                    return otherModule && (target.isMetaAnnotatedWith(SPRING_COMPONENT)
                            || target.isAssignableTo(SPRING_DATA_REPOSITORY));
                });
    }

    /** Annotated with the stereotype itself, or residing in a package annotated with it (as jMolecules looks it up). */
    static boolean hasStereotype(JavaClass type, Class<? extends Annotation> stereotype) {
        return type.isMetaAnnotatedWith(stereotype) || type.getPackage().isMetaAnnotatedWith(stereotype);
    }

    private static ArchCondition<JavaClass> carryStereotype(Class<? extends Annotation> stereotype) {
        return new ArchCondition<>("carry @" + stereotype.getSimpleName() + " on the type or its package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                events.add(new SimpleConditionEvent(type, hasStereotype(type, stereotype), type.getName()
                        + (hasStereotype(type, stereotype) ? " carries @" : " lacks @") + stereotype.getSimpleName()
                        + " (annotate the type or its package-info.java)"));
            }
        };
    }

    private static ArchCondition<JavaClass> beSecondaryPortIfImplementedIn(String adapterPackages) {
        return new ArchCondition<>("be @SecondaryPort when implemented in " + adapterPackages) {
            @Override
            public void check(JavaClass port, ConditionEvents events) {
                List<JavaClass> adapters = port.getAllSubclasses().stream()
                        .filter(JavaClass.Predicates.resideInAPackage(adapterPackages)).toList();
                boolean satisfied = adapters.isEmpty() || hasStereotype(port, SecondaryPort.class);
                events.add(new SimpleConditionEvent(port, satisfied, port.getName()
                        + (satisfied ? " is fine" : " is implemented by " + adapters.stream().map(JavaClass::getName).toList()
                                + " but is not annotated @SecondaryPort")));
            }
        };
    }

    private static JavaClass componentType(JavaClass type) {
        return type.isArray() ? type.getBaseComponentType() : type;
    }
}
