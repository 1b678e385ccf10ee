package com.credence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The module structure and the conventions hold for Credence's code, and each check does fail on
 * code that breaks it (the fixtures under src/test/java/fixture are built to break them).
 */
class ArchitectureTest {

    private static final JavaClasses CREDENCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.credence");
    private static final JavaClasses BAD_FIXTURE = new ClassFileImporter().importPackages("fixture.architecture");

    @Test
    void modulesRespectEachOthersInternalsAndHaveNoCycles() {
        ApplicationModules modules = ApplicationModules.of(CredenceApplication.class);
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrderElementsOf(ArchitectureRules.MODULES_BOTTOM_UP);
    }

    @Test
    void modulesDependOnlyOnModulesBelowThem() {
        ArchitectureRules.modulesDependOnlyDownwards("com.credence", ArchitectureRules.MODULES_BOTTOM_UP).check(CREDENCE);
    }

    @Test
    void theLayeringCheckFailsOnAModuleReachingUp() {
        JavaClasses layers = new ClassFileImporter().importPackages("fixture.layers");
        assertThatThrownBy(() -> ArchitectureRules.modulesDependOnlyDownwards("fixture.layers", List.of("low", "high"))
                .check(layers)).isInstanceOf(AssertionError.class).hasMessageContaining("reaches up from low to high");
        ArchitectureRules.modulesDependOnlyDownwards("fixture.layers", List.of("high", "low")).check(layers);
    }

    /** A module that grows past a quarter of the code is asking to be split. */
    @Test
    void noModuleHoldsMoreThanAQuarterOfTheJavaCode() throws IOException {
        Path root = Path.of("src/main/java/com/credence");
        Map<String, Long> lines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() > 1) {
                    lines.merge(relative.getName(0).toString(), (long) Files.readAllLines(file).size(), Long::sum);
                }
            }
        }
        long total = lines.values().stream().mapToLong(Long::longValue).sum();
        assertThat(lines.keySet()).containsExactlyInAnyOrderElementsOf(ArchitectureRules.MODULES_BOTTOM_UP);
        assertThat(lines).allSatisfy((module, count) -> assertThat(count * 4)
                .as("%s holds %d of %d lines", module, count, total).isLessThanOrEqualTo(total));
    }

    @Test
    void modulithVerificationFailsOnAModuleUsingAnothersInternals() {
        ApplicationModules bad = ApplicationModules.of("fixture.badmodules", location -> true);
        assertThatThrownBy(bad::verify).isInstanceOf(Violations.class).hasMessageContaining("internal");
    }

    @TestFactory
    Stream<DynamicTest> conventionsHoldForCredence() {
        return ArchitectureRules.ALL.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(CREDENCE)));
    }

    @TestFactory
    Stream<DynamicTest> eachConventionFailsOnTheBadFixture() {
        return ArchitectureRules.ALL.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> assertThatThrownBy(() -> check(rule, BAD_FIXTURE)).isInstanceOf(AssertionError.class)));
    }

    private static void check(ArchRule rule, JavaClasses classes) {
        rule.check(classes);
    }
}
