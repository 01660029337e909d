package hamish.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * With {@code -Dhamish.startupProbe=FILE} the window writes to FILE the wall-clock time (epoch ms) at which it
 * was first laid out on screen and at which it became interactive, each with the CPU time used by then, and
 * quits (with {@code -Dhamish.startupProbe.stay=true} it stays open, for a memory reading): what
 * {@code hamish bench start} reads from its child JVMs. Off by default; it only adds listeners and writes lines.
 */
public final class StartupProbe {

    public static final String PROPERTY = "hamish.startupProbe";
    public static final String STAY_PROPERTY = "hamish.startupProbe.stay";
    public static final String SHOWN = "startup-probe shown ";
    public static final String INTERACTIVE = "startup-probe interactive ";

    private StartupProbe() {
    }

    public static boolean enabled() {
        return !System.getProperty(PROPERTY, "").isEmpty();
    }

    /**
     * After the next pulse that lays out {@code scene}: records {@code line} (unless null) with the time, then
     * runs {@code andThen}.
     */
    public static void afterNextPulse(Scene scene, String line, Runnable andThen) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (line != null) {
                record(line);
            }
            andThen.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Interactive: the library is filled and the first document is in the reader, laid out by a pulse, with
     * nothing queued before it on the FX thread (the runLater after that pulse runs once the thread is idle).
     * Then the window closes as when the user quits.
     */
    static void whenInteractive(MainWindow window) {
        // The window's scene, not the reader's: a document read ahead is in the reader before the window's first pulse,
        // when the split pane's skin has not yet put the reader into the scene.
        Runnable report = () -> afterNextPulse(window.root().getScene(), null, () -> Platform.runLater(() -> {
            record(INTERACTIVE);
            if (!Boolean.getBoolean(STAY_PROPERTY)) {
                Platform.exit();
            }
        }));
        if (window.viewModel().document().documentProperty().get() != null
                || window.viewModel().library().allDocuments().isEmpty()) {
            report.run();
        } else {
            window.viewModel().document().documentProperty().addListener((o, a, d) -> {
                if (a == null && d != null) {
                    report.run();
                }
            });
        }
    }

    /**
     * Appends "PREFIX epochMillis cpu cpuMillis": the wall-clock time, and the CPU time this process has used so
     * far (all threads) in ms; on a busy machine the first depends on what else runs, the second hardly.
     */
    private static void record(String prefix) {
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        try {
            Files.writeString(Path.of(System.getProperty(PROPERTY)), prefix + System.currentTimeMillis() + " cpu " + cpu + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
