package cn.gongkai.kiosk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void nothingButTheCompositionRootDependsOnTheUi() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui..")
                .check(classes);
    }

    @Test
    void noPackageDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotUseJavaFx() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingElseInTheApplication() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".storage..", ROOT + ".feed..",
                        ROOT + ".config..", ROOT + ".speech..", ROOT + ".broadcast..", ROOT + ".search..",
                        ROOT + ".ui..", ROOT + ".app..", "java.sql..", "com.google.gson..")
                .check(classes);
    }

    @Test
    void storageDependsOnlyOnDomain() {
        noClasses().that().resideInAPackage(ROOT + ".storage..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".feed..", ROOT + ".config..",
                        ROOT + ".speech..", ROOT + ".broadcast..", ROOT + ".search..")
                .check(classes);
    }

    @Test
    void feedDoesNotDependOnPresentationOrOtherServices() {
        noClasses().that().resideInAPackage(ROOT + ".feed..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".config..", ROOT + ".speech..",
                        ROOT + ".broadcast..", ROOT + ".search..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
