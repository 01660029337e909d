package hamish.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.ExportFormat;
import hamish.io.ExportProgress;
import hamish.io.Exports;
import hamish.model.Annotation;
import hamish.model.Span;
import hamish.ui.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's import routes JSON-LD and brat files to the annotation importer, as `hamish import` does. */
class AnnotationFileImportTest {

    @TempDir
    Path dir;

    @Test
    void jsonLdAndBratFilesImportTheirAnnotationsAndAreSummarised() throws Exception {
        Fixture source = new Fixture(Files.createDirectory(dir.resolve("source")));
        source.stored(s -> {
            long tag = s.tags().byName("Place").orElseThrow().id();
            s.annotations().insert(Annotation.of(source.secondId, Fixture.SECOND, new Span(0, 3), tag, "omar", Fixture.CLOCK.instant()));
            return null;
        });
        Path out = Files.createDirectory(dir.resolve("out"));
        List<Path> jsonld = source.stored(s -> Exports.export(s, ExportFormat.JSONLD, List.of(source.secondId), out, false, ExportProgress.NONE));
        Path brat = Files.createDirectory(dir.resolve("brat"));
        source.stored(s -> Exports.export(s, ExportFormat.BRAT, List.of(source.secondId), brat, false, ExportProgress.NONE));
        Path broken = Files.writeString(dir.resolve("broken.jsonld"), "{ not json");

        Fixture target = new Fixture(Files.createDirectory(dir.resolve("target")));
        LibraryViewModel library = target.open().library();
        library.importPaths(List.of(jsonld.get(0), broken), id -> { });

        assertEquals(3, library.allDocuments().size(), "the exported document came with its annotations");
        String summary = target.errors.get(0);
        assertTrue(summary.startsWith(jsonld.get(0).getFileName() + ": 1 annotations added"), summary);
        assertTrue(summary.contains("refused: 1") && summary.contains("broken.jsonld"), summary);
        assertEquals(2, library.filesDoneProperty().get());

        library.importPaths(List.of(brat), id -> { });
        String second = target.infos.get(target.infos.size() - 1);
        assertTrue(second.contains("0 annotations added, 1 already there"), "the brat copy adds nothing twice: " + second);
        assertEquals(3, library.allDocuments().size());
    }
}
