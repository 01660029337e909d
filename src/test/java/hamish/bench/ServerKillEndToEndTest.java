package hamish.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16's kill test, small, on a PostgreSQL server of its own ({@link KillableServer}) that it stops and starts
 * again under the writers. Every writer is told, none loses an acknowledged write,
 * and every one goes on writing once the server is back.
 */
@Timeout(180)
class ServerKillEndToEndTest {

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
        KillableServer server = KillableServer.fromEnvironment();
        return new TeamLoad(server.freshDatabase(), 4, 400, 11, 2).run(new ServerKill(server.data(), 1, mode), n -> { });
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
