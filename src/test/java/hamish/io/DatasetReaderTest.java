package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading stops where the caller has enough, in every format, and tells how far into the file it got. */
class DatasetReaderTest {

    @TempDir
    Path dir;

    /** Reads until {@code wanted} rows (bad ones included) have come, noting the bytes told before each. */
    private static final class FirstRows implements DatasetReader.Rows {
        final int wanted;
        final List<Long> lines = new ArrayList<>();
        final List<Long> reached = new ArrayList<>();

        FirstRows(int wanted) {
            this.wanted = wanted;
        }

        @Override
        public void row(DatasetRow row) {
            lines.add(row.line());
        }

        @Override
        public void bad(long line, String problem) {
            lines.add(-line);
        }

        @Override
        public boolean enough() {
            return lines.size() >= wanted;
        }

        @Override
        public void reached(long bytes) {
            reached.add(bytes);
        }
    }

    private Path rows(String name, String header, String format, int count, String separator, String end) throws Exception {
        StringBuilder sb = new StringBuilder(header);
        for (int i = 1; i <= count; i++) {
            sb.append(String.format(format, i)).append(i < count ? separator : end);
        }
        return Files.writeString(dir.resolve(name), sb, StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesStopAfterTheRowsWantedCountingABadLine() throws Exception {
        Path file = rows("big.jsonl", "{\"content\": \"نص مكسور\n", "{\"content\": \"الخبر رقم %d\"}", 5000, "\n", "\n");
        FirstRows first = new FirstRows(3);
        DatasetReader.read(file, DatasetFormat.JSON_LINES, first);
        assertEquals(List.of(-1L, 2L, 3L), first.lines);
        assertTrue(first.reached.size() >= 3, first.reached.toString());
        assertTrue(first.reached.get(first.reached.size() - 1) < Files.size(file),
                "a preview reads a buffer, not the file: " + first.reached + " of " + Files.size(file));
    }

    @Test
    void aJsonArrayAndTablesStopToo() throws Exception {
        Path array = rows("big.json", "[\n", "{\"content\": \"الخبر رقم %d\"}", 300, ",\n", "\n]\n");
        FirstRows fromArray = new FirstRows(4);
        DatasetReader.read(array, DatasetFormat.JSON_ARRAY, fromArray);
        assertEquals(List.of(2L, 3L, 4L, 5L), fromArray.lines);

        Path csv = rows("big.csv", "title,content\n", "عنوان %1$d,نص %1$d", 300, "\n", "\n");
        FirstRows fromCsv = new FirstRows(2);
        DatasetReader.read(csv, DatasetFormat.CSV, fromCsv);
        assertEquals(List.of(2L, 3L), fromCsv.lines);

        Path tsv = rows("big.tsv", "title\tcontent\n", "عنوان %1$d\tنص %1$d", 300, "\n", "\n");
        FirstRows fromTsv = new FirstRows(1);
        DatasetReader.read(tsv, DatasetFormat.TSV, fromTsv);
        assertEquals(List.of(2L), fromTsv.lines);
    }

    @Test
    void withoutAStopEveryRowIsReadAndTheLastCountIsTheFileSize() throws Exception {
        Path file = rows("all.jsonl", "", "{\"content\": \"الخبر رقم %d\"}", 200, "\n", "\n");
        FirstRows all = new FirstRows(Integer.MAX_VALUE);
        DatasetReader.read(file, DatasetFormat.JSON_LINES, all);
        assertEquals(200, all.lines.size());
        assertEquals(Files.size(file), all.reached.get(all.reached.size() - 1));
    }
}
