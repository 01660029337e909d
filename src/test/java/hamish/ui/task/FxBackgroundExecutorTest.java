package hamish.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** An executor made before the toolkit starts works at once, but hands results to the FX thread only once told it runs. */
class FxBackgroundExecutorTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        // As the window tests start it: a toolkit started otherwise in the same JVM leaves their robot without keys.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void beforeTheToolkitWorkRunsAndItsResultWaits() throws InterruptedException {
        FxBackgroundExecutor executor = FxBackgroundExecutor.beforeToolkit();
        CountDownLatch worked = new CountDownLatch(1);
        CountDownLatch delivered = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();
        AtomicBoolean onFxThread = new AtomicBoolean();
        executor.submit(() -> {
            worked.countDown();
            return "opened";
        }, r -> {
            result.set(r);
            onFxThread.set(Platform.isFxApplicationThread());
            delivered.countDown();
        }, failure -> { });
        assertTrue(worked.await(10, TimeUnit.SECONDS), "the work starts before the toolkit is said to run");
        assertFalse(delivered.await(500, TimeUnit.MILLISECONDS), "its result waits for the toolkit");
        executor.toolkitStarted();
        assertTrue(delivered.await(10, TimeUnit.SECONDS));
        assertEquals("opened", result.get());
        assertTrue(onFxThread.get());
        executor.shutdown();
    }

    @Test
    void aFailureBeforeTheToolkitAlsoWaits() throws InterruptedException {
        FxBackgroundExecutor executor = FxBackgroundExecutor.beforeToolkit();
        CountDownLatch failed = new CountDownLatch(1);
        executor.submit(() -> {
            throw new IllegalStateException("locked");
        }, r -> { }, failure -> failed.countDown());
        assertFalse(failed.await(500, TimeUnit.MILLISECONDS));
        executor.toolkitStarted();
        assertTrue(failed.await(10, TimeUnit.SECONDS));
        executor.shutdown();
    }

    @Test
    void anExecutorForARunningToolkitDeliversAtOnce() throws InterruptedException {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        CountDownLatch delivered = new CountDownLatch(1);
        executor.submit(() -> 1, r -> delivered.countDown(), failure -> { });
        assertTrue(delivered.await(10, TimeUnit.SECONDS));
        executor.shutdown();
    }
}
