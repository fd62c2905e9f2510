package io.gridgov.routing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules, written as a test so that breaking one fails the build. This module's test
 * classpath holds all three library modules (core, spi, routing), so one import sees them all.
 */
class ArchitectureTest {
    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gridgov.core", "io.gridgov.spi", "io.gridgov.routing");
    }

    @Test
    @DisplayName("the import sees classes of every library module (so the rules below are not vacuous)")
    void importSeesTheModules() {
        assertThat(library.containPackage("io.gridgov.core.grid")).isTrue();
        assertThat(library.stream().anyMatch(c -> c.getPackageName().startsWith("io.gridgov.spi"))).isTrue();
    }

    @Test
    @DisplayName("core depends on nothing but the JDK and jakarta.validation")
    void coreIsPure() {
        ArchRule rule = classes().that().resideInAPackage("io.gridgov.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..", "io.gridgov.core..")
                .because("governance-core is the pure domain: no I/O, no framework, no other module of ours");
        rule.check(library);
    }

    @Test
    @DisplayName("core reads no clock and makes no random ids: time and identity come in as arguments")
    void coreReadsNoClock() {
        noClasses().that().resideInAPackage("io.gridgov.core..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .because("transitions are pure functions of (case, command, now); the engine holds the Clock")
                .check(library);
    }

    @Test
    @DisplayName("routing rules are pure: no clock, no randomness, no files, network, environment or logging")
    void routingRulesArePure() {
        assertThat(library.containPackage("io.gridgov.routing.rules")).isTrue();
        noClasses().that().resideInAPackage("io.gridgov.routing.rules..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..",
                        "org.slf4j..", "java.util.logging..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger")
                .because("a routing decision is a function of the rule set and its arguments (issue 6): the codec"
                        + " reads only the stream it is handed")
                .check(library);
    }

    @Test
    @DisplayName("spi does not depend on routing")
    void spiBelowRouting() {
        noClasses().that().resideInAPackage("io.gridgov.spi..")
                .should().dependOnClassesThat().resideInAPackage("io.gridgov.routing..")
                .because("dependencies point one way: core <- spi <- routing")
                .check(library);
    }

    @Test
    @DisplayName("cases does not depend on mediation: a case knows its dispute only by tracking number")
    void casesBelowMediation() {
        noClasses().that().resideInAPackage("io.gridgov.core.cases..")
                .should().dependOnClassesThat().resideInAPackage("io.gridgov.core.mediation..")
                .because("mediation depends on cases (a dispute is opened from a case); see docs/decisions.md §13")
                .check(library);
    }

    @Test
    @DisplayName("statistics read the domain; the domain never depends on statistics")
    void statsOnTop() {
        noClasses().that().resideInAnyPackage("io.gridgov.core.cases..", "io.gridgov.core.mediation..",
                        "io.gridgov.core.grid..", "io.gridgov.core.time..", "io.gridgov.core.lifecycle..")
                .should().dependOnClassesThat().resideInAPackage("io.gridgov.core.stats..")
                .because("rates are pure functions over cases and disputes; see docs/decisions.md §14")
                .check(library);
    }

    @Test
    @DisplayName("the library never writes to System.out or System.err, nor prints stack traces")
    void noStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                .because("a library reports through exceptions and SLF4J, never the console")
                .check(library);
        noClasses().should().callMethod(Throwable.class, "printStackTrace")
                .because("a library reports through exceptions and SLF4J, never the console")
                .check(library);
    }

    @ParameterizedTest(name = "nothing in io.gridgov.{0}..internal.. is used from another module")
    @ValueSource(strings = {"core", "spi", "routing"})
    void internalsStayInside(String module) {
        noClasses().that().resideOutsideOfPackage("io.gridgov." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("io.gridgov." + module + "..internal..")
                .allowEmptyShould(true)
                .because("internal packages are implementation details of their module")
                .check(library);
    }
}
