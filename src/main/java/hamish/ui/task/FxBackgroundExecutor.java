package hamish.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread for all database and file work. A single thread keeps every store call in
 * submission order (an edit can never overtake the insert it edits) and SQLite sees one writer.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hamish-store");
        t.setDaemon(true);
        return t;
    });
    // Open until the FX toolkit runs: work may start before it, its results wait for it.
    private final CountDownLatch toolkitStarted;

    /** An executor for a running FX toolkit. */
    public FxBackgroundExecutor() {
        this(false);
    }

    private FxBackgroundExecutor(boolean beforeToolkit) {
        toolkitStarted = new CountDownLatch(beforeToolkit ? 1 : 0);
    }

    /**
     * An executor created before the FX toolkit starts, so that the database opens while the toolkit does: its
     * results are handed to the FX thread once {@link #toolkitStarted()} has been called.
     */
    public static FxBackgroundExecutor beforeToolkit() {
        return new FxBackgroundExecutor(true);
    }

    /** The FX toolkit runs: results of work done so far, and all later ones, go to the FX thread. */
    public void toolkitStarted() {
        toolkitStarted.countDown();
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            thread.submit(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    awaitToolkit();
                    Platform.runLater(() -> onFailure.accept(e));
                    return;
                }
                awaitToolkit();
                Platform.runLater(() -> onSuccess.accept(result));
            });
        } catch (RejectedExecutionException e) {
            onFailure.accept(e);
        }
    }

    private void awaitToolkit() {
        try {
            toolkitStarted.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void shutdown() {
        thread.shutdown();
        try {
            // Bounded: a database stuck behind another process's lock must not hang the exit forever.
            thread.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
