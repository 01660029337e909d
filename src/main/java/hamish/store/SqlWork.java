package hamish.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on the database's connection inside one transaction (see {@link Database#inTransaction}). */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
