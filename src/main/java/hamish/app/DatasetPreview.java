package hamish.app;

import hamish.io.DatasetArticles;
import hamish.io.DatasetFields.Part;
import hamish.io.DatasetFormat;
import hamish.io.DatasetReader;
import hamish.io.DatasetRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first rows of a dataset, read before it is imported so that the user can check which field gives which part:
 * only those rows are read, however large the file. Each row becomes what the import would make of it under a
 * mapping, without storing anything.
 */
public final class DatasetPreview {

    /** A row as read, or the problem that kept it from being read (broken JSON, a wrong field count). */
    private record Read(long line, DatasetRow row, String problem) {
    }

    private final Path file;
    private final List<Read> rows;
    private final List<String> fieldNames;
    private final boolean more;

    private DatasetPreview(Path file, List<Read> rows, List<String> fieldNames, boolean more) {
        this.file = file;
        this.rows = rows;
        this.fieldNames = fieldNames;
        this.more = more;
    }

    /**
     * Reads up to {@code limit} rows of {@code file} (bad ones included). {@link hamish.io.ImportException} naming
     * the file when it cannot be read at all (missing, not UTF-8, not a JSON array).
     */
    public static DatasetPreview read(Path file, DatasetFormat format, int limit) {
        List<Read> rows = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        boolean[] more = new boolean[1];
        DatasetReader.read(file, format, new DatasetReader.Rows() {
            @Override
            public void row(DatasetRow row) {
                rows.add(new Read(row.line(), row, null));
                names.addAll(row.fields().keySet());
            }

            @Override
            public void bad(long line, String problem) {
                rows.add(new Read(line, null, problem));
            }

            @Override
            public boolean enough() {
                more[0] = rows.size() >= limit;
                return more[0];
            }
        });
        return new DatasetPreview(file, List.copyOf(rows), List.copyOf(names), more[0]);
    }

    /** The field names of the rows read, in the order they first appear. */
    public List<String> fieldNames() {
        return fieldNames;
    }

    /** Whether the file goes on after the rows read (it may not: the reading stopped at the limit). */
    public boolean more() {
        return more;
    }

    public int size() {
        return rows.size();
    }

    /** What the import would make of each row read when {@code fieldOf} says which field holds each part. */
    public List<DatasetArticles.Result> articles(Map<Part, String> fieldOf) {
        return rows.stream().map(r -> r.row() == null ? new DatasetArticles.Bad(r.line(), r.problem())
                : DatasetArticles.of(file, r.row(), fieldOf)).toList();
    }

    /** The field as the row at {@code index} writes it, empty when it has none (a date that cannot be read, shown as written). */
    public String raw(int index, String field) {
        DatasetRow row = rows.get(index).row();
        String value = row == null || field == null ? null : row.fields().get(field);
        return value == null ? "" : value;
    }
}
