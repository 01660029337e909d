package hamish.ui.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hamish bench reader}: opens a generated ~1 MB article with highlights in a window and times the reader;
 * exit 1 when the cold open misses its limit.
 */
@Command(name = "reader", mixinStandardHelpOptions = true,
        description = {"Time the reader on a generated Arabic article: open to first pulse, viewport settled,",
                "a new highlight to the next pulse, FX-thread work while scrolling, jumps. Needs a display."})
public final class ReaderBenchCommand implements Callable<Integer> {

    /** Issue 15: the reader's cold first open of a 1 MB article. */
    static final double COLD_OPEN_LIMIT_MILLIS = 150;

    @Option(names = "--chars", description = "article size in chars (default: ${DEFAULT-VALUE})", defaultValue = "1000000")
    int chars;

    @Option(names = "--highlights", description = "highlights on the article (default: ${DEFAULT-VALUE})", defaultValue = "5000")
    int highlights;

    @Option(names = "--frames", description = "frames of scrolling, 80 px each (default: ${DEFAULT-VALUE})", defaultValue = "600")
    int frames;

    @Option(names = "--seed", description = "random seed of the article and highlights (default: ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @Option(names = "--first-in-jvm", description = "open the 1 MB article as the first thing this JVM's reader shows"
            + " (the start restoring it), not after a short article as the window's start leaves a user")
    boolean firstInJvm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ReaderBenchmark.Result r = new ReaderBenchmark(chars, highlights, frames, seed, !firstInJvm).run();
        out.printf("article: %,d chars, %,d paragraphs, %,d highlights%n", r.chars(), r.paragraphs(), r.highlights());
        out.printf("cold open (%s; as from the library: text and annotations read from SQLite, text and highlights to the reader)"
                + " -> first pulse: %.1f ms (limit < %.0f ms) %s; of which %.1f ms before the FX thread had the document; CPU: process %.0f ms, FX thread %.0f ms%n",
                r.afterShortArticle() ? "the first 1 MB article, after a short one as the window's start opens it and 1.5 s idle"
                        : "the first article this JVM's reader shows",
                r.coldOpenMillis(), COLD_OPEN_LIMIT_MILLIS, r.coldOpenMillis() < COLD_OPEN_LIMIT_MILLIS ? "PASS" : "FAIL", r.coldReadMillis(),
                r.coldCpuMillis(), r.coldFxCpuMillis());
        out.printf("   after that open: the annotations themselves (the table's rows) read after %.1f ms, the word count after %.1f ms%n",
                r.coldAllAnnotationsMillis(), r.coldWordCountMillis());
        out.printf("open: setText+setHighlights %.1f ms on the FX thread; first pulse after %.1f ms (FX-thread CPU %.1f ms);"
                + " viewport settled after %.1f ms; %d paragraph nodes%n",
                r.setTextMillis(), r.firstPulseMillis(), r.openCpuMillis(), r.settledMillis(), r.nodesAfterOpen());
        out.printf("new highlight -> end of next pulse's layout: median %.1f ms, max %.1f ms (%d runs)%n",
                ReaderBenchmark.median(r.annotateMillis()), ReaderBenchmark.max(r.annotateMillis()), r.annotateMillis().length);
        out.printf("   of which setHighlights: median %.1f ms, max %.1f ms; that pulse (timer to end of layout): median %.1f ms, max %.1f ms;"
                + " FX-thread CPU for both: median %.1f ms, max %.1f ms%n",
                ReaderBenchmark.median(r.annotateWorkMillis()), ReaderBenchmark.max(r.annotateWorkMillis()),
                ReaderBenchmark.median(r.annotatePulseMillis()), ReaderBenchmark.max(r.annotatePulseMillis()),
                ReaderBenchmark.median(r.annotateCpuMillis()), ReaderBenchmark.max(r.annotateCpuMillis()));
        out.printf("scrolling %d frames x 80 px: FX work per frame p95 %.1f ms, max %.1f ms (FX-thread CPU p95 %.1f ms, max %.1f ms); frame gap p95 %.1f ms, max %.1f ms%n",
                r.scrollWorkMillis().length + 1, ReaderBenchmark.p95(r.scrollWorkMillis()), ReaderBenchmark.max(r.scrollWorkMillis()),
                ReaderBenchmark.p95(r.scrollCpuMillis()), ReaderBenchmark.max(r.scrollCpuMillis()),
                ReaderBenchmark.p95(r.scrollGapMillis()), ReaderBenchmark.max(r.scrollGapMillis()));
        out.printf("jump (scrollTo a random offset) -> next pulse: median %.1f ms, max %.1f ms (%d runs)%n",
                ReaderBenchmark.median(r.jumpMillis()), ReaderBenchmark.max(r.jumpMillis()), r.jumpMillis().length);
        out.flush();
        return r.coldOpenMillis() < COLD_OPEN_LIMIT_MILLIS ? 0 : 1;
    }
}
