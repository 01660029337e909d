package hamish.ui.task;

import java.util.concurrent.Callable;
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

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            thread.submit(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    Platform.runLater(() -> onFailure.accept(e));
                    return;
                }
                Platform.runLater(() -> onSuccess.accept(result));
            });
        } catch (RejectedExecutionException e) {
            onFailure.accept(e);
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
