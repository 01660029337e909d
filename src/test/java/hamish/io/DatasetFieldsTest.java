package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hamish.io.DatasetFields.Part;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The usual names, a typed mapping, and a mapping chosen part by part in the window. */
class DatasetFieldsTest {

    private static final Set<String> NAMES = new LinkedHashSet<>(List.of("Headline", "content", "source", "date_extracted", "url", "author"));

    @Test
    void usualNamesAreFoundWhateverTheirCase() {
        assertEquals(Map.of(Part.TITLE, "Headline", Part.TEXT, "content", Part.OUTLET, "source", Part.DATE, "date_extracted",
                Part.URL, "url", Part.AUTHOR, "author"), DatasetFields.usual().resolve(NAMES));
    }

    @Test
    void aTypedMappingKeepsTheUsualNamesForTheOtherParts() {
        Map<Part, String> resolved = DatasetFields.parse("text=Headline").resolve(NAMES);
        assertEquals("Headline", resolved.get(Part.TEXT));
        assertEquals("author", resolved.get(Part.AUTHOR));
    }

    @Test
    void aChosenMappingIsExactlyWhatWasChosenNoneIncluded() {
        DatasetFields chosen = DatasetFields.exactly(Map.of(Part.TEXT, "content", Part.TITLE, "Headline"));
        assertEquals(Map.of(Part.TEXT, "content", Part.TITLE, "Headline"), chosen.resolve(NAMES),
                "author, url, date and outlet were set to none: their usual fields are not taken");
        assertThrows(IllegalArgumentException.class, () -> DatasetFields.exactly(Map.of(Part.TEXT, " ")));
    }
}
