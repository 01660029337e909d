package hamish.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The shapes a news dataset comes in: one JSON object per line, a JSON array of objects, or a table with a header row. */
public enum DatasetFormat {
    JSON_LINES, JSON_ARRAY, CSV, TSV;

    /** The format a file's name says (.jsonl/.ndjson, .json, .csv, .tsv/.tab), if any. */
    public static Optional<DatasetFormat> ofFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON_ARRAY);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return Optional.of(TSV);
        }
        return Optional.empty();
    }

    /** The format named on the command line: jsonl, json, csv or tsv. */
    public static DatasetFormat named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl", "ndjson", "json-lines" -> JSON_LINES;
            case "json" -> JSON_ARRAY;
            case "csv" -> CSV;
            case "tsv", "tab" -> TSV;
            default -> throw new IllegalArgumentException("unknown dataset format \"" + name + "\" (use jsonl, json, csv or tsv)");
        };
    }
}
