package hamish.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hamish.store.ConcurrentChangeException;
import hamish.store.ConnectionLostException;
import hamish.store.StaleRowException;
import hamish.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the kill test that need no server: the restart's options and how a failed action is counted. */
class ServerKillTest {

    @Test
    void theRestartTakesTheOptionsTheServerWasStartedWithButItsDataFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("postmaster.opts"), "/usr/lib/postgresql/15/bin/postgres \"-D\" \"" + dir
                + "\" \"-p\" \"55460\" \"-k\" \"/tmp/pgkill\" \"-c\" \"listen_addresses=127.0.0.1\"\n");
        assertEquals(List.of("/usr/lib/postgresql/15/bin/postgres", "\"-p\"", "\"55460\"", "\"-k\"", "\"/tmp/pgkill\"", "\"-c\"",
                "\"listen_addresses=127.0.0.1\""), new ServerKill(dir, 2, "fast").startOptions());
    }

    @Test
    void failuresAreCountedByWhatTheyMean() {
        assertEquals(TeamLoad.Outcome.STALE, TeamLoad.classify(new StaleRowException("annotation", 1, Optional.empty())));
        assertEquals(TeamLoad.Outcome.CONCURRENT, TeamLoad.classify(new ConcurrentChangeException("another user …", null)));
        assertEquals(TeamLoad.Outcome.UNKNOWN, TeamLoad.classify(new ConnectionLostException("lost the connection to the team database x "
                + "while it was saving (…); the server did not confirm the save, so it may or may not have been kept: …", true, null)));
        assertEquals(TeamLoad.Outcome.LOST_NOT_SAVED, TeamLoad.classify(new ConnectionLostException("lost the connection to the team "
                + "database x (…); this action was not saved (the server drops an unfinished one). …", false, null)));
        assertEquals(TeamLoad.Outcome.LOST_NOT_SAVED, TeamLoad.classify(new StoreException("cannot reach the team database x: refused")));
        assertEquals(TeamLoad.Outcome.OTHER, TeamLoad.classify(new StoreException("x is locked by another program")));
    }
}
