package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    @TempDir
    Path dir;

    private List<String> roundTrip(ExportFormat format) {
        List<String> before;
        List<Path> files;
        try (Stores source = Stores.open(dir.resolve("source.db"))) {
            ExchangeFixture.fill(source);
            before = ExchangeFixture.content(source);
            files = Exports.export(source, format, List.of(), dir.resolve("out"), false, ExportProgress.NONE);
        }
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            Path input = format == ExportFormat.BRAT ? dir.resolve("out") : files.get(0);
            AnnotationImportReport report = Exports.importAnnotations(target, input);
            assertEquals(2, report.documentsAdded());
            assertEquals(6, report.annotationsAdded());
            assertEquals(before, ExchangeFixture.content(target));

            AnnotationImportReport again = Exports.importAnnotations(target, input);
            assertEquals(0, again.documentsAdded() + again.annotationsAdded() + again.linksAdded(), "a second import adds nothing");
            assertEquals(before, ExchangeFixture.content(target));
        }
        return before;
    }

    @Test
    void jsonLdRoundTripIsExact() {
        assertTrue(roundTrip(ExportFormat.JSONLD).stream().anyMatch(l -> l.startsWith("link ")));
    }

    @Test
    void bratRoundTripIsExact() {
        roundTrip(ExportFormat.BRAT);
    }

    @Test
    void bratFilesAreWhatBratReads() throws Exception {
        try (Stores source = Stores.open(dir.resolve("source.db"))) {
            ExchangeFixture.fill(source);
            Exports.export(source, ExportFormat.BRAT, List.of(1L), dir.resolve("brat"), false, ExportProgress.NONE);
        }
        Path txt = dir.resolve("brat/1-قمة المياه.txt");
        assertEquals(ExchangeFixture.FIRST, Files.readString(txt), "the .txt is the stored text exactly");
        List<String> ann = Files.readAllLines(dir.resolve("brat/1-قمة المياه.ann"));
        String text = ExchangeFixture.FIRST;
        int austin = text.codePointCount(0, text.indexOf("أوستن"));
        assertEquals("T4\tPerson " + austin + " " + (austin + 5) + "\tأوستن", ann.stream().filter(l -> l.contains("\tPerson ")).findFirst().orElseThrow(),
                "code point offsets: the emoji counts one");
        assertTrue(ann.contains("#1\tAnnotatorNotes T4\tالسطر الأول\\nالسطر الثاني \\\\ مع شرطة"), ann.toString());
        assertTrue(ann.stream().anyMatch(l -> l.matches("T\\d+\\tmy__tag_x \\d+ \\d+;\\d+ \\d+\\tالنخيل قال وزيرُ")), ann.toString());
        assertTrue(ann.stream().anyMatch(l -> l.matches("N\\d+\\tReference T4 Hamish:E\\d+\\tلويد أوستن")), ann.toString());
        assertTrue(ann.stream().anyMatch(l -> l.matches("R1\\tOTHER Arg1:T4 Arg2:T\\d+")), ann.toString());
        String conf = Files.readString(dir.resolve("brat/annotation.conf"));
        assertTrue(conf.contains("[entities]\nPerson\nDirect_quote\nmy__tag_x\n"), conf);
        assertTrue(conf.contains("SAME_CLAIM\tArg1:<ENTITY>, Arg2:<ENTITY>"), conf);
    }

    @Test
    void bratTypeNamesMapBothWays() {
        for (String name : List.of("Direct quote", "my_tag x", "a__b", "اقتباس مباشر", "_x_ ")) {
            assertEquals(name, BratTypes.fromBrat(BratTypes.toBrat(name)));
            assertTrue(!BratTypes.toBrat(name).contains(" "));
        }
    }
}
