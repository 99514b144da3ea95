package com.skillconnect.architecture;

import com.skillconnect.SkillConnectApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The production code every architecture test analyses, imported once per test JVM: the classes under
 * {@code com.skillconnect} from the main output of every Maven module, never test classes (this
 * module's own test classes and fixtures included).
 */
final class ProductionCode {

    static final String BASE_PACKAGE = "com.skillconnect";

    /** The business modules of ARCHITECTURE.md, each a direct sub-package of {@link #BASE_PACKAGE}. */
    static final List<String> BUSINESS_MODULES = List.of("identity", "talent", "marketplace", "conversations", "billing");

    /** The shared kernel: open to every module, not a business module (see the kernel's package-info). */
    static final List<String> SHARED_MODULES = List.of("kernel");

    /** The module holding the cross-cutting wiring. */
    static final String APP_MODULE = "app";

    private static volatile JavaClasses classes;
    private static volatile ApplicationModules modules;

    private ProductionCode() {
    }

    static JavaClasses classes() {
        JavaClasses imported = classes;
        if (imported == null) {
            synchronized (ProductionCode.class) {
                imported = classes;
                if (imported == null) {
                    imported = new ClassFileImporter()
                            .withImportOption(new ImportOption.DoNotIncludeTests())
                            .importPackages(BASE_PACKAGE);
                    classes = imported;
                }
            }
        }
        return imported;
    }

    static ApplicationModules modules() {
        ApplicationModules detected = modules;
        if (detected == null) {
            synchronized (ProductionCode.class) {
                detected = modules;
                if (detected == null) {
                    detected = ApplicationModules.of(SkillConnectApplication.class);
                    modules = detected;
                }
            }
        }
        return detected;
    }

    /** The rules of {@link SkillConnectRules} as they apply to this code base. */
    static SkillConnectRules rules() {
        return new SkillConnectRules(BASE_PACKAGE, BUSINESS_MODULES, APP_MODULE, SHARED_MODULES);
    }
}
