package hamish.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.DocumentSummary;
import hamish.model.Span;
import hamish.ui.Fixture;
import hamish.ui.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {

    @TempDir
    Path dir;

    Fixture f;
    LibraryViewModel library;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        library = f.open().library();
    }

    @Test
    void filterFindsTitleWrittenWithHamza() {
        library.filterProperty().set("اسرائيل");
        assertEquals(List.of("إسرائيل تؤكد مواصلة المحادثات"), titles());
    }

    @Test
    void filterMatchesTheOutletToo() {
        library.filterProperty().set("وكالة");
        assertEquals(List.of("غزة بعد وقف إطلاق النار"), titles());
        library.filterProperty().set("  ");
        assertEquals(2, titles().size());
    }

    @Test
    void annotationCountsFollowTagging() {
        var doc = f.vm.document();
        doc.open(f.documentId, () -> { });
        doc.tag(new Span(0, 3), f.tag("Person"));
        assertEquals(1, library.allDocuments().stream().filter(d -> d.id() == f.documentId).findFirst().orElseThrow().annotationCount());
    }

    @Test
    void importReportsImportedDuplicateAndRefusedFiles() throws Exception {
        Path seeds = Seeds.dir().orElse(null);
        Assumptions.assumeTrue(seeds != null, "seed articles not found at ../shared/seeds");
        Path seed;
        try (var files = Files.list(seeds)) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        List<Long> opened = new ArrayList<>();

        library.importPaths(List.of(seed, seed, empty), opened::add);

        assertEquals(3, library.allDocuments().size());
        assertEquals(1, opened.size(), "the one new document is opened");
        String summary = f.errors.isEmpty() ? f.infos.get(0) : f.errors.get(0);
        assertTrue(summary.startsWith("Imported: 1 · already in the library: 1 · refused: 1\n"), summary);
        assertEquals(1, summary.split("empty\\.txt", -1).length - 1, "the refused file is named once: " + summary);
        assertEquals(3, library.filesDoneProperty().get());
        assertEquals(3, library.filesTotalProperty().get());
    }

    private List<String> titles() {
        return library.documents().stream().map(DocumentSummary::title).toList();
    }
}
