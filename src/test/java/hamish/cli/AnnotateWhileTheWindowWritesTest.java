package hamish.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DefaultTags;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.InstanceLock;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hamish annotate --entity} while the window has the database open (its lock taken, its stores
 * open on the file, as StoreSession keeps them) and is in the middle of a short write: the command
 * waits for the write (busy_timeout) instead of failing, then finds the entity the window just created.
 */
class AnnotateWhileTheWindowWritesTest {

    private static final String TEXT = "قال أوستن إن المحادثات كانت مثمرة.";
    private static final long HOLD_MILLIS = 1500;

    @TempDir
    Path dir;

    @Test
    void annotateWaitsForTheWindowsShortWriteAndNamesTheEntityItCreated() throws Exception {
        Path db = dir.resolve("open-in-window.db");
        try (InstanceLock windowLock = InstanceLock.acquire(db); Stores window = Stores.open(db, "window")) {
            window.tags().ensureDefaults(DefaultTags.load());
            long documentId = window.documents().insert(new Document(0, "لقاء", "", null, "ar", TEXT, "hash", Instant.now())).id();

            CountDownLatch writing = new CountDownLatch(1);
            CompletableFuture<Entity> windowWrite = CompletableFuture.supplyAsync(() -> window.inTransaction(() -> {
                Entity created = window.entities().findOrCreate("أوستن", EntityType.PERSON, "main window").entity();
                writing.countDown();
                try {
                    Thread.sleep(HOLD_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return created;
            }));
            assertTrue(writing.await(10, TimeUnit.SECONDS), "the window's write did not start");

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = HamishCommand.commandLine(file -> {
                throw new AssertionError("the window must not open");
            });
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int start = TEXT.indexOf("أوستن");
            long began = System.nanoTime();
            int code = cl.execute("annotate", String.valueOf(documentId), "--db", db.toString(), "--start", String.valueOf(start),
                    "--end", String.valueOf(start + 5), "--tag", "Person", "--entity", "اوستن");
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

            Entity windowsEntity = windowWrite.get(10, TimeUnit.SECONDS);
            assertEquals(0, code, "annotate failed instead of waiting: " + err);
            assertTrue(waitedMillis >= HOLD_MILLIS - 300 && waitedMillis < 5000,
                    "annotate waited " + waitedMillis + " ms for a write of " + HOLD_MILLIS + " ms");
            Annotation saved = window.annotations().get(Long.parseLong(out.toString().strip())).orElseThrow();
            assertEquals(windowsEntity.id(), saved.entityId(), "the entity the window created is named, not a second one");
            assertEquals(1, window.entities().list().size());
        }
    }
}
