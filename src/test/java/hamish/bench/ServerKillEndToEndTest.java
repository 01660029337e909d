package hamish.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.store.TeamDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16's kill test, small, on a PostgreSQL server of its own that it stops and starts again under the writers
 * ({@code .ci/run} starts it and names it in HAMISH_TEST_KILL_POSTGRES and its data folder in HAMISH_TEST_KILL_PGDATA;
 * stopping the server every other test uses would fail them). Every writer is told, none loses an acknowledged write,
 * and every one goes on writing once the server is back.
 */
@Timeout(180)
class ServerKillEndToEndTest {

    private static final String SERVER = "HAMISH_TEST_KILL_POSTGRES";
    private static final String DATA = "HAMISH_TEST_KILL_PGDATA";

    @Test
    void aServerStoppedAndStartedUnderFourWritersLosesNothingAcknowledged() throws Exception {
        TeamLoad.Result r = loadWithKill("fast");
        assertNothingLostAndEveryWriterWentOn(r);
    }

    /** Without a clean shutdown: the server recovers from its log at start; a commit in flight may be unknown, never lost silently. */
    @Test
    void anImmediateStopWithRecoveryLosesNothingAcknowledgedEither() throws Exception {
        TeamLoad.Result r = loadWithKill("immediate");
        assertNothingLostAndEveryWriterWentOn(r);
        assertEquals(r.count(TeamLoad.Outcome.UNKNOWN), r.verification().unknownPresent() + r.verification().unknownAbsent(),
                "every action whose outcome the writer was told is unknown was looked for");
    }

    private static TeamLoad.Result loadWithKill(String mode) throws Exception {
        String server = System.getenv(SERVER);
        String data = System.getenv(DATA);
        if (server == null || server.isBlank() || data == null || data.isBlank()) {
            String why = SERVER + " and " + DATA + " are not set: no PostgreSQL server of its own to stop and start";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + ", but CI=true: .ci/run should have started one");
            }
            Assumptions.abort(why);
        }
        Assumptions.assumeTrue(Files.isDirectory(Path.of(data)), DATA + " is not a folder: " + data);
        String db = TeamDatabases.freshOn(server.strip(), SERVER);
        return new TeamLoad(db, 4, 400, 11, 2).run(new ServerKill(Path.of(data.strip()), 1, mode), n -> { });
    }

    private static void assertNothingLostAndEveryWriterWentOn(TeamLoad.Result r) {
        assertEquals(List.of(), r.verification().mismatches(), "every acknowledged write present and exact after the restart");
        long told = r.count(TeamLoad.Outcome.LOST_NOT_SAVED) + r.count(TeamLoad.Outcome.UNKNOWN);
        assertTrue(told > 0, "the writers were told the server went away: " + r.otherMessages());
        assertEquals(0, r.count(TeamLoad.Outcome.OTHER), "no failure without a clear meaning: " + r.otherMessages());
        for (TeamLoad.Op o : r.ops()) {
            if (o.outcome() == TeamLoad.Outcome.LOST_NOT_SAVED || o.outcome() == TeamLoad.Outcome.UNKNOWN) {
                assertTrue(o.message().contains("team database"), "the message names what went wrong: " + o.message());
                assertTrue(!o.message().contains("Exception") && !o.message().contains("\tat "), "a message, not a stack trace: " + o.message());
            }
        }
        assertTrue(r.kill().everyWriterContinued(), "each writer wrote again after the restart: " + r.kill().writers());
    }
}
