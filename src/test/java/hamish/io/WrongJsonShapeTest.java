package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON value of the wrong shape (an object where a list belongs, text where an object belongs, a number
 * where text belongs) in an otherwise good export is refused with the file and the field's path named,
 * and nothing of the file is stored. Before the fix most of these ended in a NullPointerException.
 */
class WrongJsonShapeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    private Path jsonld;
    private Path brat;

    @BeforeEach
    void export() {
        try (Stores stores = Stores.open(dir.resolve("source.db"))) {
            ExchangeFixture.fill(stores);
            jsonld = Exports.export(stores, ExportFormat.JSONLD, List.of(), dir.resolve("json"), false, ExportProgress.NONE).get(0);
            Exports.export(stores, ExportFormat.BRAT, List.of(), dir.resolve("brat"), false, ExportProgress.NONE);
            brat = dir.resolve("brat");
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /hamish:documents                         | {"a": 1}     | hamish:documents must be a list, found an object
            /hamish:tags                              | "Person"     | hamish:tags must be a list, found text
            /hamish:entities                          | 3            | hamish:entities must be a list, found a number
            /hamish:documents/0                       | "doc"        | hamish:documents[0] must be an object, found text
            /hamish:documents/1/hamish:text           | 42           | hamish:documents[1].hamish:text must be text, found a number
            /hamish:entities/0/hamish:aliases         | {"x": "y"}   | hamish:entities[0].hamish:aliases must be a list, found an object
            /hamish:entities/0/hamish:aliases/0       | 7            | hamish:entities[0].hamish:aliases[0] must be text, found a number
            /hamish:tags/0/hamish:colour              | true         | hamish:tags[0].hamish:colour must be text, found true or false
            /first                                    | []           | first must be an object, found a list
            /first/items                              | {}           | first.items must be a list, found an object
            /first/items/3                            | "annotation" | first.items[3] must be an object, found text
            /first/items/0/target                     | 5            | first.items[0].target must be an object, found a number
            /first/items/0/target/selector            | "quote"      | first.items[0].target.selector must be an object, found text
            /first/items/2/target/selector/1/start    | "12"         | first.items[2].target.selector[1].start must be a whole number, found text
            /first/items/2/target/selector/1/end      | 3.5          | first.items[2].target.selector[1].end must be a whole number, found a number (3.5)
            /first/items/0/body                       | 5            | first.items[0].body must be an object, found a number
            /first/items/0/body/0/value               | 5            | first.items[0].body[0].value must be text, found a number
            /first/items/0/creator                    | ["سارة"]     | first.items[0].creator must be an object, found a list
            /first/items/1/type                       | 3            | first.items[1].type must be text, found a number
            /first/items/0/created                    | 1700000000   | first.items[0].created must be text, found a number
            /first/items/6/target                     | {"id": "x"}  | first.items[6].target must be text, found an object
            """)
    void aWrongShapeInJsonLdIsRefusedNamingFileAndField(String pointer, String value, String problem) throws Exception {
        Path edited = dir.resolve("معدل.jsonld");
        Files.writeString(edited, replaced(Files.readString(jsonld), pointer, value));

        assertEquals("معدل.jsonld: " + problem, refused(edited));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /tags                    | {}    | tags must be a list, found an object
            /entities/0/aliases      | 5     | entities[0].aliases must be a list, found a number
            /documents/0             | "x"   | documents[0] must be an object, found text
            /documents/0/annotations | []    | documents[0].annotations must be an object, found a list
            /crossLinks/0/from       | 1     | crossLinks[0].from must be text, found a number
            """)
    void aWrongShapeInTheBratMetaFileIsRefusedNamingFileAndField(String pointer, String value, String problem) throws Exception {
        Path meta = brat.resolve(BratExporter.META);
        Files.writeString(meta, replaced(Files.readString(meta), pointer, value));

        assertEquals(BratExporter.META + ": " + problem, refused(brat));
    }

    /** The message of the refusal, after checking that nothing of the file was stored (one transaction). */
    private String refused(Path input) {
        try (Stores target = Stores.open(dir.resolve("target.db"))) {
            ImportException e = assertThrows(ImportException.class, () -> Exports.importAnnotations(target, input));
            assertEquals(0, target.documents().count(), "nothing of a refused file is kept: " + e.getMessage());
            assertEquals(0, target.annotations().count());
            assertEquals(0, target.tags().list().size());
            assertEquals(0, target.entities().list().size());
            return e.getMessage();
        }
    }

    private static String replaced(String json, String pointer, String value) throws Exception {
        JsonNode root = MAPPER.readTree(json);
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        JsonNode replacement = MAPPER.readTree(value);
        String last = at.last().getMatchingProperty();
        if (parent instanceof ArrayNode list) {
            assertTrue(at.last().getMatchingIndex() < list.size(), pointer + " is in the export");
            list.set(at.last().getMatchingIndex(), replacement);
        } else {
            assertTrue(parent.has(last), pointer + " is in the export");
            ((ObjectNode) parent).set(last, replacement);
        }
        return MAPPER.writeValueAsString(root);
    }
}
