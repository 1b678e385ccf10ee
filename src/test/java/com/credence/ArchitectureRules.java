package com.credence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of ARCHITECTURE.md that Spring Modulith does not check by itself. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Views talk to services, never to repositories. */
    public static final ArchRule VIEWS_DO_NOT_USE_REPOSITORIES = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .as("views talk to services, never to repositories");

    /** The UI reads and edits records, not managed entities. */
    public static final ArchRule VIEWS_DO_NOT_USE_ENTITIES = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .as("views read records, never entities");

    /** The HTTP API goes through services as well. */
    public static final ArchRule CONTROLLERS_DO_NOT_USE_REPOSITORIES = noClasses().that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .as("controllers talk to services, never to repositories");

    /** Entities and repositories are a module's own business. */
    public static final ArchRule ENTITIES_ARE_INTERNAL = classes().that().areAnnotatedWith(Entity.class)
            .should().resideInAPackage("..internal..")
            .as("entities live in a module's internal package");

    /** Security lives in the services: every public service method is guarded. */
    public static final ArchRule SERVICES_ARE_SECURED = classes().that().areAnnotatedWith(Service.class)
            .and().resideOutsideOfPackage("..internal..")
            .should(beMethodSecured())
            .as("module services carry @PreAuthorize on the class or on every public method");

    /** No grab-bag package that everything depends on. */
    public static final ArchRule NO_UTIL_PACKAGES = noClasses().should().resideInAnyPackage("..util..", "..utils..")
            .as("no util packages");

    /** Time comes from the injected Clock. */
    public static final ArchRule TIME_FROM_CLOCK = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .as("time is read from the injected Clock");

    /** Each feature owns its web layer: HTTP controllers live in their module's web package. */
    public static final ArchRule CONTROLLERS_IN_WEB_PACKAGES = classes().that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..web..")
            .as("HTTP controllers live in their module's web package");

    public static final List<ArchRule> ALL = List.of(VIEWS_DO_NOT_USE_REPOSITORIES, VIEWS_DO_NOT_USE_ENTITIES,
            CONTROLLERS_DO_NOT_USE_REPOSITORIES, ENTITIES_ARE_INTERNAL, SERVICES_ARE_SECURED, NO_UTIL_PACKAGES, TIME_FROM_CLOCK,
            CONTROLLERS_IN_WEB_PACKAGES);

    /** Credence's modules from the bottom up: each may use those below it, never one above. */
    public static final List<String> MODULES_BOTTOM_UP = List.of("base", "text", "security", "article", "tagset", "annotation", "source",
            "review", "export", "suggestion", "workspace");

    /** No module under {@code root} depends on a module listed after it in {@code bottomUp}. */
    public static ArchRule modulesDependOnlyDownwards(String root, List<String> bottomUp) {
        return classes().that().resideInAPackage(root + "..").should(new ArchCondition<>("depend only on modules below") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                int own = level(root, bottomUp, item.getPackageName());
                if (own < 0) {
                    return;
                }
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    int target = level(root, bottomUp, d.getTargetClass().getPackageName());
                    if (target > own) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + " reaches up from "
                                + bottomUp.get(own) + " to " + bottomUp.get(target)));
                    }
                });
            }
        }).as("modules depend only on modules below them: " + String.join(" < ", bottomUp));
    }

    private static int level(String root, List<String> bottomUp, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return -1;
        }
        String module = packageName.substring(root.length() + 1).split("\\.")[0];
        return bottomUp.indexOf(module);
    }

    private static ArchCondition<JavaClass> beMethodSecured() {
        return new ArchCondition<>("be method-secured") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                if (service.isAnnotatedWith(PreAuthorize.class)) {
                    return;
                }
                service.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(m -> !m.isAnnotatedWith(PreAuthorize.class))
                        .forEach(m -> events.add(SimpleConditionEvent.violated(m,
                                m.getFullName() + " is public and has no @PreAuthorize")));
            }
        };
    }
}
