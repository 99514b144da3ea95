package com.skillconnect.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.SkillConnectApplication;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.SpringBean;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Writes the module documentation into the repository's {@code docs/modules}: a C4 component diagram
 * of all modules and one per module (PlantUML, rendered to SVG), the module canvases and a document
 * aggregating them. The files are committed, so a change of the module structure shows up in the diff
 * of the change that caused it; the output depends only on the code, so a second run changes nothing.
 */
class ModuleDocumentationTests {

    /** Set by Surefire to {@code <repository>/docs/modules} (see this module's pom.xml). */
    static final String OUTPUT_PROPERTY = "skillconnect.docs.modules-dir";

    /** Where spring-modulith-apt writes a Maven module's Javadoc, and where the Documenter reads it (relative to its module). */
    static final String JAVADOC_JSON = "target/generated-spring-modulith/javadoc.json";

    static final List<String> MAVEN_MODULES = List.of("identity", "talent", "marketplace", "conversations", "billing", "app");

    @Test
    void writesModuleDiagramsAndCanvases() throws IOException {
        Path output = outputFolder();
        Path root = output.getParent().getParent();
        collectJavadoc(root);

        // show modules without dependencies too: most of them have none yet, and a diagram of the
        // system that leaves them out would be empty
        DiagramOptions diagrams = DiagramOptions.defaults().withStyle(DiagramStyle.C4)
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);

        new Documenter(ProductionCode.modules(), Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams);
        new Documenter(documentedModules(), Documenter.Options.defaults().withOutputFolder(output.toString()).withoutClean())
                .writeModuleCanvases(canvases())
                .writeAggregatingDocument(diagrams, canvases());
        sortCanvasSubLists(output);
        List<Path> pictures = renderDiagrams(output);

        List<String> modules = new ArrayList<>(ProductionCode.BUSINESS_MODULES);
        modules.add(ProductionCode.APP_MODULE);
        assertThat(output.resolve("components.puml")).isNotEmptyFile();
        for (String module : modules) {
            assertThat(output.resolve("module-" + module + ".puml")).isNotEmptyFile();
            assertThat(output.resolve("module-" + module + ".svg")).isNotEmptyFile();
            assertThat(output.resolve("module-" + module + ".adoc")).isNotEmptyFile();
        }
        assertThat(output.resolve("all-docs.adoc")).isNotEmptyFile();
        assertThat(pictures).contains(output.resolve("components.svg"));
        assertThat(Files.readString(output.resolve("components.puml")))
                .contains("C4_Component", "identity", "talent", "marketplace", "conversations", "billing");
        assertThat(Files.readString(output.resolve("components.svg")))
                .startsWith("<svg").contains("identity", "talent", ">listens<");

        String identity = Files.readString(output.resolve("module-identity.adoc"));
        // the module's Javadoc (spring-modulith-apt) and its types, as the domain has them
        assertThat(identity).contains("Identity: accounts, passwords, one-time passwords, tokens and Google sign-in");
        assertThat(aggregatesRow(identity)).contains("c.s.i.domain.UserAccount").doesNotContain("Entity");
        assertThat(identity).contains("_Use cases (primary ports)_", "`c.s.i.application.Registration`");
        String talent = Files.readString(output.resolve("module-talent.adoc"));
        assertThat(aggregatesRow(talent)).contains("c.s.t.domain.Freelancer", "c.s.t.domain.Client")
                .doesNotContain("Entity");
        assertThat(talent).contains("_Event listeners_", "`c.s.t.application.KnownUserRecorder`");
    }

    @Test
    void aCellListIsSortedWithItsSubLinesWhateverTheOrderMet() {
        String met = "|Events listened to\n|* `c.s.t.ProfileCardChanged` (async)\n* `c.s.m.OrderStatusChanged` (async)\n"
                + "** `c.s.m.domain.Order`\n +\nA description.\n* `c.s.m.OrderPlaced` (async)\n|===\n";
        assertThat(withSortedCellLists(met)).isEqualTo("|Events listened to\n|* `c.s.m.OrderPlaced` (async)\n"
                + "* `c.s.m.OrderStatusChanged` (async)\n** `c.s.m.domain.Order`\n +\nA description.\n* `c.s.t.ProfileCardChanged` (async)\n|===\n");
    }

    /**
     * The modules as the canvases show them: without the persistence adapters' JPA entities, which
     * Spring Modulith counts as aggregate roots because Spring Data repositories manage them. They are
     * the adapter's mapping of the aggregates, not aggregates; the domain's {@code @AggregateRoot}s are.
     */
    private static ApplicationModules documentedModules() {
        return ApplicationModules.of(SkillConnectApplication.class, DescribedPredicate.describe(
                "JPA entities", (JavaClass type) -> type.isAnnotatedWith("jakarta.persistence.Entity")));
    }

    /**
     * The module canvases: the use cases as the primary ports (not the configuration or the listeners
     * that live beside them in the application package), the adapters, the Javadoc of every type.
     */
    static CanvasOptions canvases() {
        Predicate<SpringBean> primaryPort = bean -> SkillConnectRules.hasStereotype(bean.getType(), PrimaryPort.class);
        Predicate<SpringBean> configuration = bean -> bean.getType()
                .isMetaAnnotatedWith("org.springframework.context.annotation.Configuration");
        Predicate<SpringBean> listener = bean -> bean.getType().getMethods().stream()
                .anyMatch(method -> method.isMetaAnnotatedWith("org.springframework.context.event.EventListener"));
        return CanvasOptions.withoutDefaultGroupings()
                .groupingBy("Use cases (primary ports)", primaryPort.and(configuration.negate()).and(listener.negate())
                        .and(bean -> bean.getType().getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)),
                        "what the module's primary adapters call")
                .groupingBy("Event listeners", listener, "how the module reacts to other modules' events")
                .groupingBy("Helpers of the use cases", primaryPort.and(configuration.negate()))
                .groupingBy("Primary adapters", bean -> SkillConnectRules.hasStereotype(bean.getType(), PrimaryAdapter.class)
                        && !configuration.test(bean))
                .groupingBy("Secondary adapters", bean -> SkillConnectRules.hasStereotype(bean.getType(), SecondaryAdapter.class)
                        && !configuration.test(bean), "the secondary ports of the domain, and what implements them")
                .groupingBy("Domain services", bean -> bean.getType().getPackageName().contains(".domain"))
                .groupingBy("Configuration", configuration)
                .revealInternals();
    }

    /**
     * The Documenter reads the Javadoc that spring-modulith-apt extracted from {@code target/} of the
     * Maven module it runs in; ours holds tests only, so the extracts of all modules are merged there.
     */
    private static void collectJavadoc(Path root) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ArrayNode all = json.createArrayNode();
        for (String module : MAVEN_MODULES) {
            Path extract = root.resolve(module).resolve(JAVADOC_JSON);
            assertThat(extract).as("Javadoc of %s, extracted when it is compiled (root pom.xml)", module).isRegularFile();
            for (JsonNode type : json.readTree(extract.toFile())) {
                all.add(type);
            }
        }
        Path merged = Path.of(JAVADOC_JSON).toAbsolutePath();
        Files.createDirectories(merged.getParent());
        Files.writeString(merged, json.writeValueAsString(all));
    }

    /** Every PlantUML file of the folder as an SVG beside it, laid out by PlantUML's own Smetana (no Graphviz needed). */
    private static List<Path> renderDiagrams(Path folder) throws IOException {
        List<Path> pictures = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path source : files.filter(file -> file.toString().endsWith(".puml")).sorted().toList()) {
                String diagram = withSortedRelations(Files.readString(source));
                Files.writeString(source, diagram);
                String text = diagram.replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
                ByteArrayOutputStream svg = new ByteArrayOutputStream();
                new SourceStringReader(text).outputImage(svg, new FileFormatOption(FileFormat.SVG));
                String rendered = svg.toString(StandardCharsets.UTF_8);
                assertThat(rendered).as("%s rendered", source.getFileName()).doesNotContain("Syntax Error");
                Path picture = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.puml$", ".svg"));
                Files.writeString(picture, rendered);
                pictures.add(picture);
            }
        }
        return pictures;
    }

    /** The canvases list an event's creators ({@code ** …} lines) in the order met, which varies: sorted for stable files. */
    private static void sortCanvasSubLists(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path canvas : files.filter(file -> file.toString().endsWith(".adoc")).sorted().toList()) {
                Files.writeString(canvas, withSortedCellLists(withSortedRuns(Files.readString(canvas), "** ")));
            }
        }
    }

    /**
     * The Documenter lists relations in the order it met them, which varies from run to run; sorted, the
     * committed diagrams change only when the modules do.
     */
    static String withSortedRelations(String diagram) {
        return withSortedRuns(diagram, "Rel(");
    }

    /** The text with every run of consecutive lines that start with {@code prefix} sorted. */
    static String withSortedRuns(String text, String prefix) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int first = 0;
        while (first < lines.size()) {
            if (!lines.get(first).startsWith(prefix)) {
                first++;
                continue;
            }
            int end = first;
            while (end < lines.size() && lines.get(end).startsWith(prefix)) {
                end++;
            }
            lines.subList(first, end).sort(null);
            first = end;
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * A canvas cell's list (a {@code |* first} line, then {@code * next} lines; an item may go on over lines of its
     * own, {@code ** } sub-items or a description, until the next item or the next cell's {@code |}: the events a
     * module listens to, the beans it references) in the order met, which varies: its items sorted, each with its
     * own lines, the first one still opening the cell.
     */
    static String withSortedCellLists(String canvas) {
        List<String> lines = new ArrayList<>(canvas.lines().toList());
        for (int first = 0; first < lines.size(); first++) {
            if (!lines.get(first).startsWith("|* ")) {
                continue;
            }
            List<List<String>> items = new ArrayList<>();
            int end = first;
            while (end < lines.size() && (end == first || !lines.get(end).startsWith("|"))) {
                String line = end == first ? lines.get(end).substring(1) : lines.get(end);
                if (line.startsWith("* ")) {
                    items.add(new ArrayList<>());
                }
                items.get(items.size() - 1).add(line);
                end++;
            }
            items.sort(java.util.Comparator.comparing((List<String> item) -> item.get(0)));
            List<String> sorted = items.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toList());
            sorted.set(0, "|" + sorted.get(0));
            for (int i = 0; i < sorted.size(); i++) {
                lines.set(first + i, sorted.get(i));
            }
            first = end - 1;
        }
        return String.join("\n", lines) + "\n";
    }

    private static String aggregatesRow(String canvas) {
        int start = canvas.indexOf("|Aggregate roots");
        assertThat(start).as("the canvas lists aggregate roots").isNotNegative();
        int end = canvas.indexOf("\n|", canvas.indexOf('\n', start) + 1);
        return canvas.substring(start, end < 0 ? canvas.length() : end);
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
