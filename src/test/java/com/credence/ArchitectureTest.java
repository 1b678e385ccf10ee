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
                .contains("api", "article", "base", "security");
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
