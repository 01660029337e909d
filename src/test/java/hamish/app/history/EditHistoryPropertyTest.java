package hamish.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hamish.app.Annotating;
import hamish.app.Origin;
import hamish.io.DefaultTags;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random interleavings of edits, undos and redos in two windows (two scopes of one history) and of a
 * command-line writer (its own connection) never lose a committed change that was not itself undone.
 * The oracle is a model: each annotation's writes form a stack; an undo may only take its step off the
 * top, a redo may only put it back on the state it was taken from; everything else must be refused.
 * After every operation the database must hold exactly the model's top state.
 */
class EditHistoryPropertyTest {

    static final String TEXT = "قال غانتس إن أوستن وعد بدعم إضافي للبنتاغون في واشنطن.\n";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A row's fields that the operations change. */
    record State(String note, long tagId) {
    }

    /** One write on a row: the state it left and the step that wrote it (null: the command line). */
    static final class Write {
        final State state;
        final Integer step;

        Write(State state, Integer step) {
            this.state = state;
            this.step = step;
        }
    }

    record ModelStep(int id, long row, State state, String scope) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void noCommittedChangeIsLostThatWasNotItselfUndone(long seed) {
        Path db = dir.resolve("property-" + seed + ".db");
        try (Stores window = Stores.open(db, "window"); Stores cli = Stores.open(db, "command line")) {
            window.tags().ensureDefaults(DefaultTags.load());
            List<Long> tags = window.tags().list().stream().map(Tag::id).limit(3).toList();
            Document doc = window.documents().insert(new Document(0, "خبر", "أ", null, "ar", TEXT, "h", CLOCK.instant()));
            List<Long> rows = new ArrayList<>();
            Map<Long, Deque<Write>> model = new HashMap<>();
            for (String word : List.of("غانتس", "أوستن", "واشنطن")) {
                int at = TEXT.indexOf(word);
                Annotation a = cli.annotations().insert(Annotation.of(doc.id(), TEXT, new Span(at, at + word.length()),
                        tags.get(0), "cli", CLOCK.instant()));
                rows.add(a.id());
                model.computeIfAbsent(a.id(), k -> new ArrayDeque<>()).push(new Write(new State("", tags.get(0)), null));
            }
            EditHistory history = new EditHistory();
            Annotating annotating = new Annotating(window, history, CLOCK);
            List<Origin> scopes = List.of(Origin.of("main window"), new Origin("compare window 1", "compare pane 2"));
            Map<String, List<ModelStep>> undo = new HashMap<>();
            Map<String, List<ModelStep>> redo = new HashMap<>();
            Map<Integer, Write> base = new HashMap<>();
            Map<Integer, Write> taken = new HashMap<>();
            scopes.forEach(o -> {
                undo.put(o.scope(), new ArrayList<>());
                redo.put(o.scope(), new ArrayList<>());
            });
            Random random = new Random(seed);
            int refused = 0;
            int undone = 0;
            for (int op = 0; op < 300; op++) {
                Origin o = scopes.get(random.nextInt(scopes.size()));
                long row = rows.get(random.nextInt(rows.size()));
                int kind = random.nextInt(10);
                String where = "seed " + seed + ", operation " + op;
                if (kind < 3) {
                    State now = model.get(row).peek().state;
                    State next;
                    if (random.nextBoolean()) {
                        next = new State("n" + op, now.tagId());
                        annotating.changeNote(o, row, next.note());
                    } else {
                        long tag = tags.get((tags.indexOf(now.tagId()) + 1 + random.nextInt(tags.size() - 1)) % tags.size());
                        next = new State(now.note(), tag);
                        annotating.changeTag(o, row, tag);
                    }
                    ModelStep step = new ModelStep(op, row, next, o.scope());
                    model.get(row).push(new Write(next, op));
                    undo.get(o.scope()).add(step);
                    redo.get(o.scope()).clear();
                } else if (kind < 5) {
                    Annotation seen = cli.annotations().get(row).orElseThrow();
                    cli.annotations().update(seen.withNote("cli" + op, CLOCK.instant()));
                    model.get(row).push(new Write(new State("cli" + op, seen.tagId()), null));
                } else if (kind < 8) {
                    List<ModelStep> list = undo.get(o.scope());
                    ModelStep step = list.isEmpty() ? null : list.remove(list.size() - 1);
                    boolean expected = step != null && step.id() == topStep(model.get(step.row()));
                    Optional<Boolean> done = attempt(() -> annotating.undo(o));
                    if (step == null) {
                        assertEquals(Optional.of(false), done, where + ": nothing to undo");
                        continue;
                    }
                    assertEquals(expected ? Optional.of(true) : Optional.empty(), done, where + ": undo of step " + step.id());
                    if (expected) {
                        taken.put(step.id(), model.get(step.row()).pop());
                        base.put(step.id(), model.get(step.row()).peek());
                        redo.get(o.scope()).add(step);
                        undone++;
                    } else {
                        refused++;
                    }
                } else {
                    List<ModelStep> list = redo.get(o.scope());
                    ModelStep step = list.isEmpty() ? null : list.remove(list.size() - 1);
                    Optional<Boolean> done = attempt(() -> annotating.redo(o));
                    if (step == null) {
                        assertEquals(Optional.of(false), done, where + ": nothing to redo");
                        continue;
                    }
                    boolean expected = model.get(step.row()).peek() == base.get(step.id());
                    assertEquals(expected ? Optional.of(true) : Optional.empty(), done, where + ": redo of step " + step.id());
                    if (expected) {
                        // The very write that undo took off: a later step that sat on it may be redone on it again.
                        model.get(step.row()).push(taken.get(step.id()));
                        undo.get(o.scope()).add(step);
                    } else {
                        refused++;
                    }
                }
                for (long id : rows) {
                    Annotation stored = window.annotations().get(id).orElseThrow();
                    assertEquals(model.get(id).peek().state, new State(stored.note(), stored.tagId()), where + ": annotation " + id);
                }
            }
            assertTrue(undone > 10 && refused > 3, "the run exercised undo (" + undone + ") and refusal (" + refused + ")");
        }
    }

    private static int topStep(Deque<Write> writes) {
        Integer step = writes.peek().step;
        return step == null ? -1 : step;
    }

    /** Present true: applied; present false: nothing to do; empty: refused. */
    private static Optional<Boolean> attempt(java.util.function.Supplier<Optional<Change>> action) {
        try {
            return Optional.of(action.get().isPresent());
        } catch (UndoRefusedException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            fail("unexpected failure", e);
            return Optional.empty();
        }
    }
}
