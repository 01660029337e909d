package hamish;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import hamish.bench.BenchCommand;
import hamish.cli.HamishCommand;
import hamish.store.StoreException;
import hamish.ui.common.StoreSession;

/**
 * Dependencies point inward:
 * {@code model ← text ← analysis ← store, io ← app ← cli, ui}. Nothing below ui sees JavaFX, and
 * nothing outside store sees SQL. In ui, views bind to view-models, view-models call the use cases of
 * {@code hamish.app}, use cases call the store. The benchmarks (hamish.bench, and the reader's and the
 * compare window's, which need JavaFX, in hamish.ui.bench) may use every layer, since they measure them,
 * but no layer uses them: only HamishCommand, which registers {@code hamish bench}.
 */
@AnalyzeClasses(packages = "hamish", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] BENCH = {"hamish.bench..", "hamish.ui.bench.."};

    /** What makes a class a view: it builds or handles controls, layouts, windows, input or text nodes. */
    private static final DescribedPredicate<JavaClass> SCENE_GRAPH = resideInAnyPackage("javafx.scene.control..",
            "javafx.scene.layout..", "javafx.stage..", "javafx.scene.input..", "javafx.scene.text..", "javafx.scene.shape..")
            .or(assignableTo(javafx.scene.Node.class)).or(equivalentTo(javafx.scene.Scene.class))
            .as("controls, layouts, windows, input or text nodes");

    private static final DescribedPredicate<JavaClass> TOUCH_THE_SCENE_GRAPH = new DescribedPredicate<>("touch the scene graph") {
        @Override
        public boolean test(JavaClass c) {
            return c.getDirectDependenciesFromSelf().stream().anyMatch(d -> SCENE_GRAPH.test(d.getTargetClass()));
        }
    };

    private static ArchCondition<JavaClass> touchTheSceneGraph() {
        return new ArchCondition<>("touch the scene graph (" + SCENE_GRAPH.getDescription() + ")") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getDirectDependenciesFromSelf().stream().filter(d -> SCENE_GRAPH.test(d.getTargetClass()))
                        .forEach(d -> events.add(SimpleConditionEvent.satisfied(c, d.getDescription())));
            }
        };
    }

    @ArchTest
    static final ArchRule modelIsPlain = noClasses().that().resideInAPackage("hamish.model..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.text..", "hamish.analysis..", "hamish.store..",
                    "hamish.io..", "hamish.app..", "hamish.cli..", "hamish.ui..", "javafx..", "java.sql..");

    @ArchTest
    static final ArchRule textUsesOnlyModel = noClasses().that().resideInAPackage("hamish.text..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.analysis..", "hamish.store..", "hamish.io..",
                    "hamish.app..", "hamish.cli..", "hamish.ui..", "javafx..", "java.sql..");

    @ArchTest
    static final ArchRule analysisDoesNoIo = noClasses().that().resideInAPackage("hamish.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.store..", "hamish.io..", "hamish.app..",
                    "hamish.cli..", "hamish.ui..", "javafx..", "java.sql..", "java.nio.file..");

    @ArchTest
    static final ArchRule storeKnowsNoFormatsOrViews = noClasses().that().resideInAPackage("hamish.store..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.analysis..", "hamish.io..", "hamish.app..",
                    "hamish.cli..", "hamish.ui..", "javafx..");

    @ArchTest
    static final ArchRule ioKnowsNoUseCasesOrViews = noClasses().that().resideInAPackage("hamish.io..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.app..", "hamish.cli..", "hamish.ui..", "javafx..");

    @ArchTest
    static final ArchRule appNeverTouchesJavaFx = noClasses().that().resideInAPackage("hamish.app..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.cli..", "hamish.ui..", "javafx..");

    @ArchTest
    static final ArchRule cliDoesNotOpenViews = noClasses().that().resideInAPackage("hamish.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("hamish.ui..", "javafx..");

    @ArchTest
    static final ArchRule uiDoesNotCallTheCli = noClasses().that().resideInAPackage("hamish.ui..")
            .should().dependOnClassesThat().resideInAPackage("hamish.cli..");

    @ArchTest
    static final ArchRule onlyTheStoreSeesSql = noClasses().that().resideOutsideOfPackage("hamish.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("hamish.(**)").should().beFreeOfCycles();

    /** A view shows what its view-model holds; errors from the store reach it only as messages. */
    @ArchTest
    static final ArchRule viewsNeverTouchTheStore = noClasses().that().resideInAPackage("hamish.ui..")
            .and(TOUCH_THE_SCENE_GRAPH).and().resideOutsideOfPackages(BENCH)
            .should().dependOnClassesThat(resideInAPackage("hamish.store..").and(not(assignableTo(StoreException.class))));

    @ArchTest
    static final ArchRule viewModelsNeverTouchControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should(touchTheSceneGraph());

    /** Every change the window makes goes through a use case (one transaction, on the shared edit history). */
    @ArchTest
    static final ArchRule uiWritesOnlyThroughUseCases = noClasses().that().resideInAPackage("hamish.ui..")
            .and().resideOutsideOfPackages(BENCH)
            .should().callMethodWhere(target(owner(resideInAPackage("hamish.store..")))
                    .and(target(nameMatching("(insert|update|delete|merge|unmerge|restore|replace|ensure|put|remove|move|import)([A-Z].*)?"))));

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
