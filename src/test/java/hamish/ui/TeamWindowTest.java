package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.bench.KillableServer;
import hamish.bench.ServerKill;
import hamish.io.DefaultTags;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.store.TeamDatabases;
import hamish.store.TextCorrection;
import hamish.ui.annotations.AnnotationPanel;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.common.StoreSession;
import hamish.ui.common.UserName;
import hamish.ui.reader.Highlight;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as one of a team (issue 16, ADR 10): the user's name, the author filter, taking over another
 * annotator's annotation, and, on a team database (HAMISH_TEST_POSTGRES; skipped without it), the others' changes
 * showing in place within a second. Real window, headless.
 */
class TeamWindowTest {

    static final String PARAGRAPH = "قال وزير الخارجية إن إسرائيل ستواصل المحادثات في واشنطن، وأكد الوزير أن اسرائيل لن تتراجع.\n";

    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();
    Stage stage;
    MainWindow window;
    long documentId;
    String text;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void user() {
        System.setProperty("hamish.userConfig", dir.resolve("user.properties").toString());
        new UserName(dir.resolve("user.properties")).set("ranya");
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (window != null) {
            robot.interact(window::close);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("hamish.userConfig");
    }

    /** A long article (the reader scrolls) with annotations by sara (2), omar (1) and ranya (1). */
    void seed(String target) {
        try (Stores s = Stores.open(target, "seed")) {
            s.tags().ensureDefaults(DefaultTags.load());
            text = PARAGRAPH.repeat(120);
            documentId = s.documents().insert(new Document(0, "إسرائيل تؤكد مواصلة المحادثات", "جريدة الاختبار",
                    LocalDate.of(2021, 6, 3), "ar", text, "hash-team", Fixture.CLOCK.instant())).id();
            long place = s.tags().list().stream().filter(t -> t.name().equalsIgnoreCase("Place")).findFirst().orElseThrow().id();
            annotate(s, place, 0, "إسرائيل", "sara");
            annotate(s, place, 0, "واشنطن", "sara");
            annotate(s, place, 1, "إسرائيل", "omar");
            annotate(s, place, 2, "واشنطن", "ranya");
        }
    }

    /** Tags {@code word} in paragraph {@code paragraph} as {@code author}'s. */
    Annotation annotate(Stores s, long tag, int paragraph, String word, String author) {
        int at = paragraph * PARAGRAPH.length() + PARAGRAPH.indexOf(word);
        return s.annotations().insert(Annotation.of(documentId, text, new Span(at, at + word.length()), tag, author,
                Fixture.CLOCK.instant()));
    }

    final AtomicReference<MainWindow> ready = new AtomicReference<>();

    void start(String target) throws Exception {
        ready.set(null);
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new VBox(), 1200, 800));
            s.show();
        });
        robot.interact(() -> HamishApp.open(stage, target, new FxBackgroundExecutor(), Fixture.CLOCK, ready::set));
        waitUntil(() -> ready.get() != null);
        window = ready.get();
        robot.interact(() -> window.openDocument(documentId));
        waitUntil(() -> doc().documentProperty().get() != null && !doc().loadingProperty().get()
                && doc().annotationsReadProperty().get() && doc().annotations().size() >= 4);
    }

    DocumentViewModel doc() {
        return window.viewModel().document();
    }

    boolean saved() {
        return window.viewModel().session().saveStateProperty().get() == StoreSession.SaveState.SAVED;
    }

    Annotation byAuthor(String author) {
        return doc().annotations().stream().filter(a -> a.author().equals(author)).findFirst().orElseThrow();
    }

    String label(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    void choose(String label) {
        robot.interact(() -> {
            var authors = window.annotationPanel().authorFilter();
            authors.setValue(authors.getItems().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    int tableRows() {
        return window.annotationPanel().table().getItems().size();
    }

    long highlightedAnnotations() {
        return doc().highlightsProperty().get().stream().filter(h -> h.annotationId() > 0).count();
    }

    /** Clicks {@code button} of the dialog pane {@code id} once it shows. */
    DialogPane dialog(String id) throws TimeoutException {
        waitUntil(() -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    void press(DialogPane pane, ButtonBar.ButtonData which) {
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == which).findFirst().orElseThrow();
        Button button = (Button) pane.lookupButton(type);
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAuthorFilterShowsEveryoneMineOrOneAnnotatorAndTheUserIsInTheStatusBar() throws Exception {
        Path db = dir.resolve("team.db");
        seed(db.toString());
        start(db.toString());

        assertEquals("You: ranya", label("userName"));
        List<String> choices = window.annotationPanel().authorFilter().getItems().stream().map(AnnotationPanel.AuthorChoice::label).toList();
        assertEquals(List.of("Everyone", "Mine", "omar", "ranya", "sara"), choices);
        assertEquals(4, tableRows());

        choose("sara");
        assertEquals(2, tableRows());
        assertEquals(2, highlightedAnnotations(), "the reader shows sara's highlights only");
        assertTrue(window.annotationPanel().table().getItems().stream().allMatch(a -> a.author().equals("sara")));

        choose("Mine");
        assertEquals(1, tableRows());
        assertEquals("ranya", window.annotationPanel().table().getItems().get(0).author());

        choose("Everyone");
        assertEquals(4, tableRows());
        assertEquals(4, highlightedAnnotations());
    }

    @Test
    void newAnnotationsAreTheUsersAndANewNameIsSavedPerUser() throws Exception {
        Path db = dir.resolve("team.db");
        seed(db.toString());
        start(db.toString());

        robot.interact(() -> window.viewModel().setUserName("  Ranya K.\n"));
        assertEquals("You: Ranya K.", label("userName"));
        assertEquals("Ranya K.", new UserName(dir.resolve("user.properties")).get(), "kept in the user's settings file");
        Tag person = window.viewModel().catalog().tags().stream().filter(t -> t.name().equalsIgnoreCase("Person")).findFirst().orElseThrow();
        int at = PARAGRAPH.indexOf("الوزير");
        robot.interact(() -> doc().tag(new Span(at, at + "الوزير".length()), person));
        waitUntil(this::saved);
        try (Stores s = Stores.open(db)) {
            assertTrue(s.annotations().forDocument(documentId).stream().anyMatch(a -> a.author().equals("Ranya K.") && a.start() == at));
            assertEquals("", s.settings().get("user.name").orElse(""), "the name is not in the database");
        }
        assertTrue(window.annotationPanel().authorFilter().getItems().stream().anyMatch(c -> c.label().equals("Ranya K.")));
    }

    @Test
    void onATeamDatabaseTheLibrarysWritesNameTheUserNotTheWindow() throws Exception {
        String team = TeamDatabases.fresh();
        seed(team);
        start(team);

        robot.interact(() -> window.viewModel().library().createCollection("قمة سيرانة"));
        waitUntil(this::saved);
        robot.interact(() -> window.viewModel().setUserName("Ranya K."));
        robot.interact(() -> window.viewModel().library().createCollection("تفجير أبها"));
        waitUntil(() -> saved() && collectionsIn(team) == 2);
        try (Stores s = Stores.open(team)) {
            List<String> writers = s.collections().list().stream()
                    .map(c -> s.collections().revision(c.id()).orElseThrow().changedBy()).sorted().toList();
            assertEquals(List.of("Ranya K.", "ranya"), writers, "each collection names who made it, as they were called then");
        }
    }

    private static int collectionsIn(String team) {
        try (Stores s = Stores.open(team)) {
            return s.collections().list().size();
        }
    }

    @Test
    void aCompareWindowOnATeamDatabaseAsksBeforeATakeoverAndShowsOthersChanges() throws Exception {
        String team = TeamDatabases.fresh();
        seed(team);
        long second;
        try (Stores s = Stores.open(team, "seed")) {
            second = s.documents().insert(new Document(0, "قمة سيرانة", "جريدة أخرى", LocalDate.of(2021, 6, 4), "ar",
                    PARAGRAPH, "hash-team-2", Fixture.CLOCK.instant())).id();
        }
        start(team);
        AtomicReference<hamish.ui.compare.CompareWindow> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.compare(List.of(documentId, second))));
        DocumentViewModel pane = opened.get().viewModel().panes().get(0);
        waitUntil(() -> pane.documentProperty().get() != null && !pane.loadingProperty().get() && pane.annotations().size() == 4);
        Annotation saras = pane.annotations().stream().filter(a -> a.author().equals("sara")).findFirst().orElseThrow();

        Platform.runLater(() -> pane.delete(saras.id()));
        press(dialog("takeoverDialog"), ButtonBar.ButtonData.CANCEL_CLOSE);
        try (Stores s = Stores.open(team)) {
            assertTrue(s.annotations().get(saras.id()).isPresent(), "declined: sara's annotation stays");
        }

        try (Stores omar = Stores.open(team, "omar")) {
            long place = omar.tags().list().stream().filter(t -> t.name().equalsIgnoreCase("Place")).findFirst().orElseThrow().id();
            annotate(omar, place, 3, "إسرائيل", "omar");
        }
        waitUntil(() -> pane.annotations().size() == 5);
        robot.interact(() -> opened.get().stage().close());
    }

    @Test
    void aCurationWindowOnATeamDatabaseShowsAnotherCuratorsNeither() throws Exception {
        String team = TeamDatabases.fresh();
        seed(team);
        start(team);
        robot.interact(window::curate);
        waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().getRoot().getProperties().get(hamish.ui.curation.CurationWindow.class) != null));
        hamish.ui.curation.CurationWindow curation = javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> (hamish.ui.curation.CurationWindow) w.getScene().getRoot().getProperties().get(hamish.ui.curation.CurationWindow.class))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        hamish.ui.curation.CurationViewModel vm = curation.viewModel();
        waitUntil(() -> vm.items().size() == 2 && "omar".equals(vm.userAProperty().get()) && "ranya".equals(vm.userBProperty().get()));

        // Another curator, in another Hamish, decides "neither" on omar's span: this window shows it without reopening.
        try (Stores other = Stores.open(team, "window")) {
            hamish.app.Curating curating = new hamish.app.Curating(other, new hamish.app.history.EditHistory(), Fixture.CLOCK);
            hamish.app.Curating.Item first = curating.items(documentId, "omar", "ranya").items().get(0);
            curating.accept(new hamish.app.Origin("curation window", "nadia"), documentId, "omar", "ranya", first,
                    hamish.app.Curating.Side.NEITHER).orElseThrow();
        }
        waitUntil(() -> vm.decided() == 1);
        assertEquals(hamish.ui.curation.CurationViewModel.State.NEITHER, vm.state(vm.items().get(0)));
        robot.interact(() -> curation.stage().close());
    }

    @Test
    void changingAnotherAnnotatorsAnnotationAsksFirstAndATakeoverIsUndone() throws Exception {
        Path db = dir.resolve("team.db");
        seed(db.toString());
        start(db.toString());
        Annotation saras = byAuthor("sara");

        // Cancel: nothing changes.
        Platform.runLater(() -> doc().changeNote(saras.id(), "ملاحظتي"));
        DialogPane ask = dialog("takeoverDialog");
        assertEquals("This annotation is sara's.", ask.getHeaderText());
        press(ask, ButtonBar.ButtonData.CANCEL_CLOSE);
        try (Stores s = Stores.open(db)) {
            Annotation stored = s.annotations().get(saras.id()).orElseThrow();
            assertEquals("sara", stored.author());
            assertEquals("", stored.note());
        }

        // Take it over: the note is written, the annotation is the user's.
        Platform.runLater(() -> doc().changeNote(saras.id(), "ملاحظتي"));
        press(dialog("takeoverDialog"), ButtonBar.ButtonData.OK_DONE);
        waitUntil(this::saved);
        try (Stores s = Stores.open(db)) {
            Annotation stored = s.annotations().get(saras.id()).orElseThrow();
            assertEquals("ranya", stored.author());
            assertEquals("ملاحظتي", stored.note());
        }
        assertEquals("ranya", doc().byId(saras.id()).orElseThrow().author());
        // Her own now: no question the second time.
        robot.interact(() -> doc().changeNote(saras.id(), "ملاحظتي الثانية"));
        waitUntil(() -> doc().byId(saras.id()).orElseThrow().note().equals("ملاحظتي الثانية"));
        assertTrue(robot.lookup("#takeoverDialog").tryQuery().isEmpty());

        robot.interact(doc()::undo);
        waitUntil(() -> doc().byId(saras.id()).orElseThrow().note().equals("ملاحظتي"));
        assertEquals("ranya", doc().byId(saras.id()).orElseThrow().author());
        // The takeover and the note it was for are one step: one undo gives sara her annotation back as it was.
        robot.interact(doc()::undo);
        waitUntil(() -> doc().byId(saras.id()).orElseThrow().author().equals("sara"));
        assertEquals("", doc().byId(saras.id()).orElseThrow().note());
        try (Stores s = Stores.open(db)) {
            Annotation stored = s.annotations().get(saras.id()).orElseThrow();
            assertEquals("sara", stored.author(), "the takeover is undone in the database");
            assertEquals("", stored.note());
        }
        robot.interact(doc()::redo);
        waitUntil(() -> doc().byId(saras.id()).orElseThrow().author().equals("ranya"));
        assertEquals("ملاحظتي", doc().byId(saras.id()).orElseThrow().note());

        // Deleting another's asks as well; taken over and deleted, one undo brings it back, omar's.
        Annotation omars = byAuthor("omar");
        Platform.runLater(() -> doc().delete(omars.id()));
        press(dialog("takeoverDialog"), ButtonBar.ButtonData.OK_DONE);
        waitUntil(() -> doc().byId(omars.id()).isEmpty());
        robot.interact(doc()::undo);
        waitUntil(() -> doc().byId(omars.id()).map(a -> a.author().equals("omar")).orElse(false));
        try (Stores s = Stores.open(db)) {
            assertEquals("omar", s.annotations().get(omars.id()).orElseThrow().author());
        }
    }

    @Test
    void aServerThatCannotBeReachedIsAMessageNotAStackTrace() throws Exception {
        AtomicReference<MainWindow> ready = new AtomicReference<>();
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new VBox(), 800, 600));
            s.show();
        });
        robot.interact(() -> HamishApp.open(stage, "postgresql://nobody@127.0.0.1:1/newsroom", new FxBackgroundExecutor(),
                Fixture.CLOCK, ready::set));
        waitUntil(() -> robot.lookup("#openFailed").tryQuery().isPresent());
        String message = label("openFailed");
        System.out.println("unreachable server: " + message);
        assertFalse(message.isBlank());
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\tat "), message);
        assertTrue(message.contains("127.0.0.1"), message);
    }

    @Test
    void aRoleTheServerDoesNotKnowIsAMessage() throws Exception {
        String url = TeamDatabases.fresh();
        String stranger = url.replaceFirst("postgresql://[^@]+@", "postgresql://no_such_annotator@");
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new VBox(), 800, 600));
            s.show();
        });
        robot.interact(() -> HamishApp.open(stage, stranger, new FxBackgroundExecutor(), Fixture.CLOCK, w -> { }));
        waitUntil(() -> robot.lookup("#openFailed").tryQuery().isPresent());
        String message = label("openFailed");
        System.out.println("unknown role: " + message);
        assertTrue(message.contains("no_such_annotator"), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void fileOpenDatabaseTakesATeamDatabaseAndAWrongAddressLeavesTheWindowAsItWas() throws Exception {
        Path db = dir.resolve("team.db");
        seed(db.toString());
        start(db.toString());
        MainWindow first = window;
        assertFalse(first.viewModel().session().onServer());

        robot.interact(() -> first.openDatabase("postgresql://nobody@127.0.0.1:1/newsroom"));
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ready.get() == first && stage.getScene().getRoot() == first.root(), "the file stays open");

        String url = TeamDatabases.fresh();
        seed(url);
        robot.interact(() -> first.openDatabase(url));
        waitUntil(() -> ready.get() != first);
        window = ready.get();
        assertTrue(window.viewModel().session().onServer());
        assertTrue(stage.getTitle().contains("hamish_test_"), stage.getTitle());
        // The file's window lock went with it: another window may open the file now.
        waitUntil(() -> {
            try {
                hamish.store.InstanceLock.acquire(db).close();
                return true;
            } catch (RuntimeException stillHeld) {
                return false;
            }
        });
    }

    @Test
    void aChangeThatLostTheRaceIsToldAndWhatWonIsShown() throws Exception {
        String url = TeamDatabases.fresh();
        seed(url);
        start(url);
        // The others' news is not heard here this time: the window still shows omar's annotation when it is edited.
        window.viewModel().session().setOnOthersChanged(tables -> { });
        Annotation mine = byAuthor("ranya");
        try (Stores other = Stores.open(url, "omar")) {
            other.annotations().delete(mine.id());
        }
        robot.interact(() -> doc().changeNote(mine.id(), "متأخرة"));
        waitUntil(() -> doc().byId(mine.id()).isEmpty());
        assertEquals(StoreSession.SaveState.FAILED, window.viewModel().session().saveStateProperty().get());
        assertEquals(3, doc().annotations().size(), "the window shows what the other user left");
    }

    @Test
    void onATeamDatabaseAnotherUsersAnnotationShowsWithinASecondWithoutMovingTheReader() throws Exception {
        String url = TeamDatabases.fresh();
        seed(url);
        start(url);

        assertTrue(stage.getTitle().endsWith(url.substring("postgresql://".length())) || stage.getTitle().contains("hamish_test_"),
                stage.getTitle());
        assertTrue(label("databaseLocation").contains("hamish_test_"), label("databaseLocation"));
        assertTrue(window.viewModel().session().onServer());

        // The reader scrolled to the middle, a word selected in it and an annotation chosen in the table.
        int middle = 60 * PARAGRAPH.length();
        robot.interact(() -> window.reader().scrollTo(middle));
        WaitForAsyncUtils.waitForFxEvents();
        Span word = new Span(middle + PARAGRAPH.indexOf("المحادثات"), middle + PARAGRAPH.indexOf("المحادثات") + "المحادثات".length());
        robot.interact(() -> window.reader().select(word));
        Annotation omars = byAuthor("omar");
        robot.interact(() -> doc().select(omars.id()));
        WaitForAsyncUtils.waitForFxEvents();
        double scroll = window.reader().scrollPosition();
        assertTrue(scroll > 0, "scrolled: " + scroll);

        // Another user, in another process as far as the server knows, tags a word in the middle.
        long written;
        Annotation hers;
        try (Stores other = Stores.open(url, "sara")) {
            long place = other.tags().list().stream().filter(t -> t.name().equalsIgnoreCase("Place")).findFirst().orElseThrow().id();
            hers = annotate(other, place, 60, "واشنطن", "sara");
            written = System.nanoTime();
        }
        waitUntil(() -> doc().byId(hers.id()).isPresent());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written);
        System.out.println("another user's annotation shown after " + millis + " ms");
        assertTrue(millis < 2000, "shown after " + millis + " ms");
        assertTrue(doc().highlightsProperty().get().stream().map(Highlight::annotationId).anyMatch(id -> id == hers.id()),
                "its highlight is drawn");
        assertEquals(scroll, window.reader().scrollPosition(), 0.5, "the reader did not move");
        assertEquals(word, window.reader().selectionProperty().get(), "the text selection stays");
        assertNotNull(doc().selectedProperty().get());
        assertEquals(omars.id(), doc().selectedProperty().get().id(), "the chosen annotation stays chosen");
        assertEquals(List.of("omar", "ranya", "sara"), List.copyOf(doc().authors()));

        // A second window on the same team database opens too (no lock on a server) and writes as its user.
        AtomicReference<MainWindow> second = new AtomicReference<>();
        Stage[] other = new Stage[1];
        robot.interact(() -> {
            other[0] = new Stage();
            other[0].setScene(new Scene(new VBox(), 900, 700));
            other[0].show();
            HamishApp.open(other[0], url, new FxBackgroundExecutor(), Fixture.CLOCK, second::set);
        });
        waitUntil(() -> second.get() != null);
        robot.interact(() -> second.get().close());
    }

    /** Another user corrects the open document's text: the window shows the new text with the moved highlights. */
    @Test
    void anotherUsersTextCorrectionReopensTheDocumentWithItsAnnotationsMoved() throws Exception {
        String url = TeamDatabases.fresh();
        seed(url);
        start(url);
        Annotation omars = byAuthor("omar");
        String corrected = "تصحيح: " + text;
        try (Stores other = Stores.open(url, "sara")) {
            new TextCorrection(other.database()).replaceText(documentId, corrected);
        }
        waitUntil(() -> doc().documentProperty().get().text().equals(corrected) && doc().annotationsReadProperty().get()
                && doc().byId(omars.id()).map(a -> a.span().start() == omars.span().start() + "تصحيح: ".length()).orElse(false));
        Annotation moved = doc().byId(omars.id()).orElseThrow();
        assertEquals("إسرائيل", corrected.substring(moved.span().start(), moved.span().end()), "the highlight is on the same word");
        assertTrue(doc().highlightsProperty().get().stream().anyMatch(h -> h.annotationId() == omars.id()
                && h.span().equals(moved.span())), "drawn where it now is");
        assertEquals(corrected, window.reader().getText(), "the reader shows the corrected text");
    }

    /** Issue 16's kill test, in the window: the server stops under it and comes back. */
    @Test
    void aWindowToldTheServerWentAwayWritesAgainAndHearsOthersOnceItIsBack() throws Exception {
        KillableServer server = KillableServer.fromEnvironment();
        String url = server.freshDatabase();
        seed(url);
        start(url);
        Annotation mine = byAuthor("ranya");

        Runnable restart = new ServerKill(server.data(), 0, "fast").stopNow();
        try {
            robot.interact(() -> doc().changeNote(mine.id(), "أثناء التوقف"));
            waitUntil(() -> window.viewModel().session().saveStateProperty().get() == StoreSession.SaveState.FAILED);
            waitUntil(() -> robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("team database"))
                    .tryQuery().isPresent());
            String told = robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("team database"))
                    .queryAs(Label.class).getText();
            System.out.println("the window said, the server down: " + told);
            assertTrue(told.contains("not saved") || told.contains("cannot reach"), told);
            assertFalse(told.contains("Exception"), "a message, not a stack trace: " + told);
        } finally {
            restart.run();
        }

        robot.interact(() -> doc().changeNote(mine.id(), "بعد العودة"));
        waitUntil(this::saved);
        try (Stores s = Stores.open(url, "check")) {
            assertEquals("بعد العودة", s.annotations().get(mine.id()).orElseThrow().note(), "written once the server is back");
        }
        // Its listener is back as well: another user's annotation still shows without a reload.
        Annotation hers;
        try (Stores other = Stores.open(url, "sara")) {
            long place = other.tags().list().stream().filter(t -> t.name().equalsIgnoreCase("Place")).findFirst().orElseThrow().id();
            hers = annotate(other, place, 30, "واشنطن", "sara");
        }
        waitUntil(() -> doc().byId(hers.id()).isPresent());
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
