package hamish.ui;

import hamish.ui.common.Notifier;
import hamish.ui.common.StoreSession;

import hamish.io.DefaultTags;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.ui.i18n.Messages;
import hamish.ui.task.DirectExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A database with the default tags and two short articles, and the window's view-models on it, run synchronously. */
public final class Fixture {

    public static final String TEXT = "قال وزير الخارجية إن إسرائيل ستواصل المحادثات في واشنطن.\n"
            + "وأكد الوزير أن اسرائيل لن تتراجع، وأن حكومة إسرائيل تريد الهدوء.\n";
    public static final String SECOND = "غزة: وقف إطلاق النار صامد لليوم الثالث.\n";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    public final Path db;
    public final long documentId;
    public final long secondId;
    public final List<String> infos = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public MainViewModel vm;

    private Fixture(Fixture existing) {
        db = existing.db;
        documentId = existing.documentId;
        secondId = existing.secondId;
    }

    /** The same database for a second session, as after restarting the app. */
    public Fixture reopened() {
        return new Fixture(this);
    }

    public Fixture(Path dir) {
        db = dir.resolve("test.db");
        try (Stores s = Stores.open(db)) {
            s.tags().ensureDefaults(DefaultTags.load());
            documentId = s.documents().insert(new Document(0, "إسرائيل تؤكد مواصلة المحادثات", "جريدة الاختبار",
                    LocalDate.of(2021, 6, 3), "ar", TEXT, "hash-1", CLOCK.instant())).id();
            secondId = s.documents().insert(new Document(0, "غزة بعد وقف إطلاق النار", "وكالة أخرى",
                    LocalDate.of(2021, 6, 4), "ar", SECOND, "hash-2", CLOCK.instant())).id();
        }
    }

    /** Opens the session and the view-models on the fixture database. */
    public MainViewModel open() {
        StoreSession session = new StoreSession(new DirectExecutor(), new Notifier() {
            @Override
            public void info(String message) {
                infos.add(message);
            }

            @Override
            public void error(String message) {
                errors.add(message);
            }
        });
        session.open(db, Startup::load, startup -> vm = new MainViewModel(session, startup,
                Messages.forLanguage(Messages.ENGLISH), CLOCK, "tester"), message -> { });
        if (vm == null) {
            throw new IllegalStateException("could not open " + db + ": " + errors);
        }
        return vm;
    }

    public Tag tag(String name) {
        return vm.catalog().tags().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    /** Reads the database on a separate connection: what a restart would see. */
    public <T> T stored(Function<Stores, T> read) {
        try (Stores s = Stores.open(db)) {
            return read.apply(s);
        }
    }

    public List<Annotation> storedAnnotations() {
        return stored(s -> s.annotations().forDocument(documentId));
    }
}
