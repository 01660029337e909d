package hamish.ui.bench;

import hamish.app.Importing;
import hamish.bench.support.ArabicTextGenerator;
import hamish.bench.support.BenchFolder;
import hamish.bench.support.ContentHash;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Tag;
import hamish.store.Stores;
import hamish.ui.FxNotifier;
import hamish.ui.Startup;
import hamish.ui.annotations.DocumentViewModel;
import hamish.ui.common.Catalog;
import hamish.ui.common.StoreSession;
import hamish.ui.task.FxBackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import hamish.model.Span;
import hamish.text.Token;
import hamish.text.WordTokenizer;
import hamish.ui.reader.Highlight;
import hamish.ui.reader.HighlightStyle;
import hamish.ui.reader.ReaderText;
import hamish.ui.reader.ReaderView;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Opens a generated article of about 1 MB with thousands of highlights in a real window and times
 * the reader from the FX thread's point of view: pulses are observed with a post-layout pulse
 * listener while an animation timer keeps pulses coming. Paint happens on the render thread right
 * after the pulse's layout; the next pulse waits for it, so pulse-to-pulse gaps include painting.
 */
public final class ReaderBenchmark {

    private static final Color[] COLOURS = {Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"),
            Color.web("#CC79A7"), Color.web("#0072B2")};

    /**
     * Times in milliseconds. {@code coldOpenMillis}: the first article this JVM opens, as the window opens it from
     * the library (the document view-model reads the text and annotations from SQLite in the background, then the
     * reader gets text and highlights), from the open request to the first pulse after that;
     * {@code coldReadMillis} the part before the FX thread had the document; {@code coldCpuMillis} the process's CPU
     * time (all threads: store, FX, render, JIT, GC) over the same interval, {@code coldFxCpuMillis} the FX thread's;
     * {@code coldAllAnnotationsMillis} and {@code coldWordCountMillis} from the same request to when the annotations
     * themselves (the table's rows; read after the reader's first layout) and the word count were there. See {@link #coldOpenFromStore} for
     * {@code afterShortArticle}.
     */
    public record Result(int chars, int paragraphs, int highlights, boolean afterShortArticle, double coldOpenMillis, double coldReadMillis,
            double coldCpuMillis, double coldFxCpuMillis, double coldAllAnnotationsMillis, double coldWordCountMillis, double setTextMillis,
            double firstPulseMillis, double openCpuMillis, double settledMillis, int nodesAfterOpen, double[] annotateMillis,
            double[] annotateWorkMillis, double[] annotatePulseMillis, double[] annotateCpuMillis, double[] scrollWorkMillis,
            double[] scrollCpuMillis, double[] scrollGapMillis, double[] jumpMillis) {
    }

    private final int chars;
    private final int highlightCount;
    private final int scrollFrames;
    private final long seed;
    private final boolean afterShortArticle;
    private final List<long[]> pulses = new ArrayList<>(); // {nanoTime, paragraphLayouts, FX thread CPU time, process CPU time}
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Long> pulseStarts = new ArrayList<>();
    private ReaderView view;

    public ReaderBenchmark(int chars, int highlightCount, int scrollFrames, long seed, boolean afterShortArticle) {
        this.afterShortArticle = afterShortArticle;
        this.chars = chars;
        this.highlightCount = highlightCount;
        this.scrollFrames = scrollFrames;
        this.seed = seed;
    }

    public Result run() throws Exception {
        startFx();
        String text = new ArabicTextGenerator(seed).article(chars);
        List<Highlight> highlights = highlights(text, highlightCount, new Random(seed));
        fx(() -> {
            view = new ReaderView();
            Scene scene = new Scene(view, 1000, 800);
            scene.addPostLayoutPulseListener(() -> {
                synchronized (pulses) {
                    pulses.add(new long[] {System.nanoTime(), view.paragraphLayouts(), threads.getCurrentThreadCpuTime(), processCpuNanos()});
                }
            });
            Stage stage = new Stage();
            stage.setTitle("Reader benchmark");
            stage.setScene(scene);
            stage.show();
            return null;
        });
        AnimationTimer keepPulsing = new AnimationTimer() {
            @Override
            public void handle(long now) {
                // A running timer makes every frame a pulse, so the listener sees them all.
                synchronized (pulses) {
                    pulseStarts.add(System.nanoTime());
                }
            }
        };
        fx(() -> {
            keepPulsing.start();
            return null;
        });
        Thread.sleep(1500);

        // The first article a fresh JVM opens pays for class loading and JIT; an analyst opens many.
        String warmUp = new ArabicTextGenerator(seed + 7).article(chars);
        List<Highlight> warmUpHighlights = highlights(warmUp, highlightCount, new Random(seed + 7));
        long[] cold = coldOpenFromStore(warmUp, warmUpHighlights, afterShortArticle);
        Thread.sleep(1500);
        long[] coldPulse = firstPulseAfter(cold[2]);
        double coldOpen = millis(coldPulse[0] - cold[0]);
        double coldCpu = millis(coldPulse[3] - cold[3]);
        double coldFxCpu = millis(coldPulse[2] - cold[4]);

        long[] open = fx(() -> {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            view.setText(text);
            view.setHighlights(highlights);
            return new long[] {t, System.nanoTime(), cpu};
        });
        Thread.sleep(1500);
        long[] openPulse = firstPulseAfter(open[0]);
        double firstPulse = millis(openPulse[0] - open[0]);
        double openCpu = millis(openPulse[2] - open[2]);
        double settled = millis(settledAfter(open[0]) - open[0]);
        int nodes = fx(view::paragraphNodesCreated);
        int paragraphs = (int) text.chars().filter(c -> c == '\n').count() + 1;

        double[] annotate = new double[20];
        double[] annotateWork = new double[20];
        double[] annotatePulse = new double[20];
        double[] annotateCpu = new double[20];
        Random random = new Random(seed + 1);
        List<Highlight> growing = new ArrayList<>(highlights);
        for (int i = 0; i < annotate.length; i++) {
            int at = 200 + random.nextInt(800);
            Span span = new Span(at, at + 12);
            growing.add(new Highlight(1_000_000 + i, span, COLOURS[i % COLOURS.length], HighlightStyle.FILL));
            List<Highlight> next = List.copyOf(growing);
            long[] t = fx(() -> {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                view.setHighlights(next);
                return new long[] {start, System.nanoTime(), cpu};
            });
            Thread.sleep(100);
            long[] pulse = firstPulseAfter(t[0]);
            long pulseEnd = pulse[0];
            annotate[i] = millis(pulseEnd - t[0]);
            annotateWork[i] = millis(t[1] - t[0]);
            annotateCpu[i] = millis(pulse[2] - t[2]);
            annotatePulse[i] = millis(pulseEnd - pulseStartBefore(pulseEnd));
        }

        double[][] scroll = scroll();
        double[] jumps = new double[20];
        for (int i = 0; i < jumps.length; i++) {
            int offset = random.nextInt(text.length());
            long t = fx(() -> {
                long start = System.nanoTime();
                view.scrollTo(offset);
                return start;
            });
            Thread.sleep(150);
            jumps[i] = millis(firstPulseAfter(t)[0] - t);
        }
        fx(() -> {
            keepPulsing.stop();
            view.getScene().getWindow().hide();
            return null;
        });
        return new Result(text.length(), paragraphs, highlights.size(), afterShortArticle, coldOpen, millis(cold[1] - cold[0]), coldCpu, coldFxCpu,
                millis(cold[5] - cold[0]), millis(cold[6] - cold[0]),
                millis(open[1] - open[0]), firstPulse,
                openCpu, settled, nodes, annotate, annotateWork, annotatePulse, annotateCpu, scroll[0], scroll[1], scroll[2], jumps);
    }

    /**
     * Stores {@code text} with an annotation on each highlight's span in a fresh database, with a short article
     * (2,800 chars, 10 annotations) before it, opens the database as the window does and, on the FX thread, asks
     * the document view-model to open the article, whose text and highlights go to the reader as in the window.
     * With {@code afterShortArticle} the short article is opened first and the JVM left idle for 1.5 s, as the
     * window's start opens the library's last (or first) article before a user can click another: the figure is
     * then a user's first open of a 1 MB article. Without it, the 1 MB article is the first thing this JVM's
     * reader shows (the start restoring a 1 MB article). Returns the nano times of the request, of the document's
     * arrival on the FX thread and of the reader having both text and highlights, and the process CPU time
     * (all threads) and the FX thread's CPU time at the request.
     */
    private long[] coldOpenFromStore(String text, List<Highlight> spans, boolean afterShortArticle) throws Exception {
        BenchFolder work = new BenchFolder(null);
        Path db = work.resolve("reader.db");
        long id;
        long shortId;
        try (Stores stores = Stores.open(db)) {
            Importing.prepareFirstRun(stores);
            List<Tag> tags = stores.tags().list();
            String shortText = new ArabicTextGenerator(seed + 11).article(2_800);
            shortId = stores.documents().insert(new Document(0, "مقال قصير", "", null, "ar", shortText, ContentHash.of(shortText),
                    Instant.now())).id();
            List<Annotation> shortAnnotations = new ArrayList<>();
            for (Highlight h : highlights(shortText, 10, new Random(seed + 11))) {
                shortAnnotations.add(Annotation.of(shortId, shortText, h.span(), tags.get(0).id(), "bench", Instant.now()));
            }
            stores.annotations().insertAll(shortAnnotations);
            id = stores.documents().insert(new Document(0, "مقال طويل", "", null, "ar", text, ContentHash.of(text), Instant.now())).id();
            List<Annotation> annotations = new ArrayList<>(spans.size());
            for (Highlight h : spans) {
                annotations.add(Annotation.of(id, text, h.span(), tags.get((int) (h.annotationId() % tags.size())).id(), "bench", Instant.now()));
            }
            stores.annotations().insertAll(annotations);
        }
        CompletableFuture<DocumentViewModel> opened = new CompletableFuture<>();
        StoreSession[] sessions = new StoreSession[1];
        fx(() -> {
            StoreSession session = new StoreSession(new FxBackgroundExecutor(), new FxNotifier(view.getScene().getWindow(), "bench"));
            session.open(db, Startup::load, startup -> {
                Catalog catalog = new Catalog();
                catalog.tags().setAll(startup.tags());
                opened.complete(new DocumentViewModel(session, catalog, Clock.systemUTC(), "bench"));
            }, message -> opened.completeExceptionally(new IllegalStateException(message)));
            sessions[0] = session;
            return null;
        });
        DocumentViewModel doc = opened.get(60, TimeUnit.SECONDS);
        long[] times = new long[7];
        CompletableFuture<Void> allRead = new CompletableFuture<>();
        CompletableFuture<Void> counted = new CompletableFuture<>();
        fx(() -> {
            // Wired as MainWindow wires its reader.
            doc.documentProperty().addListener((o, a, d) -> {
                times[1] = System.nanoTime();
                view.setText(d == null ? ReaderText.of("") : doc.readerText(d));
            });
            doc.highlightsProperty().addListener((o, a, h) -> view.setHighlights(h));
            doc.setAfterFirstLayout(view::afterNextLayout);
            // After the timed open: when the annotation table's rows and the status line's word count are there.
            doc.annotationsReadProperty().addListener((o, a, read) -> {
                if (read && times[0] != 0 && times[5] == 0) {
                    times[5] = System.nanoTime();
                    allRead.complete(null);
                }
            });
            doc.wordCountProperty().addListener((o, a, words) -> {
                if (words.intValue() > 0 && times[0] != 0 && times[6] == 0) {
                    times[6] = System.nanoTime();
                    counted.complete(null);
                }
            });
            return null;
        });
        if (afterShortArticle) {
            CompletableFuture<Void> shortShown = new CompletableFuture<>();
            fx(() -> {
                doc.open(shortId, () -> shortShown.complete(null));
                return null;
            });
            shortShown.get(60, TimeUnit.SECONDS);
            Thread.sleep(1500);
        }
        CompletableFuture<long[]> shown = new CompletableFuture<>();
        fx(() -> {
            times[3] = processCpuNanos();
            times[4] = threads.getCurrentThreadCpuTime();
            times[0] = System.nanoTime();
            doc.open(id, () -> {
                times[2] = System.nanoTime();
                shown.complete(times);
            });
            return null;
        });
        long[] result = shown.get(60, TimeUnit.SECONDS);
        allRead.get(60, TimeUnit.SECONDS);
        counted.get(60, TimeUnit.SECONDS);
        fx(() -> {
            sessions[0].close();
            sessions[0].executor().shutdown();
            return null;
        });
        work.close();
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Scrolls 80 px per frame; returns per-frame FX work (timer to end of layout) in wall time and in
     * FX-thread CPU time (on a loaded machine the two differ by the time the thread waited for a
     * core), and the gaps between frames.
     */
    private double[][] scroll() throws Exception {
        double[] work = new double[scrollFrames];
        double[] cpu = new double[scrollFrames];
        double[] gaps = new double[scrollFrames];
        long[] frameStart = new long[scrollFrames];
        long[] frameCpu = new long[scrollFrames];
        CompletableFuture<Void> done = new CompletableFuture<>();
        int[] frame = {0};
        int from;
        synchronized (pulses) {
            from = pulses.size();
        }
        fx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) view.lookup(".virtual-flow");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (frame[0] == scrollFrames) {
                        stop();
                        done.complete(null);
                        return;
                    }
                    frameCpu[frame[0]] = threads.getCurrentThreadCpuTime();
                    frameStart[frame[0]++] = System.nanoTime();
                    flow.scrollPixels(80);
                }
            }.start();
            return null;
        });
        done.get(120, TimeUnit.SECONDS);
        List<long[]> seen;
        synchronized (pulses) {
            seen = new ArrayList<>(pulses.subList(from, pulses.size()));
        }
        for (int i = 0; i < scrollFrames; i++) {
            long start = frameStart[i];
            long[] end = seen.stream().filter(p -> p[0] >= start).findFirst().orElse(new long[] {start, 0, frameCpu[i]});
            work[i] = millis(end[0] - start);
            cpu[i] = millis(end[2] - frameCpu[i]);
            gaps[i] = i == 0 ? 0 : millis(frameStart[i] - frameStart[i - 1]);
        }
        return new double[][] {Arrays.copyOfRange(work, 1, work.length), Arrays.copyOfRange(cpu, 1, cpu.length),
                Arrays.copyOfRange(gaps, 2, gaps.length)};
    }

    private long[] firstPulseAfter(long t) {
        synchronized (pulses) {
            for (long[] p : pulses) {
                if (p[0] >= t) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("no pulse after the measured action");
    }

    private long pulseStartBefore(long t) {
        synchronized (pulses) {
            long best = t;
            for (long s : pulseStarts) {
                if (s <= t) {
                    best = s;
                }
            }
            return best;
        }
    }

    /** The first pulse after {@code t} after which no further paragraph layout happened. */
    private long settledAfter(long t) {
        synchronized (pulses) {
            long[] last = null;
            for (long[] p : pulses) {
                if (p[0] < t) {
                    continue;
                }
                if (last != null && p[1] == last[1]) {
                    return last[0];
                }
                last = p;
            }
        }
        throw new IllegalStateException("the viewport never settled");
    }

    /** Highlights on whole words, some nested or overlapping, in a few colours and all styles. */
    static List<Highlight> highlights(String text, int count, Random random) {
        List<Token> words = WordTokenizer.tokenize(text);
        List<Highlight> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int first = random.nextInt(words.size() - 4);
            int last = first + random.nextInt(4);
            HighlightStyle style = i % 10 == 0 ? HighlightStyle.DASHED : HighlightStyle.FILL;
            result.add(new Highlight(i + 1, new Span(words.get(first).start(), words.get(last).end()),
                    COLOURS[random.nextInt(COLOURS.length)], style));
        }
        return result;
    }

    static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void startFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already (tests, or the window launched the benchmark).
        }
        Platform.setImplicitExit(false);
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
        return result.get(60, TimeUnit.SECONDS);
    }
}
