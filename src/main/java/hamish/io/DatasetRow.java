package hamish.io;

import java.util.Map;

/** One row of a dataset: the line it starts on (1-based) and its fields as text (a field that is null is absent). */
public record DatasetRow(long line, Map<String, String> fields) {

    public DatasetRow {
        fields = Map.copyOf(fields);
    }
}
