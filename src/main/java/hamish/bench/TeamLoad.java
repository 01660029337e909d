package hamish.bench;

import hamish.bench.support.ArabicTextGenerator;
import hamish.bench.support.ContentHash;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Revision;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.ConcurrentChangeException;
import hamish.store.ConnectionLostException;
import hamish.store.StaleRowException;
import hamish.store.StoreException;
import hamish.store.Stores;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Issue 16's load test: simulated annotators, each a thread with its own {@link Stores} (its own connection) and its own
 * author name, insert, edit and delete annotations of one database at once, their own rows and each other's; every
 * acknowledged write and every refusal is recorded, and at the end the database is read back and compared with what was
 * acknowledged. Every write carries a unique marker in its note, so whatever is found in the database can be traced to
 * the action that wrote it (an acknowledged one, a refused one, one whose outcome is unknown).
 */
public final class TeamLoad {

    public enum Kind { INSERT, EDIT, DELETE }

    /**
     * What became of one action: acknowledged; refused because the row was at another revision (stale) or because another
     * writer's transaction won (concurrent); lost with the connection before its commit (the message says "not saved"); lost
     * while its commit was in flight (the message says it may or may not have been kept); any other error.
     */
    public enum Outcome { ACK, STALE, CONCURRENT, LOST_NOT_SAVED, UNKNOWN, OTHER }

    /** One action as the annotator saw it. {@code revision} and {@code written} only for an acknowledged one. */
    public record Op(int annotator, int seq, Kind kind, long id, boolean own, String marker, Outcome outcome, long revision,
                     Annotation written, double millis, long endNanos, String message, Throwable failure) {
    }

    /** What the verification found, by category; {@code mismatches} must be empty. */
    public record Verification(int rowsRead, int ackedPresent, int ackedDeletedGone, List<String> mismatches,
                               int unknownPresent, int unknownAbsent, List<String> unknownDetails) {
    }

    public record Result(String backend, int annotators, int per, List<Op> ops, double wallSeconds, Verification verification,
                         ServerKill.Report kill) {

        public long count(Outcome outcome) {
            return ops.stream().filter(o -> o.outcome() == outcome).count();
        }

        public long count(Kind kind, Outcome outcome) {
            return ops.stream().filter(o -> o.kind() == kind && o.outcome() == outcome).count();
        }

        public double actionsPerSecond() {
            return ops.size() / wallSeconds;
        }

        /** Percentile (0–100) of the acknowledged writes' latency, call to return (the commit included), in ms. */
        public double ackMillis(double percentile) {
            double[] millis = ops.stream().filter(o -> o.outcome() == Outcome.ACK).mapToDouble(Op::millis).sorted().toArray();
            if (millis.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, index))];
        }

        /** The distinct messages of actions that were neither acknowledged nor refused as lost races, with their counts. */
        public Map<String, Integer> otherMessages() {
            Map<String, Integer> messages = new TreeMap<>();
            for (Op o : ops) {
                if (o.outcome() == Outcome.LOST_NOT_SAVED || o.outcome() == Outcome.UNKNOWN || o.outcome() == Outcome.OTHER) {
                    messages.merge(o.outcome() + ": " + o.message(), 1, Integer::sum);
                }
            }
            return messages;
        }
    }

    /** What a thread knows of a row: its content and revision as last acknowledged (by anyone). */
    private record Known(Annotation annotation, long revision) {
    }

    private final String target;
    private final int annotators;
    private final int per;
    private final long seed;
    private final int documentCount;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();
    private final List<Long> pool = Collections.synchronizedList(new ArrayList<>());
    private final long[] hot = new long[32];
    private final AtomicInteger hotNext = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final String run;

    public TeamLoad(String target, int annotators, int per, long seed) {
        this(target, annotators, per, seed, 5);
    }

    public TeamLoad(String target, int annotators, int per, long seed, int documents) {
        this.target = target;
        this.annotators = annotators;
        this.per = per;
        this.seed = seed;
        this.documentCount = documents;
        this.run = Long.toString(System.currentTimeMillis(), 36);
    }

    /** Actions finished so far, over all annotators (for the server kill's timing). */
    public int done() {
        return done.get();
    }

    public Result run(ServerKill kill, IntConsumer progress) throws InterruptedException {
        List<Document> documents = new ArrayList<>();
        List<Long> tags = new ArrayList<>();
        String backend;
        try (Stores setup = Stores.open(target, "team bench")) {
            backend = setup.database().onServer() ? "PostgreSQL" : "SQLite";
            ArabicTextGenerator generator = new ArabicTextGenerator(seed);
            for (int i = 0; i < documentCount; i++) {
                String text = "تقرير " + run + "-" + i + "\n" + generator.article(12_000).strip();
                documents.add(setup.documents().insert(new Document(0, "team bench " + run + " " + i, "outlet-" + i, null, "ar",
                        text, ContentHash.of(text), Instant.EPOCH)));
            }
            for (Tag t : setup.tags().list()) {
                tags.add(t.id());
            }
            for (int i = tags.size(); i < 3; i++) {
                String name = "team-bench-" + i;
                tags.add(setup.tags().byName(name).orElseGet(() -> setup.tags().insert(new Tag(0, name, TagKind.OTHER, null,
                        "#3366cc", null))).id());
            }
        }
        List<List<Op>> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(annotators);
        CountDownLatch go = new CountDownLatch(1);
        for (int k = 0; k < annotators; k++) {
            List<Op> ops = new ArrayList<>(per);
            perThread.add(ops);
            Annotator a = new Annotator(k, documents, tags, ops, ready, go);
            Thread t = new Thread(a, "annotator-" + k);
            threads.add(t);
            t.start();
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        ServerKill.Report killReport = null;
        if (kill != null) {
            killReport = kill.runWhen(() -> done.get() >= annotators * per * 3 / 10, () -> done.get() >= annotators * per);
        }
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<Op> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        Verification verification = verify(documents, all);
        if (killReport != null) {
            killReport = killReport.withOps(all);
        }
        return new Result(backend, annotators, per, all, wall, verification, killReport);
    }

    private final class Annotator implements Runnable {
        private final int number;
        private final String author;
        private final List<Document> documents;
        private final List<Long> tags;
        private final List<Op> ops;
        private final CountDownLatch ready;
        private final CountDownLatch go;
        private final Random random;

        Annotator(int number, List<Document> documents, List<Long> tags, List<Op> ops, CountDownLatch ready, CountDownLatch go) {
            this.number = number;
            this.author = "annotator-" + number;
            this.documents = documents;
            this.tags = tags;
            this.ops = ops;
            this.ready = ready;
            this.go = go;
            this.random = new Random(seed * 1_000_003 + number);
        }

        @Override
        public void run() {
            try (Stores stores = Stores.open(target, author)) {
                stores.annotations().count(); // connected and warmed before the clock starts
                ready.countDown();
                go.await();
                for (int seq = 0; seq < per; seq++) {
                    Op op = act(stores, seq);
                    ops.add(op);
                    done.incrementAndGet();
                    if (op.outcome() == Outcome.LOST_NOT_SAVED || op.outcome() == Outcome.UNKNOWN || op.outcome() == Outcome.OTHER) {
                        Thread.sleep(200); // a user reads the message before the next action
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private Op act(Stores stores, int seq) {
            int dice = random.nextInt(100);
            Known target = dice < 70 ? null : pickTarget();
            if (target == null) {
                return insert(stores, seq);
            }
            return dice < 90 ? edit(stores, seq, target) : delete(stores, seq, target);
        }

        private Known pickTarget() {
            for (int attempt = 0; attempt < 5; attempt++) {
                long id;
                if (random.nextBoolean()) {
                    id = hot[random.nextInt(hot.length)];
                } else {
                    synchronized (pool) {
                        if (pool.isEmpty()) {
                            return null;
                        }
                        id = pool.get(random.nextInt(pool.size()));
                    }
                }
                Known k = id == 0 ? null : known.get(id);
                if (k != null) {
                    return k;
                }
            }
            return null;
        }

        private Op insert(Stores stores, int seq) {
            Document doc = documents.get(random.nextInt(documents.size()));
            String text = doc.text();
            int from = text.indexOf(' ', random.nextInt(text.length() - 40)) + 1;
            int to = text.indexOf(' ', from + 1);
            if (to <= from) {
                to = from + 1;
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String marker = marker(seq, "insert");
            Annotation draft = Annotation.of(doc.id(), text, new Span(from, to), tags.get(random.nextInt(tags.size())), author, now)
                    .withNote(marker, now);
            long s = System.nanoTime();
            try {
                Known stored = stores.inTransaction(() -> {
                    Annotation a = stores.annotations().insert(draft);
                    return new Known(a, stores.annotations().revision(a.id()).orElseThrow().number());
                });
                long e = System.nanoTime();
                learn(stored);
                pool.add(stored.annotation().id());
                hot[hotNext.getAndIncrement() & (hot.length - 1)] = stored.annotation().id();
                return new Op(number, seq, Kind.INSERT, stored.annotation().id(), true, marker, Outcome.ACK, stored.revision(),
                        stored.annotation(), (e - s) / 1e6, e, null, null);
            } catch (RuntimeException failure) {
                return failed(seq, Kind.INSERT, 0, true, marker, s, failure);
            }
        }

        private Op edit(Stores stores, int seq, Known target) {
            Annotation before = target.annotation();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String marker = marker(seq, "edit");
            Annotation after = before.withNote(marker, now);
            if (random.nextBoolean()) {
                long tag = tags.get(random.nextInt(tags.size()));
                after = after.withTag(tag, now);
            }
            Annotation change = after;
            boolean own = before.author().equals(author);
            long s = System.nanoTime();
            try {
                Known stored = stores.inTransaction(() -> {
                    Annotation a = stores.annotations().updateFields(before, change, target.revision(), new Revision(0, author, now));
                    return new Known(a, stores.annotations().revision(a.id()).orElseThrow().number());
                });
                long e = System.nanoTime();
                learn(stored);
                return new Op(number, seq, Kind.EDIT, before.id(), own, marker, Outcome.ACK, stored.revision(), stored.annotation(),
                        (e - s) / 1e6, e, null, null);
            } catch (RuntimeException failure) {
                return failed(seq, Kind.EDIT, before.id(), own, marker, s, failure);
            }
        }

        private Op delete(Stores stores, int seq, Known target) {
            long id = target.annotation().id();
            boolean own = target.annotation().author().equals(author);
            long s = System.nanoTime();
            try {
                stores.annotations().delete(id, target.revision());
                long e = System.nanoTime();
                known.remove(id);
                return new Op(number, seq, Kind.DELETE, id, own, null, Outcome.ACK, target.revision(), null, (e - s) / 1e6, e, null, null);
            } catch (RuntimeException failure) {
                return failed(seq, Kind.DELETE, id, own, null, s, failure);
            }
        }

        private Op failed(int seq, Kind kind, long id, boolean own, String marker, long start, RuntimeException failure) {
            long e = System.nanoTime();
            Outcome outcome = classify(failure);
            return new Op(number, seq, kind, id, own, marker, outcome, 0, null, (e - start) / 1e6, e, failure.getMessage(), failure);
        }

        private String marker(int seq, String what) {
            return "a" + number + "#" + seq + " " + what + " " + run;
        }
    }

    /** Keeps the newest acknowledged state of a row: acks of one row can be recorded out of order by two threads. */
    private void learn(Known k) {
        known.merge(k.annotation().id(), k, (old, now) -> now.revision() > old.revision() ? now : old);
    }

    static Outcome classify(RuntimeException failure) {
        if (failure instanceof StaleRowException) {
            return Outcome.STALE;
        }
        if (failure instanceof ConcurrentChangeException) {
            return Outcome.CONCURRENT;
        }
        if (failure instanceof ConnectionLostException lost) {
            return lost.outcomeUnknown() ? Outcome.UNKNOWN : Outcome.LOST_NOT_SAVED;
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (failure instanceof StoreException && message.contains("cannot reach")) {
            return Outcome.LOST_NOT_SAVED; // the reconnect before the action failed: nothing was sent
        }
        return Outcome.OTHER;
    }

    /** Reads every annotation of the bench's documents on one snapshot and compares them with the acknowledged writes. */
    private Verification verify(List<Document> documents, List<Op> ops) {
        Map<Long, Annotation> rows = new HashMap<>();
        Map<Long, Long> revisions = new HashMap<>();
        try (Stores stores = Stores.open(target, "team bench check")) {
            stores.readConsistently(() -> {
                for (Document d : documents) {
                    for (Annotation a : stores.annotations().forDocument(d.id())) {
                        rows.put(a.id(), a);
                    }
                    for (Annotation a : stores.annotations().orphans(d.id())) {
                        rows.put(a.id(), a);
                    }
                }
                for (long id : rows.keySet()) {
                    revisions.put(id, stores.annotations().revision(id).orElseThrow().number());
                }
                return null;
            });
        }
        Map<String, Op> byMarker = new HashMap<>();
        Map<Long, List<Op>> byId = new HashMap<>();
        for (Op o : ops) {
            if (o.marker() != null) {
                byMarker.put(o.marker(), o);
            }
            if (o.outcome() == Outcome.ACK || o.id() != 0) {
                byId.computeIfAbsent(o.id(), x -> new ArrayList<>()).add(o);
            }
        }
        List<String> mismatches = new ArrayList<>();
        List<String> unknownDetails = new ArrayList<>();
        Set<Op> unknownSeen = new HashSet<>();
        int ackedPresent = 0;
        int ackedGone = 0;
        Set<Long> ids = new HashSet<>(rows.keySet());
        byId.forEach((id, list) -> {
            if (list.stream().anyMatch(o -> o.kind() == Kind.INSERT && o.outcome() == Outcome.ACK)) {
                ids.add(id);
            }
        });
        for (long id : ids) {
            List<Op> list = byId.getOrDefault(id, List.of());
            Annotation row = rows.get(id);
            Optional<Op> ackedInsert = list.stream().filter(o -> o.kind() == Kind.INSERT && o.outcome() == Outcome.ACK).findFirst();
            boolean ackedDelete = list.stream().anyMatch(o -> o.kind() == Kind.DELETE && o.outcome() == Outcome.ACK);
            Op writer = row == null ? null : byMarker.get(row.note());
            if (ackedInsert.isEmpty()) {
                // Not acknowledged by anyone: only an insert whose outcome was unknown may explain it.
                if (writer != null && writer.outcome() == Outcome.UNKNOWN && writer.kind() == Kind.INSERT) {
                    unknownSeen.add(writer);
                    unknownDetails.add("insert " + writer.marker() + " (unknown outcome) is present as annotation " + id);
                } else {
                    mismatches.add("annotation " + id + " is present but no acknowledged insert created it (note '"
                            + (row == null ? "" : row.note()) + "', written by " + describe(writer) + ")");
                }
                continue;
            }
            if (ackedDelete) {
                if (row != null) {
                    mismatches.add("annotation " + id + " was deleted (acknowledged) but is present: " + row);
                } else {
                    ackedGone++;
                }
                continue;
            }
            Op last = list.stream().filter(o -> o.outcome() == Outcome.ACK && o.kind() != Kind.DELETE)
                    .max((a, b) -> Long.compare(a.revision(), b.revision())).orElseThrow();
            if (row == null) {
                Optional<Op> unknownDelete = list.stream().filter(o -> o.kind() == Kind.DELETE && o.outcome() == Outcome.UNKNOWN).findFirst();
                if (unknownDelete.isPresent()) {
                    unknownSeen.add(unknownDelete.get());
                    unknownDetails.add("delete of " + id + " by annotator-" + unknownDelete.get().annotator() + " (unknown outcome) took effect");
                } else {
                    mismatches.add("annotation " + id + " is missing; last acknowledged: " + last.written() + " at revision "
                            + last.revision() + "; actions on it: " + summary(list));
                }
                continue;
            }
            long revision = revisions.get(id);
            if (revision == last.revision() && row.equals(last.written())) {
                ackedPresent++;
                continue;
            }
            if (revision > last.revision() && writer != null && writer.outcome() == Outcome.UNKNOWN && writer.kind() == Kind.EDIT) {
                unknownSeen.add(writer);
                unknownDetails.add("edit " + writer.marker() + " of " + id + " (unknown outcome) took effect");
                continue;
            }
            mismatches.add("annotation " + id + " differs: in the database " + row + " at revision " + revision
                    + ", last acknowledged " + last.written() + " at revision " + last.revision() + "; note written by "
                    + describe(writer) + "; actions on it: " + summary(list));
        }
        int unknownAbsent = 0;
        for (Op o : ops) {
            if (o.outcome() == Outcome.UNKNOWN && !unknownSeen.contains(o)) {
                unknownAbsent++;
                unknownDetails.add(o.kind().toString().toLowerCase() + " " + (o.marker() == null ? "of " + o.id() : o.marker())
                        + " (unknown outcome) did not take effect");
            }
        }
        return new Verification(rows.size(), ackedPresent, ackedGone, mismatches, unknownSeen.size(), unknownAbsent, unknownDetails);
    }

    private static String describe(Op o) {
        return o == null ? "no action of this run" : "annotator-" + o.annotator() + "'s " + o.kind() + " #" + o.seq() + ", " + o.outcome()
                + (o.message() == null ? "" : " (" + o.message() + ")");
    }

    private static String summary(List<Op> list) {
        StringBuilder s = new StringBuilder();
        for (Op o : list) {
            s.append(String.format("[a%d#%d %s %s rev %d]", o.annotator(), o.seq(), o.kind(), o.outcome(), o.revision()));
        }
        return s.toString();
    }

    /** Counts of {@code ops} by kind and outcome, for a report. */
    static Map<String, Long> table(List<Op> ops) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            for (Outcome o : Outcome.values()) {
                long n = ops.stream().filter(op -> op.kind() == k && op.outcome() == o).count();
                if (n > 0) {
                    counts.put(k + " " + o, n);
                }
            }
        }
        return counts;
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
