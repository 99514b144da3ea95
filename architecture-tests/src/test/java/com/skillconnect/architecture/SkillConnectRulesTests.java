package com.skillconnect.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our own rules ({@link SkillConnectRules}) over the production code. Every rule fails when it
 * matches no class (ArchUnit's default), and {@link #theProductionCodeOfEveryModuleIsImported()}
 * shows what they look at, so none of them can pass because nothing was imported.
 */
class SkillConnectRulesTests {

    private final JavaClasses classes = ProductionCode.classes();
    private final SkillConnectRules rules = ProductionCode.rules();

    @Test
    void theProductionCodeOfEveryModuleIsImported() {
        List<String> modules = new ArrayList<>(ProductionCode.BUSINESS_MODULES);
        modules.add(ProductionCode.APP_MODULE);
        for (String module : modules) {
            // placeholder modules hold just their package-info, which is enough to prove their jar was read
            assertThat(classes.stream().filter(type -> rules.moduleOf(type).filter(module::equals).isPresent()))
                    .as("classes imported from module %s", module).isNotEmpty();
        }
        assertThat(classes.stream().map(JavaClass::getName)).contains(
                "com.skillconnect.SkillConnectApplication",
                "com.skillconnect.identity.UserId",
                "com.skillconnect.identity.domain.UserAccount",
                "com.skillconnect.identity.application.Registration",
                "com.skillconnect.identity.adapter.in.web.UsersController",
                "com.skillconnect.identity.adapter.out.persistence.UserAccountEntity",
                "com.skillconnect.app.web.DrfErrorController");
        assertThat(classes.stream().map(JavaClass::getName))
                .as("test classes and fixtures must stay out of the analysed production code")
                .noneMatch(name -> name.startsWith("com.skillconnect.architecture"));
    }

    @Test
    void domainDependsOnlyOnJavaJMoleculesAndItsOwnModule() {
        rules.domainDependsOnlyOnJavaJMoleculesAndItsOwnModule().check(classes);
    }

    @Test
    void domainIsFreeOfFrameworks() {
        rules.domainIsFreeOfFrameworks().check(classes);
    }

    @Test
    void modulesUseOtherModulesOnlyThroughTheirApi() {
        rules.modulesUseOtherModulesOnlyThroughTheirApi().check(classes);
    }

    @Test
    void modulesNeverUseSpringBeansOfOtherModules() {
        rules.modulesNeverUseSpringBeansOfOtherModules().check(classes);
    }

    @Test
    void apiPackagesPublishNoSpringBeans() {
        rules.apiPackagesPublishNoSpringBeans().check(classes);
    }

    @Test
    void businessModulesDoNotDependOnApp() {
        rules.businessModulesDoNotDependOnApp().check(classes);
    }

    @Test
    void controllersLiveInWebAdapters() {
        rules.controllersLiveInWebAdapters().check(classes);
    }

    @Test
    void jpaTypesLiveInPersistenceAdapters() {
        rules.jpaTypesLiveInPersistenceAdapters().check(classes);
    }

    @Test
    void springDataRepositoriesLiveInPersistenceAdapters() {
        rules.springDataRepositoriesLiveInPersistenceAdapters().check(classes);
    }

    @Test
    void webSocketHandlersLiveInWebSocketAdapters() {
        rules.webSocketHandlersLiveInWebSocketAdapters().check(classes);
    }

    @Test
    void useCasesDoNotDependOnAdapters() {
        rules.useCasesDoNotDependOnAdapters().check(classes);
    }

    @Test
    void inboundAdaptersArePrimaryAdapters() {
        rules.inboundAdaptersArePrimaryAdapters().check(classes);
    }

    @Test
    void outboundAdaptersAreSecondaryAdapters() {
        rules.outboundAdaptersAreSecondaryAdapters().check(classes);
    }

    @Test
    void useCasesArePrimaryPorts() {
        rules.useCasesArePrimaryPorts().check(classes);
    }

    @Test
    void domainInterfacesImplementedByAdaptersAreSecondaryPorts() {
        rules.domainInterfacesImplementedByAdaptersAreSecondaryPorts().check(classes);
    }

    @Test
    void apiPackagesHoldOnlyIdsEnumsAndEvents() {
        rules.apiPackagesHoldOnlyIdsEnumsAndEvents().check(classes);
    }

    @Test
    void apiPackagesDependOnlyOnJavaJMoleculesAndOtherApis() {
        rules.apiPackagesDependOnlyOnJavaJMoleculesAndOtherApis().check(classes);
    }

    @Test
    void businessModuleClassesSitInTheirLayers() {
        rules.businessModuleClassesSitInTheirLayers().check(classes);
    }

    @Test
    void useCasesUseNoWebHttpSecurityOrServletTypes() {
        rules.useCasesUseNoWebHttpSecurityOrServletTypes().check(classes);
    }

    @Test
    void whatDomainRepositoriesSaveAreAggregateRoots() {
        rules.whatDomainRepositoriesSaveAreAggregateRoots().check(classes);
    }

    @Test
    void sharedKernelIsPlainJava() {
        rules.sharedKernelIsPlainJava().check(classes);
    }

    @Test
    void everyModuleWithCodeGivesJMoleculesSomethingToCheck() {
        assertThat(rules.missingBuildingBlocks(classes)).isEmpty();
        // and the modules with code are the ones we think: a placeholder is skipped, a real module never
        assertThat(ProductionCode.BUSINESS_MODULES).contains("identity", "talent");
    }
}
