package hamish.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Other users' changes to a team database, as PostgreSQL announces them on {@code hamish_changes} (one notice per
 * changed table and transaction, PostgresSchema's triggers). A daemon thread listens on a connection of its own
 * and hands each batch of changed table names to the callback; the notices of this Hamish's own writes are left
 * out. A lost connection is retried every few seconds, and a reconnect reports every table as changed, since
 * notices sent meanwhile are gone.
 */
final class ServerChanges implements AutoCloseable {

    static final String CHANNEL = "hamish_changes";
    /** What a reconnect reports: any table may have changed while no one listened. */
    static final String EVERYTHING = "*";
    private static final int WAIT_MS = 250;
    private static final long RETRY_MS = 3_000;

    private final PostgresTarget server;
    private final java.util.function.LongSupplier ownProcess;
    private final Consumer<Set<String>> onChange;
    private final Thread thread;
    private volatile boolean closed;

    ServerChanges(PostgresTarget server, java.util.function.LongSupplier ownProcess, Consumer<Set<String>> onChange) {
        this.server = server;
        this.ownProcess = ownProcess;
        this.onChange = onChange;
        this.thread = new Thread(this::listen, "hamish-server-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        boolean first = true;
        while (!closed) {
            try (Connection connection = PostgresConnections.connect(server)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    onChange.accept(Set.of(EVERYTHING));
                }
                first = false;
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] batch = notices.getNotifications(WAIT_MS);
                    Set<String> tables = new LinkedHashSet<>();
                    long own = ownProcess.getAsLong();
                    if (batch != null) {
                        for (PGNotification n : batch) {
                            if (n.getPID() != own) {
                                tables.add(n.getParameter());
                            }
                        }
                    }
                    if (!tables.isEmpty()) {
                        onChange.accept(tables);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                first = false;
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
