package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The direct reading of stored instants gives what java.time's parser gives, and refuses what it refuses. */
class RowsParsingTest {

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-12-02T18:52:01.123Z", "2026-12-02T18:52:01.123456Z",
            "2026-12-02T18:52:01.123456789Z", "2024-02-29T23:59:59.5Z", "1969-12-31T23:59:59.999999999Z", "0001-01-01T00:00:00Z"})
    void readsWhatInstantToStringWrites(String stored) {
        assertEquals(Instant.parse(stored), Rows.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02T18:52:01.123Z", "+12026-01-01T00:00:00Z"})
    void roundTripsInstants(String stored) {
        Instant instant = Instant.parse(stored);
        assertEquals(instant, Rows.parseInstant(instant.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-02T24:00:00Z", "2026-12-02T18:60:00Z",
            "2026-12-02 18:52:01Z", "2026-12-02T18:52:01.Z", "2026-12-0xT18:52:01Z", "2026-12-02T18:52:01.1234567890Z"})
    void agreesWithTheParserOnOddForms(String stored) {
        Object expected;
        try {
            expected = Instant.parse(stored);
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, () -> Rows.parseInstant(stored));
            return;
        }
        assertEquals(expected, Rows.parseInstant(stored));
    }
}
