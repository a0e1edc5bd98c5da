package cn.gongkai.kiosk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md: app wires everything; ui depends on the core;
 * nothing depends on ui; the core never touches JavaFX; domain depends on nothing.
 */
class ArchitectureTest {
    private static final String ROOT = "cn.gongkai.kiosk";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Not Predefined.DO_NOT_INCLUDE_TESTS: it expects target/test-classes, and the build
        // folder can be elsewhere (-Dkiosk.build).
        classes = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages(ROOT);
    }

    /** The rules below are only worth something if they see the application's classes. */
    @Test
    void rulesSeeEveryLayer() {
        assertThat(classes.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0]).distinct())
                .contains("domain", "storage", "feed", "config", "ui", "app");
        // And a rule that the code breaks on purpose is reported: the UI does read storage types.
        assertThat(noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".storage..")
                .evaluate(classes).hasViolation()).isTrue();
    }

    private static void assertHolds(ArchRule rule) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
    }

    @Test
    void nothingButTheCompositionRootDependsOnTheUi() {
        assertHolds(noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui.."));
    }

    @Test
    void noPackageDependsOnTheCompositionRoot() {
        assertHolds(noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app.."));
    }

    @Test
    void theCoreDoesNotUseJavaFx() {
        assertHolds(noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx.."));
    }

    @Test
    void domainDependsOnNothingElseInTheApplication() {
        assertHolds(noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".storage..", ROOT + ".feed..",
                        ROOT + ".config..", ROOT + ".speech..", ROOT + ".broadcast..", ROOT + ".search..",
                        ROOT + ".local..", ROOT + ".ui..", ROOT + ".app..", "java.sql..", "com.google.gson.."));
    }

    @Test
    void storageDependsOnlyOnDomain() {
        assertHolds(noClasses().that().resideInAPackage(ROOT + ".storage..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".feed..", ROOT + ".config..",
                        ROOT + ".speech..", ROOT + ".broadcast..", ROOT + ".search..", ROOT + ".local.."));
    }

    @Test
    void feedDoesNotDependOnPresentationOrOtherServices() {
        assertHolds(noClasses().that().resideInAPackage(ROOT + ".feed..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".config..", ROOT + ".speech..",
                        ROOT + ".broadcast..", ROOT + ".search..", ROOT + ".local.."));
    }

    @Test
    void staffContentStaysOffTheFeedsSyncPath() {
        // Local content is written only through the local package, never by a sync or an import.
        assertHolds(noClasses().that().resideInAnyPackage(ROOT + ".feed..", ROOT + ".search..", ROOT + ".speech..",
                        ROOT + ".broadcast..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".local.."));
    }

    @Test
    void countyAndKioskSidesOfTheFeedStayApart() {
        // The kiosk never needs the publisher (nor its spreadsheet parser), and the protocol
        // package in the middle knows neither side.
        assertHolds(noClasses().that().resideInAPackage(ROOT + ".feed.sync..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".feed.publish.."));
        assertHolds(noClasses().that().resideInAPackage(ROOT + ".feed.publish..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".feed.sync.."));
        assertHolds(noClasses().that().resideInAPackage(ROOT + ".feed")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".feed.sync..", ROOT + ".feed.publish.."));
        assertHolds(noClasses().that().resideInAnyPackage(ROOT + ".ui..", ROOT + ".storage..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".feed.publish.."));
    }

    @Test
    void packagesHaveNoCycles() {
        assertHolds(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }
}
