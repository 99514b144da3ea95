package com.skillconnect.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * Writes the module documentation into the repository's {@code docs/modules}: a C4 component diagram
 * of all modules, one per module, the module canvases and a document aggregating them. The files are
 * committed, so a change of the module structure shows up in the diff of the change that caused it.
 */
class ModuleDocumentationTests {

    /** Set by Surefire to {@code <repository>/docs/modules} (see this module's pom.xml). */
    static final String OUTPUT_PROPERTY = "skillconnect.docs.modules-dir";

    @Test
    void writesModuleDiagramsAndCanvases() throws IOException {
        Path output = outputFolder();

        // show modules without dependencies too: most of them have none yet, and a diagram of the
        // system that leaves them out would be empty
        DiagramOptions diagrams = DiagramOptions.defaults().withStyle(DiagramStyle.C4)
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
        // a module's API is just its ids and events: show what is behind it (beans, aggregates, value types) too
        CanvasOptions canvases = CanvasOptions.defaults().revealInternals();

        new Documenter(ProductionCode.modules(), Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases(canvases)
                .writeAggregatingDocument(diagrams, canvases);

        List<String> modules = new ArrayList<>(ProductionCode.BUSINESS_MODULES);
        modules.add(ProductionCode.APP_MODULE);
        assertThat(output.resolve("components.puml")).isNotEmptyFile();
        for (String module : modules) {
            assertThat(output.resolve("module-" + module + ".puml")).isNotEmptyFile();
            assertThat(output.resolve("module-" + module + ".adoc")).isNotEmptyFile();
        }
        assertThat(output.resolve("all-docs.adoc")).isNotEmptyFile();
        assertThat(Files.readString(output.resolve("components.puml")))
                .contains("C4_Component", "identity", "talent", "marketplace", "conversations", "billing");
        assertThat(Files.readString(output.resolve("module-identity.adoc"))).contains("UserAccount");
    }

    /**
     * The configured folder, or (a test run outside Maven, e.g. from an IDE) {@code docs/modules} of the
     * repository found above the working directory. Never a guess: the Documenter empties the folder first.
     */
    private static Path outputFolder() {
        String configured = System.getProperty(OUTPUT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("architecture-tests/pom.xml"))) {
                return dir.resolve("docs").resolve("modules");
            }
        }
        throw new IllegalStateException("Cannot tell where the repository's docs/modules is: set -D" + OUTPUT_PROPERTY);
    }
}
