package hamish.store;

import hamish.model.Revision;
import java.util.Optional;

/**
 * A write that expected a row at one revision found it at another, or gone: someone (another window,
 * pane or program) changed it since. Nothing was written. {@code current} is the row's revision now,
 * empty when the row no longer exists.
 */
public final class StaleRowException extends StoreException {

    private final String table;
    private final long id;
    private final transient Revision current;

    public StaleRowException(String table, long id, Optional<Revision> current) {
        super(table + " " + id + (current.isPresent() ? " was changed by " + describe(current.get()) : " no longer exists")
                + "; it was left as it is");
        this.table = table;
        this.id = id;
        this.current = current.orElse(null);
    }

    private static String describe(Revision r) {
        String by = r.changedBy().isBlank() ? "another program" : r.changedBy();
        return by + (r.at() == null ? "" : " at " + r.at());
    }

    public String table() {
        return table;
    }

    public long id() {
        return id;
    }

    public Optional<Revision> current() {
        return Optional.ofNullable(current);
    }
}
