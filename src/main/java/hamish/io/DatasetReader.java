package hamish.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a dataset row by row without holding it in memory: a JSON Lines file line by line, a JSON array element by
 * element, a CSV or TSV file record by record under its header. A row that cannot be read (broken JSON on its line,
 * not an object, a record with more or fewer fields than the header) is reported with its line and the reading goes
 * on where it can. The file must be UTF-8: another encoding is refused naming the line, never read as mojibake.
 */
public final class DatasetReader {

    /** Datasets are streamed, so the bound only stops a runaway source (a device, a file that keeps growing). */
    static final long MAX_BYTES = 8L << 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Hears of the rows in file order. */
    public interface Rows {
        void row(DatasetRow row);

        void bad(long line, String problem);

        /** Asked before each row: true stops the reading there (a preview has its rows, an import was cancelled). */
        default boolean enough() {
            return false;
        }

        /** How many bytes of the file have been read (ahead of the row by a buffer at most), told before each row. */
        default void reached(long bytes) {
        }
    }

    private DatasetReader() {
    }

    /** Reads {@code file}; {@link ImportException} naming the file for what stops the whole file. */
    public static void read(Path file, DatasetFormat format, Rows rows) {
        String name = UserFile.displayName(file);
        try (CountingStream in = new CountingStream(UserFile.open(file, MAX_BYTES, "a dataset"));
             BufferedReader reader = new BufferedReader(utf8(in), 1 << 16)) {
            Rows told = new Told(rows, in);
            switch (format) {
                case JSON_LINES -> jsonLines(reader, told);
                case JSON_ARRAY -> jsonArray(reader, name, told);
                case CSV -> table(reader, CSVFormat.RFC4180, told);
                case TSV -> table(reader, CSVFormat.TDF, told);
            }
        } catch (CharacterCodingException e) {
            throw new ImportException(name, "not UTF-8 text (a dataset must be saved as UTF-8; Windows-1256 or another "
                    + "encoding is not guessed for a dataset)", e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException c) {
                throw new ImportException(name, "not UTF-8 text (a dataset must be saved as UTF-8; Windows-1256 or another "
                        + "encoding is not guessed for a dataset)", c);
            }
            throw new ImportException(name, "cannot be read (" + e.getCause().getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static void jsonLines(BufferedReader in, Rows rows) throws IOException {
        String line;
        long number = 0;
        while (!rows.enough() && (line = in.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                rows.bad(number, "not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
                continue;
            }
            if (node == null || !node.isObject()) {
                rows.bad(number, "not a JSON object with the article's fields");
                continue;
            }
            rows.row(new DatasetRow(number, fields(node)));
        }
    }

    private static void jsonArray(BufferedReader in, String name, Rows rows) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            parser.setCodec(JSON);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new ImportException(name, "a .json dataset must be one JSON array of objects (for one object per line, "
                        + "name it .jsonl or use --format jsonl)");
            }
            while (!rows.enough()) {
                JsonToken t;
                long line = parser.currentLocation().getLineNr();
                try {
                    t = parser.nextToken();
                    if (t == JsonToken.END_ARRAY || t == null) {
                        return;
                    }
                    line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = parser.readValueAsTree();
                    if (node == null || !node.isObject()) {
                        rows.bad(line, "not a JSON object with the article's fields");
                    } else {
                        rows.row(new DatasetRow(line, fields(node)));
                    }
                } catch (JsonProcessingException e) {
                    rows.bad(e.getLocation() == null ? line : e.getLocation().getLineNr(), "not valid JSON ("
                            + e.getOriginalMessage().lines().findFirst().orElse("") + "); nothing after it could be read");
                    return;
                }
            }
        }
    }

    private static void table(BufferedReader in, CSVFormat base, Rows rows) throws IOException {
        CSVFormat format = base.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            long lineBefore = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (!rows.enough()) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        throw e;
                    }
                    rows.bad(lineBefore + 1, "not a well-formed record (" + e.getCause().getMessage() + "); nothing after it could be read");
                    return;
                }
                long line = lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    rows.bad(line, "has " + record.size() + " fields where the header has " + header.size());
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (String h : header) {
                    fields.put(h.startsWith("\uFEFF") ? h.substring(1) : h, record.get(h));
                }
                rows.row(new DatasetRow(line, fields));
            }
        }
    }

    /** Counts the bytes read, for a progress bar over the file's size. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** The caller's rows, told how far the file has been read before each row is asked for. */
    private record Told(Rows rows, CountingStream in) implements Rows {
        @Override
        public void row(DatasetRow row) {
            rows.row(row);
        }

        @Override
        public void bad(long line, String problem) {
            rows.bad(line, problem);
        }

        @Override
        public boolean enough() {
            rows.reached(in.count);
            return rows.enough();
        }
    }

    /** The fields as text: numbers and booleans as written, a list of texts joined (several authors), objects left out. */
    private static Map<String, String> fields(JsonNode node) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isValueNode() && !v.isNull()) {
                fields.put(f.getKey(), v.asText());
            } else if (v.isArray()) {
                StringBuilder joined = new StringBuilder();
                v.forEach(e -> {
                    if (e.isValueNode() && !e.isNull()) {
                        joined.append(joined.length() == 0 ? "" : ", ").append(e.asText());
                    }
                });
                fields.put(f.getKey(), joined.toString());
            }
        }
        return fields;
    }
}
