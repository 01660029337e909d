package hamish.app;

import hamish.store.Stores;
import java.util.Map;

/** The window's settings (layout, last documents, language), kept in the database so they travel with it. */
public final class Preferences {

    private Preferences() {
    }

    /** Saves every value in one transaction. */
    public static void save(Stores stores, Map<String, String> values) {
        stores.inTransaction(() -> {
            values.forEach(stores.settings()::put);
            return null;
        });
    }
}
