package hamish.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Raw SQL on an open database, for tests that inspect or damage what the stores wrote. Production code
 * outside {@code hamish.store} never sees a connection (see ArchitectureTest).
 */
public final class RawSql {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private RawSql() {
    }

    public static <T> T write(Database database, Work<T> work) {
        return database.inTransaction(work::run);
    }

    public static <T> T read(Database database, Work<T> work) {
        return database.read(work::run);
    }
}
