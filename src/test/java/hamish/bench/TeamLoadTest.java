package hamish.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Revision;
import hamish.model.Span;
import hamish.store.ConcurrentChangeException;
import hamish.store.TeamDatabases;
import hamish.store.StaleRowException;
import hamish.store.Stores;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 16's load test, small: annotators at once on one PostgreSQL database; nothing acknowledged lost, every refusal typed. */
@Timeout(120)
class TeamLoadTest {

    @Test
    void threeAnnotatorsAtOnceLoseNothingAndEveryRefusalIsTyped() throws Exception {
        String db = TeamDatabases.fresh();
        TeamLoad.Result r = new TeamLoad(db, 3, 50, 7, 2).run(null, n -> { });

        assertEquals(150, r.ops().size());
        assertEquals(java.util.List.of(), r.verification().mismatches(), "every acknowledged write present and exact");
        assertEquals(r.verification().ackedPresent() + r.verification().ackedDeletedGone(),
                r.ops().stream().filter(o -> o.kind() == TeamLoad.Kind.INSERT && o.outcome() == TeamLoad.Outcome.ACK).count());
        for (TeamLoad.Op o : r.ops()) {
            if (o.outcome() != TeamLoad.Outcome.ACK) {
                assertTrue(o.failure() instanceof StaleRowException || o.failure() instanceof ConcurrentChangeException,
                        "a refusal is a lost race, reported as such: " + o.failure());
            }
        }
    }

    /** Two annotators edit one row from the same revision: the second is refused (stale), the first's edit stays. */
    @Test
    void aStaleEditIsRefusedAndTheFirstStays() {
        String db = TeamDatabases.fresh();
        try (Stores a = Stores.open(db, "a"); Stores b = Stores.open(db, "b")) {
            Annotation row = seed(a);
            long revision = a.annotations().revision(row.id()).orElseThrow().number();
            Instant now = Instant.parse("2026-12-03T12:00:00Z");
            a.annotations().updateFields(row, row.withNote("a's", now), revision, new Revision(0, "a", now));
            StaleRowException refused = org.junit.jupiter.api.Assertions.assertThrows(StaleRowException.class,
                    () -> b.annotations().updateFields(row, row.withNote("b's", now), revision, new Revision(0, "b", now)));
            assertTrue(refused.getMessage().contains("was changed by a"), refused.getMessage());
            assertEquals("a's", b.annotations().get(row.id()).orElseThrow().note());
        }
    }

    /**
     * Two transactions on one row at the same moment: the second waits for the first's row lock, and when the first
     * commits it is refused with {@link ConcurrentChangeException}, not written over the first.
     */
    @Test
    void aRaceOnOneRowIsRefusedAsAConcurrentChange() throws Exception {
        String db = TeamDatabases.fresh();
        try (Stores a = Stores.open(db, "a"); Stores b = Stores.open(db, "b")) {
            Annotation row = seed(a);
            long revision = a.annotations().revision(row.id()).orElseThrow().number();
            Instant now = Instant.parse("2026-12-03T12:00:00Z");
            CountDownLatch aWrote = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread first = new Thread(() -> a.inTransaction(() -> {
                a.annotations().updateFields(row, row.withNote("a's", now), revision, new Revision(0, "a", now));
                aWrote.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            first.start();
            assertTrue(aWrote.await(30, TimeUnit.SECONDS));
            AtomicReference<Throwable> second = new AtomicReference<>();
            Thread racer = new Thread(() -> {
                try {
                    b.annotations().updateFields(row, row.withNote("b's", now), revision, new Revision(0, "b", now));
                } catch (RuntimeException e) {
                    second.set(e);
                }
            });
            racer.start();
            Thread.sleep(300); // b's update is waiting for a's row lock now
            release.countDown();
            first.join();
            racer.join();
            assertInstanceOf(ConcurrentChangeException.class, second.get(), "the loser of the race is told so");
            assertEquals("a's", b.annotations().get(row.id()).orElseThrow().note());
        }
    }

    private static Annotation seed(Stores stores) {
        String text = "قال وزير الخارجية إن المفاوضات مستمرة";
        Document d = stores.documents().insert(new Document(0, "t", "o", null, "ar", text,
                hamish.bench.support.ContentHash.of(text), Instant.EPOCH));
        long tag = stores.tags().list().isEmpty()
                ? stores.tags().insert(new hamish.model.Tag(0, "T", hamish.model.TagKind.OTHER, null, "#000000", null)).id()
                : stores.tags().list().get(0).id();
        return stores.annotations().insert(Annotation.of(d.id(), text, new Span(4, 8), tag, "a", Instant.EPOCH));
    }
}
