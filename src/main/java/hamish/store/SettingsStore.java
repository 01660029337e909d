package hamish.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/** Small user preferences (window layout, last folder, author name) kept with the annotations. */
public final class SettingsStore {

    private final Database database;

    public SettingsStore(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return database.read(c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Sets {@code key} to {@code value}; a null value removes the key. */
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        database.inTransaction(c -> {
            String sql = value == null
                    ? "DELETE FROM settings WHERE key = ?"
                    : "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setString(1, key);
                if (value != null) {
                    statement.setString(2, value);
                }
                statement.executeUpdate();
            }
            return null;
        });
    }
}
