package hamish.store;

import java.util.HashMap;
import java.util.Map;

/** One test's team databases by name: a fresh one the first time a name is asked for, the same one after (reopening). */
final class PostgresTargets {

    private final Map<String, String> byName = new HashMap<>();

    String named(String name) {
        return byName.computeIfAbsent(name, n -> TestPostgres.freshDatabase());
    }
}
