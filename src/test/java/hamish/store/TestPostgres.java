package hamish.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the team-database tests run against (ADR 10): the one named by {@code HAMISH_TEST_POSTGRES}
 * ({@code postgresql://user@host:port/db}, a role that may create databases; {@code .ci/run} starts one with
 * {@code .ci/postgres}). Each test takes a database of its own from {@link #freshDatabase()}; they are dropped when
 * the JVM exits. Without the variable the tests skip, except under CI ({@code CI=true}), where they fail.
 */
final class TestPostgres {

    static final String VARIABLE = "HAMISH_TEST_POSTGRES";

    static final String SKIP_MESSAGE = "no PostgreSQL for the team-database tests: set " + VARIABLE
            + "=postgresql://user@host:port/db (.ci/run starts one)";

    static final String CI_MESSAGE = VARIABLE + " is not set, but CI=true: .ci/run should have started PostgreSQL"
            + " (.ci/postgres) and set " + VARIABLE + " to its URL; see its output";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Database name → the server URL it was created on, for the drop at exit. */
    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated, "drop test databases"));
    }

    private TestPostgres() {
    }

    /** Whether {@code HAMISH_TEST_POSTGRES} names a server. */
    static boolean available() {
        String server = System.getenv(VARIABLE);
        return server != null && !server.isBlank();
    }

    /**
     * The Hamish URL ({@code postgresql://user@host:port/hamish_test_…}, no {@code jdbc:}) of a new, empty
     * database on the test server; aborts the test when there is no server, fails it under CI.
     */
    static String freshDatabase() {
        return freshDatabaseOn(server(System.getenv(VARIABLE), System.getenv("CI")), VARIABLE);
    }

    /** A new, empty database on {@code server}, a server URL {@code variable} named. */
    static String freshDatabaseOn(String server, String variable) {
        SQLException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            String name = "hamish_test_" + HexFormat.of().formatHex(bytes);
            try (Connection connection = connect(server, false); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
                CREATED.put(name, server);
                return withDatabase(server, name);
            } catch (SQLException e) {
                last = e;
                if (!"42P04".equals(e.getSQLState())) { // 42P04: duplicate_database, try another name
                    break;
                }
            }
        }
        throw new IllegalStateException("cannot create a test database on " + server + " (" + variable + "): "
                + last.getMessage(), last);
    }

    /** A JDBC connection to a Hamish URL {@link #freshDatabase()} gave, for tests that look inside. */
    static Connection connect(String hamishUrl) throws SQLException {
        return connect(hamishUrl, false);
    }

    /** The server URL, or the test aborted (locally) or failed (under CI) with a message naming the variable. */
    static String server(String variable, String ci) {
        if (variable != null && !variable.isBlank()) {
            return variable.strip();
        }
        if ("true".equalsIgnoreCase(ci)) {
            Assertions.fail(CI_MESSAGE);
        }
        return Assumptions.abort(SKIP_MESSAGE);
    }

    private static Connection connect(String hamishUrl, boolean quick) throws SQLException {
        URI uri = parse(hamishUrl);
        Properties properties = new Properties();
        if (uri.getUserInfo() != null) {
            properties.setProperty("user", uri.getUserInfo());
        }
        String password = System.getenv("PGPASSWORD"); // else the driver reads ~/.pgpass, as psql does
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (quick) {
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("socketTimeout", "20");
        }
        return DriverManager.getConnection(jdbcUrl(uri), properties);
    }

    /** {@code postgresql://user@host:port/db?query} → {@code jdbc:postgresql://host:port/db?query} (the user apart). */
    private static String jdbcUrl(URI uri) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() != -1) {
            url.append(':').append(uri.getPort());
        }
        url.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        return url.toString();
    }

    /** The server URL with its database replaced by {@code name}. */
    private static String withDatabase(String server, String name) {
        URI uri = parse(server);
        return "postgresql://" + uri.getRawAuthority() + "/" + name
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not postgresql://user@host:port/db");
            }
            if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
                throw new URISyntaxException(url.replace(uri.getRawUserInfo(), uri.getRawUserInfo().replaceAll(":.*", ":…")),
                        "a password in the URL; put it in PGPASSWORD or ~/.pgpass instead");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(VARIABLE + " must look like postgresql://user@host:port/db, not "
                    + e.getInput() + ": " + e.getReason(), e);
        }
    }

    /** Best effort: a database left behind by a killed JVM is harmless on a throw-away server. */
    private static void dropCreated() {
        CREATED.forEach((name, server) -> {
            try (Connection connection = connect(server, true); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException | RuntimeException e) {
                System.err.println("could not drop test database " + name + " on " + server + ": " + e.getMessage());
            }
        });
    }
}
