package hamish.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the window's store and file work runs. One implementation owns a single background thread
 * and hands results back on the FX thread; tests use {@link DirectExecutor}, which runs everything
 * on the calling thread, so view-models can be tested without a window and without waiting.
 */
public interface BackgroundExecutor {

    /** Runs {@code work} off the UI thread, then exactly one of the callbacks on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (for progress reported from background work). */
    void onUiThread(Runnable action);

    /** Finishes the queued work (so nothing already accepted is lost) and stops accepting more. */
    void shutdown();
}
