package com.skillconnect.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.Identifier;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.core.EventType;

/**
 * SkillConnect's own architecture rules (ARCHITECTURE.md, "Inside a business module" and "Between
 * modules"), on top of what Spring Modulith and jMolecules verify. They are built for a base package
 * and a list of business modules so that the very same rules run against the production code
 * ({@link ProductionCode#rules()}) and against the deliberately broken fixtures that prove each of
 * them can fail ({@code RulesCatchViolationsTests}).
 * <p>
 * Package layout assumed: {@code <base>.<module>} is a module's published API,
 * {@code <base>.<module>.domain..} its domain, {@code <base>.<module>.application..} its use cases and
 * {@code <base>.<module>.adapter.in|out.<kind>..} its adapters; nothing else
 * ({@link #businessModuleClassesSitInTheirLayers()}). Shared modules (the shared kernel
 * {@code <base>.kernel}) are no business modules: every module may use them, and the domains may use
 * their plain-Java base package.
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
    private final List<String> sharedModules;

    /**
     * @param sharedModules modules every business module may use freely (the shared kernel): not business
     *                      modules, so the rules between business modules do not apply to them
     */
    SkillConnectRules(String basePackage, List<String> businessModules, String appModule, List<String> sharedModules) {
        this.base = basePackage;
        this.businessModules = List.copyOf(businessModules);
        this.appModule = appModule;
        this.sharedModules = List.copyOf(sharedModules);
    }

    List<ArchRule> all() {
        return List.of(domainDependsOnlyOnJavaJMoleculesAndItsOwnModule(), domainIsFreeOfFrameworks(),
                modulesUseOtherModulesOnlyThroughTheirApi(), modulesNeverUseSpringBeansOfOtherModules(),
                apiPackagesPublishNoSpringBeans(), businessModulesDoNotDependOnApp(),
                controllersLiveInWebAdapters(), jpaTypesLiveInPersistenceAdapters(),
                springDataRepositoriesLiveInPersistenceAdapters(), webSocketHandlersLiveInWebSocketAdapters(),
                useCasesDoNotDependOnAdapters(), inboundAdaptersArePrimaryAdapters(),
                outboundAdaptersAreSecondaryAdapters(), useCasesArePrimaryPorts(),
                domainInterfacesImplementedByAdaptersAreSecondaryPorts(), apiPackagesHoldOnlyIdsEnumsAndEvents(),
                apiPackagesDependOnlyOnJavaJMoleculesAndOtherApis(), businessModuleClassesSitInTheirLayers(),
                useCasesUseNoWebHttpSecurityOrServletTypes(), whatDomainRepositoriesSaveAreAggregateRoots(),
                sharedKernelIsPlainJava());
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
                .should().resideInAnyPackage(base + ".*.adapter.in.ws..", base + "." + appModule + ".realtime..")
                .because("WebSocket handlers are primary adapters of their module (adapter.in.ws); only app's "
                        + "socket plumbing (app.realtime: the decorator that enters sockets in the session registry) "
                        + "lives in app");
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

    // (f) a module's published API: ids, enums and events, nothing richer --------------------------

    ArchRule apiPackagesHoldOnlyIdsEnumsAndEvents() {
        return classes().that().resideInAnyPackage(apiPackages()).and().doNotHaveSimpleName(PACKAGE_INFO)
                .and().areNotAnonymousClasses()
                .should(beIdentifierEnumOrDomainEvent())
                .because("a module publishes ids, enums and @DomainEvent records only; what other modules need "
                        + "of it travels in events, never as an entity, a service or a domain type "
                        + "(ARCHITECTURE.md, Between modules)");
    }

    ArchRule apiPackagesDependOnlyOnJavaJMoleculesAndOtherApis() {
        return classes().that().resideInAnyPackage(apiPackages()).and().doNotHaveSimpleName(PACKAGE_INFO)
                .should(onlyHaveDependenciesWhere(targetIsJavaJMoleculesOrAnApi()))
                .because("an event carries ids and values, never an entity or a domain type: the API package "
                        + "may use java.*, org.jmolecules.* and the API packages of the business modules only");
    }

    // (g) every class of a business module in a known place ---------------------------------------

    ArchRule businessModuleClassesSitInTheirLayers() {
        List<String> layers = new ArrayList<>();
        for (String module : businessModules) {
            String root = base + "." + module;
            layers.addAll(List.of(root, root + ".domain..", root + ".application..", root + ".adapter.in.*..",
                    root + ".adapter.out.*.."));
        }
        return classes().that().resideInAnyPackage(businessModulePackages())
                .should().resideInAnyPackage(layers.toArray(String[]::new))
                .because("a business module's classes sit in its API package, domain.., application.. or "
                        + "adapter.(in|out).<kind>..; a class elsewhere (a 'service' or 'internal' package) would "
                        + "escape every rule written for those packages");
    }

    // (h) use cases speak no web ------------------------------------------------------------------

    ArchRule useCasesUseNoWebHttpSecurityOrServletTypes() {
        return noClasses().that().resideInAPackage(base + ".*.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "org.springframework.security..", "jakarta.servlet..",
                        "javax.servlet..")
                .because("use cases throw module exceptions and take plain values; turning them into HTTP "
                        + "statuses, security decisions and requests is the web adapter's and app's job "
                        + "(ARCHITECTURE.md)");
    }

    // (i) what a repository stores is an annotated aggregate --------------------------------------

    ArchRule whatDomainRepositoriesSaveAreAggregateRoots() {
        return methods().that().areDeclaredInClassesThat(domainRepository())
                .should(handleOnlyAggregatesIdsValuesAndEnumsOfTheirDomain())
                .because("a repository stores aggregates: an aggregate without @AggregateRoot would be invisible "
                        + "to jMolecules' DDD rules (no check that other aggregates refer to it by id only)");
    }

    // (j) the shared kernel the domains may use is plain Java --------------------------------------

    ArchRule sharedKernelIsPlainJava() {
        String[] kernels = sharedModules.stream().map(shared -> base + "." + shared).toArray(String[]::new);
        return classes().that().resideInAnyPackage(kernels).and().doNotHaveSimpleName(PACKAGE_INFO)
                .should(onlyHaveDependenciesWhere(DescribedPredicate.describe(
                        "target is in java.*, org.jmolecules.* or the shared kernel's base package", dependency -> {
                            JavaClass target = componentType(dependency.getTargetClass());
                            String targetPackage = target.getPackageName();
                            return target.isPrimitive() || isJavaOrJMolecules(targetPackage)
                                    || List.of(kernels).contains(targetPackage);
                        })))
                .because("every domain may use the shared kernel's base package, so it must be as framework-free "
                        + "as a domain; its Spring-side helpers live in a sub-package the domains may not use");
    }

    /**
     * Spring Modulith's view of "modules talk only through events": a business module that injects a bean
     * of another business module has a {@link DependencyType#USES_COMPONENT} dependency on it. Returns one
     * line per such dependency (the shared kernel, open to all, does not count).
     */
    List<String> componentDependenciesBetweenBusinessModules(ApplicationModules modules) {
        return modules.stream().filter(module -> businessModules.contains(module.getIdentifier().toString()))
                .flatMap(module -> module.getDirectDependencies(modules, DependencyType.USES_COMPONENT).stream()
                        .filter(dependency -> businessModules.contains(dependency.getTargetModule().getIdentifier().toString()))
                        .map(dependency -> module.getIdentifier() + " uses component " + dependency.getTargetType().getName()
                                + " of " + dependency.getTargetModule().getIdentifier() + " in "
                                + dependency.getSourceType().getName()))
                .distinct().sorted().toList();
    }

    /**
     * "A test for every listener and every published event": each event a business module listens to and
     * each event it publishes is referenced by one of its module tests (a class annotated
     * {@code @ApplicationModuleTest} in the module's package, among {@code tests}). Returns one line per
     * event without one.
     */
    List<String> eventsWithoutModuleTest(ApplicationModules modules, JavaClasses tests) {
        List<String> missing = new ArrayList<>();
        for (var module : modules) {
            String name = module.getIdentifier().toString();
            if (!businessModules.contains(name)) {
                continue;
            }
            String root = base + "." + name;
            List<JavaClass> moduleTests = tests.stream()
                    .filter(type -> type.isAnnotatedWith("org.springframework.modulith.test.ApplicationModuleTest"))
                    .filter(type -> type.getPackageName().equals(root) || type.getPackageName().startsWith(root + "."))
                    .toList();
            Predicate<JavaClass> tested = event -> moduleTests.stream().anyMatch(test -> test.getDirectDependenciesFromSelf()
                    .stream().anyMatch(dependency -> dependency.getTargetClass().getName().equals(event.getName())));
            module.getEventsListenedTo(modules).stream().filter(tested.negate()).map(JavaClass::getName).distinct().sorted()
                    .forEach(event -> missing.add(name + " listens to " + event + " but no module test of " + name
                            + " publishes it"));
            if (module.getSpringBeans().isEmpty()) {
                continue; // no code of its own yet (only its published API, say): it publishes nothing
            }
            module.getPublishedEvents().stream().map(EventType::getType).filter(tested.negate()).map(JavaClass::getName)
                    .distinct().sorted()
                    .forEach(event -> missing.add(name + " publishes " + event + " but no module test of " + name
                            + " waits for it"));
        }
        return missing;
    }

    /**
     * What every business module that has code must show jMolecules, so that its DDD and hexagonal rules
     * check something there: an aggregate root and a repository in the domain, a primary and a secondary
     * port, a primary and a secondary adapter. Returns one line per thing missing ("talent: no @AggregateRoot").
     */
    List<String> missingBuildingBlocks(JavaClasses classes) {
        List<String> missing = new ArrayList<>();
        for (String module : businessModules) {
            String root = base + "." + module;
            List<JavaClass> code = classes.stream()
                    .filter(type -> type.getPackageName().equals(root) || type.getPackageName().startsWith(root + "."))
                    .filter(type -> !type.getSimpleName().equals(PACKAGE_INFO))
                    .filter(type -> !type.getPackageName().equals(root)).toList();
            if (code.isEmpty()) {
                // a placeholder module, or one with only its published API (the ids and events other modules build
                // against before its own code lands): nothing for the building blocks' rules yet
                continue;
            }
            Map<String, Predicate<JavaClass>> blocks = new LinkedHashMap<>();
            blocks.put("@AggregateRoot in " + root + ".domain", type -> type.getPackageName().startsWith(root + ".domain")
                    && isAggregateRoot(type));
            blocks.put("@Repository in " + root + ".domain", type -> type.getPackageName().startsWith(root + ".domain")
                    && domainRepository().test(type));
            blocks.put("@PrimaryPort", type -> hasStereotype(type, PrimaryPort.class));
            blocks.put("@SecondaryPort", type -> hasStereotype(type, SecondaryPort.class));
            blocks.put("@PrimaryAdapter", type -> hasStereotype(type, PrimaryAdapter.class));
            blocks.put("@SecondaryAdapter", type -> hasStereotype(type, SecondaryAdapter.class));
            blocks.forEach((block, present) -> {
                if (code.stream().noneMatch(present)) {
                    missing.add(module + ": no " + block);
                }
            });
        }
        return missing;
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
                + "domain or API package, in another business module's API package or in the shared kernel's base package", dependency -> {
                    JavaClass target = componentType(dependency.getTargetClass());
                    if (target.isPrimitive()) {
                        return true;
                    }
                    String targetPackage = target.getPackageName();
                    String module = base + "." + moduleOf(dependency.getOriginClass()).orElseThrow();
                    return targetPackage.equals("java") || targetPackage.startsWith("java.")
                            || targetPackage.equals("org.jmolecules") || targetPackage.startsWith("org.jmolecules.")
                            || targetPackage.equals(module)
                            || targetPackage.equals(module + ".domain") || targetPackage.startsWith(module + ".domain.")
                            // another module's published ids and events (talent's Freelancer is keyed by identity's UserId)
                            || businessModules.stream().anyMatch(other -> targetPackage.equals(base + "." + other))
                            // the shared kernel's plain-Java base package (event recording, module exceptions),
                            // not its Spring-side sub-packages
                            || sharedModules.stream().anyMatch(shared -> targetPackage.equals(base + "." + shared));
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
                + "@Controller, @Configuration, Spring Data repository) of another business module", dependency -> {
                    JavaClass target = componentType(dependency.getTargetClass());
                    Optional<String> targetModule = moduleOf(target).filter(businessModules::contains);
                    boolean otherModule = targetModule.isPresent()
                            && !targetModule.equals(moduleOf(dependency.getOriginClass()));
                    return otherModule && (target.isMetaAnnotatedWith(SPRING_COMPONENT)
                            || target.isAssignableTo(SPRING_DATA_REPOSITORY));
                });
    }

    static final String PACKAGE_INFO = "package-info";

    static boolean isAggregateRoot(JavaClass type) {
        return type.isMetaAnnotatedWith(org.jmolecules.ddd.annotation.AggregateRoot.class)
                || type.isAssignableTo(org.jmolecules.ddd.types.AggregateRoot.class);
    }

    private static boolean isJavaOrJMolecules(String packageName) {
        return packageName.equals("java") || packageName.startsWith("java.")
                || packageName.equals("org.jmolecules") || packageName.startsWith("org.jmolecules.");
    }

    private DescribedPredicate<JavaClass> domainRepository() {
        return DescribedPredicate.describe("jMolecules repositories of a domain", type -> type.isInterface()
                && type.getPackageName().matches(java.util.regex.Pattern.quote(base) + "\\.[^.]+\\.domain(\\..*)?")
                && (type.isMetaAnnotatedWith(org.jmolecules.ddd.annotation.Repository.class)
                        || type.isAssignableTo(org.jmolecules.ddd.types.Repository.class)));
    }

    private DescribedPredicate<Dependency> targetIsJavaJMoleculesOrAnApi() {
        return DescribedPredicate.describe("target is in java.*, org.jmolecules.* or a business module's API package",
                dependency -> {
                    JavaClass target = componentType(dependency.getTargetClass());
                    return target.isPrimitive() || isJavaOrJMolecules(target.getPackageName())
                            || List.of(apiPackages()).contains(target.getPackageName());
                });
    }

    private static ArchCondition<JavaClass> beIdentifierEnumOrDomainEvent() {
        return new ArchCondition<>("be an identifier, an enum or a @DomainEvent") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean satisfied = type.isEnum() || type.isAssignableTo(Identifier.class)
                        || type.isMetaAnnotatedWith(org.jmolecules.event.annotation.DomainEvent.class)
                        || type.isAssignableTo(org.jmolecules.event.types.DomainEvent.class);
                events.add(new SimpleConditionEvent(type, satisfied, type.getName() + (satisfied ? " may be published"
                        : " is published but is neither an Identifier, an enum nor a @DomainEvent")));
            }
        };
    }

    private ArchCondition<JavaMethod> handleOnlyAggregatesIdsValuesAndEnumsOfTheirDomain() {
        return new ArchCondition<>("take and return, of their own domain, only aggregate roots, identifiers, "
                + "value objects and enums") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String domain = method.getOwner().getPackageName();
                List<JavaType> signature = new ArrayList<>(method.getParameterTypes());
                signature.add(method.getReturnType());
                signature.stream().flatMap(type -> type.getAllInvolvedRawTypes().stream()).map(SkillConnectRules::componentType)
                        .filter(type -> type.getPackageName().equals(domain))
                        .filter(type -> !(isAggregateRoot(type) || type.isEnum() || type.isAssignableTo(Identifier.class)
                                || type.isMetaAnnotatedWith(org.jmolecules.ddd.annotation.ValueObject.class)
                                || type.isAssignableTo(org.jmolecules.ddd.types.ValueObject.class)))
                        .distinct()
                        .forEach(type -> events.add(SimpleConditionEvent.violated(method, method.getFullName() + " handles "
                                + type.getName() + ", which is not an @AggregateRoot (nor an Identifier, @ValueObject or enum)")));
            }
        };
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
