package hamish.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DatasetFields.Part;
import hamish.io.DatasetFormat;
import hamish.io.DocumentImporter;
import hamish.model.DocumentSummary;
import hamish.ui.Fixture;
import hamish.ui.MainViewModel;
import hamish.ui.exchange.DatasetImportViewModel.PreviewRow;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview under a mapping, the mapping handed to the import, the import's counts, problems and cancel. */
class DatasetImportViewModelTest {

    /** Four rows: a good one, one without text, one of broken JSON, one whose date is no date. */
    static final String SMALL = String.join("\n",
            "{\"title\": \"افتتاح معرض الكتاب في الرباط\", \"content\": \"افتتح معرض الكتاب أبوابه صباح اليوم بحضور ناشرين من عشرين بلدا.\", "
                    + "\"source\": \"صحيفة الأطلس\", \"date_extracted\": \"2024-03-05 10:00:00\", \"url\": \"https://example.org/book-fair\", "
                    + "\"author\": \"سلمى بناني\"}",
            "{\"title\": \"خبر بلا نص\", \"content\": \"\", \"source\": \"صحيفة الأطلس\"}",
            "{\"title\": \"سطر مكسور\", \"content\": \"لا ينتهي",
            "{\"title\": \"أمطار غزيرة في الشمال\", \"content\": \"هطلت أمطار غزيرة على المدن الشمالية طوال الليل &amp; أغلقت طرق عدة.\", "
                    + "\"source\": \"إذاعة الساحل\", \"date_extracted\": \"أمس\", \"author\": \"مراسلنا\"}") + "\n";

    @TempDir
    Path dir;

    Fixture f;
    MainViewModel main;
    DatasetImportViewModel vm;
    int reloads;

    @BeforeEach
    void open() throws Exception {
        f = new Fixture(Files.createDirectory(dir.resolve("db")));
        main = f.open();
        vm = new DatasetImportViewModel(main.session(), main.messages(), () -> {
            reloads++;
            main.library().reload();
        });
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void theUsualFieldsArePreselectedAndTheRowsShownAsTheyWillBeStored() throws Exception {
        vm.open(write("small.jsonl", SMALL));

        assertEquals(DatasetFormat.JSON_LINES, vm.formatProperty().get());
        assertEquals(List.of("title", "content", "source", "date_extracted", "url", "author"), vm.fieldNames());
        assertEquals(Map.of(Part.TITLE, "title", Part.TEXT, "content", Part.OUTLET, "source", Part.DATE, "date_extracted",
                Part.URL, "url", Part.AUTHOR, "author"), vm.mapping());
        List<PreviewRow> rows = vm.rows();
        assertEquals(List.of(1L, 2L, 3L, 4L), rows.stream().map(PreviewRow::line).toList());

        PreviewRow first = rows.get(0);
        assertEquals(new PreviewRow(1, "افتتاح معرض الكتاب في الرباط", "صحيفة الأطلس", "2024-03-05", "https://example.org/book-fair",
                "سلمى بناني", "افتتح معرض الكتاب أبوابه صباح اليوم بحضور ناشرين من عشرين بلدا.", null), first);
        assertTrue(rows.get(1).bad() && rows.get(1).problem().contains("no article text"), rows.get(1).toString());
        assertTrue(rows.get(2).bad() && rows.get(2).problem().contains("not valid JSON"), rows.get(2).toString());
        PreviewRow last = rows.get(3);
        assertFalse(last.bad());
        assertEquals("unreadable date: أمس", last.date());
        assertTrue(last.text().contains("الليل & أغلقت"), "entities decoded: " + last.text());
        assertTrue(vm.canImportProperty().get());
    }

    @Test
    void aChangedMappingChangesThePreviewAndIsWhatTheImportTakes() throws Exception {
        vm.open(write("small.jsonl", SMALL));

        vm.fieldOf(Part.TITLE).set(null);
        vm.fieldOf(Part.OUTLET).set("author");
        vm.fieldOf(Part.AUTHOR).set(null);
        PreviewRow first = vm.rows().get(0);
        assertEquals("افتتح معرض الكتاب أبوابه صباح اليوم بحضور ناشرين من عشرين بلدا.", first.title(), "no title field: the first line");
        assertEquals("سلمى بناني", first.outlet());
        assertEquals("", first.author());

        Set<String> names = new LinkedHashSet<>(vm.fieldNames());
        assertEquals(Map.of(Part.TEXT, "content", Part.OUTLET, "author", Part.DATE, "date_extracted", Part.URL, "url"),
                vm.fields().resolve(names), "none stays none although fields of the usual names exist");

        vm.fieldOf(Part.TEXT).set(null);
        assertTrue(vm.rows().stream().allMatch(PreviewRow::bad), "without a text field every row is skipped");
        assertFalse(vm.canImportProperty().get());
    }

    @Test
    void aFormatTheNameDoesNotSayIsChosenAndTheRowsReread() throws Exception {
        vm.open(write("export.txt", "headline,story\nسد جديد على النهر,بدأ العمل في بناء سد جديد على النهر.\n"));
        assertEquals(DatasetFormat.JSON_LINES, vm.formatProperty().get());
        assertTrue(vm.rows().stream().allMatch(PreviewRow::bad), vm.rows().toString());

        vm.formatProperty().set(DatasetFormat.CSV);
        assertEquals(List.of("headline", "story"), vm.fieldNames());
        assertEquals("story", vm.fieldOf(Part.TEXT).get());
        assertEquals(List.of("سد جديد على النهر"), vm.rows().stream().map(PreviewRow::title).toList());
        assertEquals(2L, vm.rows().get(0).line());
    }

    @Test
    void onlyTheFirstRowsOfALargeFileArePreviewed() throws Exception {
        vm.open(manyRows("many.jsonl", 1000));
        assertEquals(DatasetImportViewModel.PREVIEW_ROWS, vm.rows().size());
    }

    @Test
    void aFileInAnotherEncodingIsAClearMessageNamingIt() throws Exception {
        Path file = dir.resolve("old.csv");
        Files.write(file, "title,content\nعنوان,نص الخبر\n".getBytes(Charset.forName("windows-1256")));
        vm.open(file);
        assertTrue(vm.errorProperty().get().startsWith("old.csv: not UTF-8 text"), vm.errorProperty().get());
        assertFalse(vm.errorProperty().get().contains("Exception"), vm.errorProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertFalse(vm.canImportProperty().get());

        vm.open(dir.resolve("missing.jsonl"));
        assertTrue(vm.errorProperty().get().startsWith("missing.jsonl: "), vm.errorProperty().get());
    }

    @Test
    void theImportLandsTheGoodRowsReportsTheBadOnesByLineAndRefreshesTheLibrary() throws Exception {
        vm.open(write("small.jsonl", SMALL));
        vm.runImport(() -> { });

        assertFalse(vm.runningProperty().get());
        assertEquals(2, vm.importedProperty().get());
        assertEquals(2, vm.badProperty().get());
        assertEquals(1, vm.warningsProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals(List.of("Line 2: no article text (the field \"content\" is empty)", "Line 3: not valid JSON"),
                vm.problems().subList(0, 2).stream().map(p -> p.replaceAll(" \\(Unexpected.*", "")).toList());
        assertTrue(vm.problems().get(2).startsWith("Line 4, imported: the date \"أمس\""), vm.problems().toString());
        assertEquals("small.jsonl imported.", vm.summaryProperty().get());
        assertEquals("Imported 2 · already in the library 0 · bad rows 2 · warnings 1", vm.describeCounts());
        assertEquals(1, reloads);
        DocumentSummary fair = main.library().allDocuments().stream().filter(d -> d.title().equals("افتتاح معرض الكتاب في الرباط"))
                .findFirst().orElseThrow(() -> new AssertionError(main.library().allDocuments().toString()));
        assertEquals("صحيفة الأطلس", fair.outlet());
        assertEquals(LocalDate.of(2024, 3, 5), fair.published());
        assertEquals(4, main.library().allDocuments().size());
        assertFalse(vm.canImportProperty().get(), "done: the dialog shows what happened, it does not import twice");
    }

    @Test
    void cancelStopsAfterTheBatchBeingWrittenAndASecondRunAddsNoDuplicates() throws Exception {
        Path file = manyRows("many.jsonl", 300);
        vm.open(file);
        // The first counts reach the UI once the first batch is committed; the cancel is pressed then.
        vm.importedProperty().addListener((o, a, b) -> {
            if (b.intValue() > 0) {
                vm.cancel();
            }
        });
        vm.runImport(() -> { });

        int batch = DocumentImporter.BATCH_FILES;
        assertEquals(2 * batch, vm.importedProperty().get(), "the batch being written when the cancel came lands too");
        assertEquals("Cancelled after " + 2 * batch + " rows.", vm.summaryProperty().get());
        assertEquals(2 + 2 * batch, (int) f.stored(s -> s.documents().list().size()));

        DatasetImportViewModel again = new DatasetImportViewModel(main.session(), main.messages(), () -> { });
        again.open(file);
        again.runImport(() -> { });
        assertEquals(300 - 2 * batch, again.importedProperty().get());
        assertEquals(2 * batch, again.duplicatesProperty().get());
        assertEquals("many.jsonl imported.", again.summaryProperty().get());
        assertEquals(2 + 300, (int) f.stored(s -> s.documents().list().size()));
        assertNull(again.problems().stream().filter(p -> !p.isEmpty()).findFirst().orElse(null));
    }

    private Path manyRows(String name, int count) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            sb.append("{\"title\": \"نشرة الأخبار رقم ").append(i).append("\", \"content\": \"هذا نص النشرة رقم ").append(i)
                    .append(" عن أحوال الطقس والأسواق.\", \"source\": \"وكالة التجربة\", \"date\": \"2023-01-0").append(1 + i % 9).append("\"}\n");
        }
        return write(name, sb.toString());
    }
}
