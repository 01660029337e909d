package hamish.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a dataset: the line it starts on (1-based) and its fields as text in the row's order (a field that is
 * null is absent). The order is kept so that the window lists the fields as the file has them, and the usual names
 * are looked for in the same order on every run.
 */
public record DatasetRow(long line, Map<String, String> fields) {

    public DatasetRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
