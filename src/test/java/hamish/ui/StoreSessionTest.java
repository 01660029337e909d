package hamish.ui;

import hamish.ui.common.Notifier;
import hamish.ui.common.StoreSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.ui.task.DirectExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSessionTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();

    private final Notifier notifier = new Notifier() {
        @Override
        public void info(String message) {
        }

        @Override
        public void error(String message) {
            errors.add(message);
        }
    };

    @Test
    void aSecondWindowOnTheSameDatabaseIsRefusedAndTheFirstKeepsWorking() {
        Path db = dir.resolve("one.db");
        StoreSession first = new StoreSession(new DirectExecutor(), notifier);
        StoreSession second = new StoreSession(new DirectExecutor(), notifier);
        Object[] opened = new Object[1];
        first.open(db, stores -> stores.documents().count(), count -> opened[0] = count, message -> { });
        assertNotNull(opened[0], "the first window opens");

        String[] refusal = new String[1];
        second.open(db, stores -> stores.documents().count(), count -> { }, message -> refusal[0] = message);
        assertNotNull(refusal[0], "the second window is refused");
        assertTrue(refusal[0].contains("already open in another Hamish window"), refusal[0]);

        int[] count = {-1};
        first.read(stores -> stores.documents().count(), c -> count[0] = c);
        assertEquals(0, count[0], "the first window still reads");

        first.close();
        String[] reopened = new String[1];
        second.open(db, stores -> "ok", result -> reopened[0] = result, message -> { });
        assertEquals("ok", reopened[0], "after the first window closes, the database opens again");
        second.close();
    }
}
