package com.skillconnect.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserActivated;
import com.skillconnect.identity.UserId;
import com.skillconnect.identity.domain.RefreshToken;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the code base: which modules it detects, and its verification (no cycles
 * between modules, other modules used only through their API package, plus the jMolecules rules it
 * applies by default).
 */
class ModuleStructureTests {

    private final ApplicationModules modules = ProductionCode.modules();

    @Test
    void modulesVerify() {
        modules.verify();
    }

    @Test
    void businessModulesInjectNoBeansOfOtherBusinessModules() {
        // "modules talk only through events", as Spring Modulith sees it: no constructor, field or method
        // injection of another business module's bean (an event listener is an EVENT_LISTENER dependency)
        assertThat(ProductionCode.rules().componentDependenciesBetweenBusinessModules(modules)).isEmpty();
        // the check looks at real dependencies: talent does depend on identity, as a listener and by its ids
        ApplicationModule talent = modules.getModuleByName("talent").orElseThrow();
        assertThat(talent.getDirectDependencies(modules).uniqueModules().map(module -> module.getIdentifier().toString()))
                .contains("identity");
        assertThat(talent.getEventsListenedTo(modules)).extracting(JavaClass::getName)
                .contains(UserActivated.class.getName());
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws ClassNotFoundException {
        List<String> declaring = new ArrayList<>(ProductionCode.BUSINESS_MODULES);
        declaring.add(ProductionCode.APP_MODULE);
        for (String module : declaring) {
            org.springframework.modulith.ApplicationModule annotation = Class
                    .forName(ProductionCode.BASE_PACKAGE + "." + module + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            // an empty list would mean "anything goes" to Spring Modulith
            assertThat(annotation).as("@ApplicationModule on %s's package-info", module).isNotNull();
            assertThat(annotation.allowedDependencies()).as("allowed dependencies of %s", module)
                    .isNotEmpty().contains("kernel");
        }
    }

    @Test
    void detectsExactlyTheModulesOfTheArchitecture() {
        List<String> expected = new ArrayList<>(ProductionCode.BUSINESS_MODULES);
        expected.add(ProductionCode.APP_MODULE);
        expected.addAll(ProductionCode.SHARED_MODULES);

        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .allMatch(name -> name.startsWith(ProductionCode.BASE_PACKAGE + "."));
    }

    @Test
    void identityPublishesItsIdsAndEventsAndHidesItsInternals() {
        ApplicationModule identity = modules.getModuleByName("identity").orElseThrow();

        // the verification is only worth something if the module's classes were really analysed
        assertThat(identity.contains(UserAccount.class)).isTrue();
        assertThat(identity.getAggregateRoots()).extracting(JavaClass::getName)
                .contains(UserAccount.class.getName(), RefreshToken.class.getName());
        assertThat(identity.getSpringBeans()).isNotEmpty();

        // the base package is the published API, everything below it is internal
        assertThat(identity.isExposed(UserId.class)).isTrue();
        assertThat(identity.isExposed(Role.class)).isTrue();
        assertThat(identity.isExposed(UserActivated.class)).isTrue();
        assertThat(identity.isExposed(UserAccount.class)).isFalse();
        assertThat(identity.isExposed(UserAccounts.class)).isFalse();
    }
}
