package hamish.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.ExportFormat;
import hamish.model.Annotation;
import hamish.model.Span;
import hamish.ui.Fixture;
import hamish.ui.exchange.ExportViewModel.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    Fixture f;
    ExportViewModel export;
    Path out;
    final List<Path> asked = new ArrayList<>();
    int done;

    @BeforeEach
    void open() throws Exception {
        f = new Fixture(Files.createDirectory(dir.resolve("db")));
        f.stored(s -> {
            long tag = s.tags().byName("Place").orElseThrow().id();
            s.annotations().insert(Annotation.of(f.secondId, Fixture.SECOND, new Span(0, 3), tag, "omar", Fixture.CLOCK.instant()));
            return null;
        });
        export = f.open().export();
        out = Files.createDirectory(dir.resolve("out"));
        export.folderProperty().set(out);
    }

    @Test
    void csvOfTheWholeCorpusIsWrittenIntoTheChosenFolder() throws Exception {
        export.export(List.of(), this::decline, () -> done++);

        assertEquals(1, done);
        assertEquals(List.of(out.resolve("hamish-annotations.csv")), export.written());
        assertTrue(Files.readString(out.resolve("hamish-annotations.csv")).contains("غزة"));
        assertTrue(f.infos.get(0).startsWith("1 file written in " + out), f.infos.toString());
        assertTrue(f.infos.get(0).contains("hamish-annotations.csv"));
        assertTrue(asked.isEmpty());
        assertFalse(export.runningProperty().get());
    }

    @Test
    void bratOfOneDocumentWritesItsTextAndAnnotationFiles() throws Exception {
        export.formatProperty().set(ExportFormat.BRAT);
        export.scopeProperty().set(Scope.OPEN_DOCUMENT);
        export.export(List.of(f.secondId), this::decline, () -> done++);

        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".ann")) && names.stream().anyMatch(n -> n.endsWith(".txt")), names.toString());
        }
        assertEquals(1.0, export.progressProperty().get());
    }

    @Test
    void existingFileIsReplacedOnlyAfterTheUserSaysYes() throws Exception {
        Path existing = Files.writeString(out.resolve("hamish-annotations.csv"), "mine");

        export.export(List.of(), this::decline, () -> done++);
        assertEquals(List.of(existing), asked);
        assertEquals("mine", Files.readString(existing), "declined: untouched");
        assertTrue(export.written().isEmpty());
        assertTrue(f.errors.isEmpty(), "a question, not an error: " + f.errors);

        export.export(List.of(), file -> asked.add(file), () -> done++);
        assertEquals(2, asked.size());
        assertTrue(Files.readString(existing).contains("غزة"), "confirmed: replaced");
        assertEquals(2, done);
    }

    @Test
    void selectedScopeWithoutSelectionSaysSoAndWritesNothing() throws Exception {
        export.scopeProperty().set(Scope.SELECTED);
        export.export(List.of(), this::decline, () -> done++);
        assertEquals(1, f.errors.size());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
        assertEquals(1, done);
    }

    private boolean decline(Path file) {
        asked.add(file);
        return false;
    }
}
