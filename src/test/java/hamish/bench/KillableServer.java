package hamish.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the kill tests may stop and start: its URL in HAMISH_TEST_KILL_POSTGRES and its data folder in
 * HAMISH_TEST_KILL_PGDATA ({@code .ci/run} starts it). Not the server of the other team-database tests, which stopping
 * would fail. Without it a test is skipped, under CI=true failed.
 */
public record KillableServer(String url, Path data) {

    static final String SERVER = "HAMISH_TEST_KILL_POSTGRES";
    static final String DATA = "HAMISH_TEST_KILL_PGDATA";

    public static KillableServer fromEnvironment() {
        String server = System.getenv(SERVER);
        String data = System.getenv(DATA);
        if (server == null || server.isBlank() || data == null || data.isBlank()) {
            String why = SERVER + " and " + DATA + " are not set: no PostgreSQL server of its own to stop and start";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + ", but CI=true: .ci/run should have started one");
            }
            Assumptions.abort(why);
        }
        Path folder = Path.of(data.strip());
        Assumptions.assumeTrue(Files.isDirectory(folder), DATA + " is not a folder: " + data);
        return new KillableServer(server.strip(), folder);
    }

    /** A fresh, empty database on this server. */
    public String freshDatabase() {
        return hamish.store.TeamDatabases.freshOn(url, SERVER);
    }
}
