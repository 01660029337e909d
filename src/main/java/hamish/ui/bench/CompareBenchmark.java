package hamish.ui.bench;

import hamish.bench.support.BenchFolder;
import hamish.bench.support.CompareCase;
import hamish.model.Annotation;
import hamish.model.Entity;
import hamish.store.Stores;
import hamish.ui.MainViewModel;
import hamish.ui.common.Notifier;
import hamish.ui.Startup;
import hamish.ui.common.StoreSession;
import hamish.ui.compare.CompareViewModel;
import hamish.ui.compare.CompareWindow;
import hamish.ui.i18n.Messages;
import hamish.ui.task.FxBackgroundExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;

/**
 * "Accept all" of thousands of proposed mentions in a real compare window of four panes, on a real session and
 * the real background executor (wrapped in a stopwatch). Each run builds a fresh database, opens the window,
 * finds the mentions, counts the list changes the acceptance fires and times both threads: the store's write,
 * then on the FX thread every callback it caused (the write's, the table reloads after it) and every pulse
 * until the first one laid out after the last of them. An animation timer keeps pulses coming, as in
 * {@link ReaderBenchmark}, so each pulse is seen from its start to the end of its layout.
 */
public final class CompareBenchmark {

    /** One acceptance; times in milliseconds. */
    public record Run(int accepted, int stored, double storeMillis, double queuedMillis, double writeCallbackMillis,
            double followUpCallbackMillis, int followUps, double pulseMillis, int pulses, double fxCpuMillis,
            double shownMillis, double paintedMillis, List<Integer> paneEvents, int proposalEvents, int rankingEvents,
            int entityListEvents) {

        /** FX-thread time the acceptance cost: every callback it caused and every pulse until it was laid out. */
        public double fxMillis() {
            return writeCallbackMillis + followUpCallbackMillis + pulseMillis;
        }
    }

    private static final int PANES = 4;
    // The measuring timer makes a pulse of every frame; one that only ran the timer (no callback before it, less
    // CPU than this) is the benchmark's own, not the acceptance's. Under half a millisecond: a pulse that laid
    // out anything (another step of the readers' viewport) costs more.
    private static final long IDLE_PULSE_CPU_NANOS = 500_000;

    private final int proposals;
    private final int chars;
    private final long seed;
    private final Path dir;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // {start nanos, end of layout nanos, FX CPU at start, FX CPU at end of layout}, while measuring.
    private final List<long[]> pulses = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean measuring;

    public CompareBenchmark(int proposals, int chars, long seed, Path dir) {
        this.proposals = proposals;
        this.chars = chars;
        this.seed = seed;
        this.dir = dir;
    }

    /** One acceptance on a fresh database in a fresh window. */
    public Run run(int index) throws Exception {
        startFx();
        try (BenchFolder folder = new BenchFolder(dir)) {
            Path db = folder.resolve("compare.db");
            CompareCase generated;
            try (Stores s = Stores.open(db)) {
                generated = CompareCase.create(s, PANES, proposals, chars, seed + index);
            }
            RecordingExecutor executor = new RecordingExecutor(new FxBackgroundExecutor());
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            StoreSession session = new StoreSession(executor, new Notifier() {
                @Override
                public void info(String message) {
                }

                @Override
                public void error(String message) {
                    errors.add(message);
                }
            });
            CompareWindow window = open(session, db, generated);
            try {
                return acceptAll(window, executor, generated, db, errors);
            } finally {
                fx(() -> {
                    window.stage().close();
                    return null;
                });
                session.close();
                executor.shutdown();
            }
        }
    }

    private CompareWindow open(StoreSession session, Path db, CompareCase generated) throws Exception {
        CompletableFuture<CompareWindow> opened = new CompletableFuture<>();
        fx(() -> {
            session.open(db, Startup::load, startup -> {
                MainViewModel main = new MainViewModel(session, startup, Messages.forLanguage(Messages.ENGLISH), Clock.systemUTC(), "bench");
                CompareWindow window = new CompareWindow(null, main.compare(PANES), main.messages());
                window.show(generated.documentIds(), () -> opened.complete(window));
                // The main window would lend its stylesheet; without an owner the compare window is given it here.
                window.stage().getScene().getStylesheets().add(
                        Objects.requireNonNull(CompareBenchmark.class.getResource("/css/app-light.css")).toExternalForm());
            }, message -> opened.completeExceptionally(new IllegalStateException(message)));
            return null;
        });
        return opened.get(120, TimeUnit.SECONDS);
    }

    private Run acceptAll(CompareWindow window, RecordingExecutor executor, CompareCase generated, Path db, List<String> errors)
            throws Exception {
        CompareViewModel vm = window.viewModel();
        fx(() -> {
            Entity entity = vm.rankedEntities().stream().filter(e -> e.id() == generated.entity().id()).findFirst().orElseThrow();
            window.entityList().getSelectionModel().select(entity);
            vm.findMentions();
            return null;
        });
        waitFor(() -> fxQuietly(() -> vm.proposals().size()) > 0, "no mentions were proposed");
        int found = fx(() -> vm.proposals().size());
        if (found != generated.mentions()) {
            throw new IllegalStateException("the generated case has " + generated.mentions() + " mentions but " + found + " were proposed");
        }

        AtomicInteger proposalEvents = new AtomicInteger();
        AtomicInteger rankingEvents = new AtomicInteger();
        AtomicInteger entityListEvents = new AtomicInteger();
        List<AtomicInteger> paneEvents = new ArrayList<>();
        AnimationTimer pulseStarts = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (measuring) {
                    pulses.add(new long[] {System.nanoTime(), 0, threads.getCurrentThreadCpuTime(), 0});
                }
            }
        };
        Runnable pulseLaidOut = () -> {
            synchronized (pulses) {
                if (measuring && !pulses.isEmpty()) {
                    long[] last = pulses.get(pulses.size() - 1);
                    if (last[1] == 0) {
                        last[1] = System.nanoTime();
                        last[3] = threads.getCurrentThreadCpuTime();
                    }
                }
            }
        };
        fx(() -> {
            for (var pane : vm.panes()) {
                AtomicInteger n = new AtomicInteger();
                paneEvents.add(n);
                pane.annotations().addListener(counting(n));
            }
            vm.proposals().addListener(counting(proposalEvents));
            vm.rankedEntities().addListener(counting(rankingEvents));
            window.entityList().getItems().addListener(counting(entityListEvents));
            Scene scene = window.stage().getScene();
            scene.addPostLayoutPulseListener(pulseLaidOut);
            pulseStarts.start();
            return null;
        });
        // Let the window finish showing the proposals before the measured action.
        Thread.sleep(1000);
        pulses.clear();
        executor.startRecording();
        measuring = true;
        long started = fx(() -> {
            long t = System.nanoTime();
            vm.acceptAll(List.copyOf(vm.proposals()));
            return t;
        });
        waitFor(() -> painted(executor) != null, "the accepted mentions were never shown");
        measuring = false;
        fx(() -> {
            pulseStarts.stop();
            window.stage().getScene().removePostLayoutPulseListener(pulseLaidOut);
            return null;
        });
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the window reported: " + errors);
        }
        return measured(executor, started, generated, db, paneEvents, proposalEvents.get(), rankingEvents.get(), entityListEvents.get());
    }

    private Run measured(RecordingExecutor executor, long started, CompareCase generated, Path db, List<AtomicInteger> paneEvents,
            int proposalEvents, int rankingEvents, int entityListEvents) {
        List<RecordingExecutor.Task> tasks = executor.recorded();
        RecordingExecutor.Task write = tasks.get(0);
        long[][] shown = painted(executor);
        long[] content = shown[0];
        double followUps = 0;
        long cpu = write.callbackCpu;
        for (RecordingExecutor.Task t : tasks.subList(1, tasks.size())) {
            followUps += millis(t.callbackEnd - t.callbackStart);
            cpu += t.callbackCpu;
        }
        double pulseWork = 0;
        int pulseCount = 0;
        List<Long> callbackEnds = tasks.stream().map(t -> t.callbackEnd).sorted().toList();
        synchronized (pulses) {
            long previous = write.callbackStart;
            for (long[] p : pulses) {
                if (p[0] >= write.callbackStart && p[0] <= content[0] && p[1] != 0 && (laysOutACallback(callbackEnds, previous, p[0])
                        || p[3] - p[2] >= IDLE_PULSE_CPU_NANOS)) {
                    pulseWork += millis(p[1] - p[0]);
                    cpu += p[3] - p[2];
                    pulseCount++;
                }
                previous = p[0];
            }
        }
        int stored;
        try (Stores s = Stores.open(db)) {
            stored = (int) generated.documentIds().stream().flatMap(id -> s.annotations().forDocument(id).stream())
                    .map(Annotation::entityId).filter(e -> e != null && e == generated.entity().id()).count();
        }
        return new Run(generated.mentions(), stored, millis(write.workEnd - write.workStart), millis(write.workStart - started),
                millis(write.callbackEnd - write.callbackStart), followUps, tasks.size() - 1, pulseWork, pulseCount, cpu / 1e6,
                millis(content[1] - started), millis(shown[1][0] - started),
                paneEvents.stream().map(AtomicInteger::get).toList(), proposalEvents, rankingEvents, entityListEvents);
    }

    /** Whether a callback ended between the previous pulse and this one: this pulse lays out what it changed. */
    private static boolean laysOutACallback(List<Long> callbackEnds, long previousPulse, long pulse) {
        return callbackEnds.stream().anyMatch(end -> end >= previousPulse && end <= pulse);
    }

    /**
     * Once every task the acceptance caused has called back: the first pulse laid out after the last callback
     * (everything is then in the scene graph) and the pulse after it, which starts only once the renderer
     * has painted the first. Null until both happened.
     */
    private long[][] painted(RecordingExecutor executor) {
        List<RecordingExecutor.Task> tasks = executor.recorded();
        if (tasks.isEmpty() || executor.inFlight() > 0) {
            return null;
        }
        long lastCallback = tasks.stream().mapToLong(t -> t.callbackEnd).max().orElseThrow();
        synchronized (pulses) {
            for (int i = 0; i + 1 < pulses.size(); i++) {
                if (pulses.get(i)[0] >= lastCallback && pulses.get(i)[1] != 0) {
                    return new long[][] {pulses.get(i), pulses.get(i + 1)};
                }
            }
        }
        return null;
    }

    private static <T> ListChangeListener<T> counting(AtomicInteger events) {
        return c -> events.incrementAndGet();
    }

    private static void waitFor(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure + " (waited 120 s)");
            }
            Thread.sleep(5);
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void startFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Up already: an earlier run, or the window launched the benchmark.
        }
        Platform.setImplicitExit(false);
    }

    private static <T> T fxQuietly(Callable<T> work) {
        try {
            return fx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
