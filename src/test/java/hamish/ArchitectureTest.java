package hamish;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import hamish.bench.BenchCommand;
import hamish.cli.HamishCommand;

/**
 * Dependencies point inward: model ← text ← store, io ← cli, ui. Nothing below ui sees JavaFX. The benchmarks
 * (hamish.bench, and the reader's, which needs JavaFX, in hamish.ui.bench) may use every layer, since they measure
 * them, but no layer uses them: only HamishCommand, which registers {@code hamish bench}.
 */
@AnalyzeClasses(packages = "hamish", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] BENCH = {"hamish.bench..", "hamish.ui.bench.."};

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

    @ArchTest
    static final ArchRule onlyHamishCommandSeesTheBenchmarks = noClasses()
            .that().resideOutsideOfPackages(BENCH).and().doNotBelongToAnyOf(HamishCommand.class)
            .should().dependOnClassesThat().resideInAnyPackage(BENCH);

    @ArchTest
    static final ArchRule hamishCommandRegistersOnlyTheBenchRoot = noClasses().that().belongToAnyOf(HamishCommand.class)
            .should().dependOnClassesThat(resideInAnyPackage(BENCH).and(not(equivalentTo(BenchCommand.class))));

    @ArchTest
    static final ArchRule benchSeesNoJavaFx = noClasses().that().resideInAPackage("hamish.bench..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");
}
