package hamish;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward: model ← text ← store, io ← cli, ui. Nothing below ui sees JavaFX. */
@AnalyzeClasses(packages = "hamish", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlain = noClasses().that().resideInAPackage("hamish.model..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.text..", "hamish.store..", "hamish.io..",
                    "hamish.cli..", "hamish.ui..", "javafx..", "java.sql..");

    @ArchTest
    static final ArchRule textUsesOnlyModel = noClasses().that().resideInAPackage("hamish.text..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.store..", "hamish.io..", "hamish.cli..",
                    "hamish.ui..", "javafx..", "java.sql..");

    @ArchTest
    static final ArchRule storeKnowsNoFormatsOrViews = noClasses().that().resideInAPackage("hamish.store..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.io..", "hamish.cli..", "hamish.ui..", "javafx..");

    @ArchTest
    static final ArchRule ioKnowsNoViews = noClasses().that().resideInAPackage("hamish.io..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.cli..", "hamish.ui..", "javafx..");

    @ArchTest
    static final ArchRule cliDoesNotOpenViews = noClasses().that().resideInAPackage("hamish.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.ui..", "javafx..");

    @ArchTest
    static final ArchRule uiDoesNotCallTheCli = noClasses().that().resideInAPackage("hamish.ui..")
            .should().dependOnClassesThat().resideInAPackage("hamish.cli..");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackages("hamish.cli..", "hamish")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
