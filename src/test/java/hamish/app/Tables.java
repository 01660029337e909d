package hamish.app;

import hamish.store.RawSql;
import hamish.store.Stores;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of the tables a user's edits touch, field by field, to compare a database before and after. */
public final class Tables {

    private static final List<String> TABLES = List.of(
            "SELECT * FROM document ORDER BY id",
            "SELECT * FROM annotation ORDER BY id",
            "SELECT * FROM entity ORDER BY id",
            "SELECT entity_id, alias FROM entity_alias ORDER BY entity_id, alias",
            "SELECT entity_id, form_key, form FROM entity_form_exclusion ORDER BY entity_id, form_key",
            "SELECT * FROM link ORDER BY id");

    private Tables() {
    }

    public static List<String> dump(Stores stores) {
        return RawSql.read(stores.database(), c -> {
            List<String> rows = new ArrayList<>();
            for (String sql : TABLES) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(sql.split(" ")[3]).append(':');
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(' ').append(meta.getColumnName(i)).append('=').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
            return rows;
        });
    }
}
