package com.skillconnect.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.identity.UserActivated;
import com.skillconnect.talent.ProfileCardChanged;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every event a business module listens to, and every event it publishes, has a module test
 * ({@code @ApplicationModuleTest} with a {@code Scenario}) in the module's package. The module tests
 * live in app's tests, where the whole wiring is at hand; a reactor build compiles them before this
 * module runs.
 */
class ModuleTestCoverageTests {

    static final Path APP_TEST_CLASSES = Path.of("..", "app", "target", "test-classes");

    @Test
    void everyListenedToAndPublishedEventHasAModuleTest() {
        assertThat(APP_TEST_CLASSES).as("app's compiled tests (build app before architecture-tests)").isDirectory();
        JavaClasses tests = new ClassFileImporter().importPath(APP_TEST_CLASSES);
        // the import is real: identity's module test is there and mentions the event it waits for
        assertThat(tests.contain("com.skillconnect.identity.IdentityModuleTest")).isTrue();
        assertThat(tests.get("com.skillconnect.identity.IdentityModuleTest").getDirectDependenciesFromSelf())
                .anyMatch(dependency -> dependency.getTargetClass().isEquivalentTo(UserActivated.class));

        // and there is something to cover: talent listens to identity's event and publishes its own
        ApplicationModules modules = ProductionCode.modules();
        ApplicationModule talent = modules.getModuleByName("talent").orElseThrow();
        assertThat(talent.getEventsListenedTo(modules)).extracting(JavaClass::getName).contains(UserActivated.class.getName());
        assertThat(talent.getPublishedEvents()).extracting(event -> event.getType().getName())
                .contains(ProfileCardChanged.class.getName());

        assertThat(ProductionCode.rules().eventsWithoutModuleTest(modules, tests)).isEmpty();
    }
}
