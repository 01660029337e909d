package hamish.ui.bench;

import hamish.ui.task.BackgroundExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The window's executor with a stopwatch around it: passes every task to the real executor unchanged and notes
 * when its work ran (on the store's thread) and when its callback ran (on the FX thread, with that thread's CPU
 * time), so a benchmark sees what one user action cost each thread, follow-up reads included.
 */
final class RecordingExecutor implements BackgroundExecutor {

    /** One submitted task; nanoTime stamps, 0 until reached. */
    static final class Task {
        volatile long workStart;
        volatile long workEnd;
        volatile long callbackStart;
        volatile long callbackEnd;
        volatile long callbackCpu;
    }

    private final BackgroundExecutor real;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Task> tasks = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean recording;

    RecordingExecutor(BackgroundExecutor real) {
        this.real = real;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task task = new Task();
        if (recording) {
            synchronized (tasks) {
                tasks.add(task);
            }
        }
        inFlight.incrementAndGet();
        real.submit(() -> {
            task.workStart = System.nanoTime();
            try {
                return work.call();
            } finally {
                task.workEnd = System.nanoTime();
            }
        }, result -> timed(task, () -> onSuccess.accept(result)), failure -> timed(task, () -> onFailure.accept(failure)));
    }

    private void timed(Task task, Runnable callback) {
        long cpu = threads.getCurrentThreadCpuTime();
        task.callbackStart = System.nanoTime();
        try {
            callback.run();
        } finally {
            task.callbackEnd = System.nanoTime();
            task.callbackCpu = threads.getCurrentThreadCpuTime() - cpu;
            inFlight.decrementAndGet();
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        real.onUiThread(action);
    }

    @Override
    public void shutdown() {
        real.shutdown();
    }

    /** Forgets what was recorded and records every task submitted from now on. */
    void startRecording() {
        synchronized (tasks) {
            tasks.clear();
        }
        recording = true;
    }

    /** The tasks submitted since {@link #startRecording()}, in submission order. */
    List<Task> recorded() {
        synchronized (tasks) {
            return List.copyOf(tasks);
        }
    }

    /** Tasks whose callback has not finished yet. */
    int inFlight() {
        return inFlight.get();
    }
}
