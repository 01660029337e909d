package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NewsDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2015-08-06|2015-08-06", "2015-08-06 18:23:17|2015-08-06", "2015-08-06T23:30:00-05:00|2015-08-06",
            "2015/8/6|2015-08-06", "06/08/2015|2015-08-06", "6.8.2015|2015-08-06", "Thu, 06 Aug 2015 18:23:17 GMT|2015-08-06",
            "August 6, 2015|2015-08-06", "6 Aug 2015|2015-08-06", "Thursday, 6 August 2015|2015-08-06",
            "6 أغسطس 2015|2015-08-06", "٦ آب ٢٠١٥|2015-08-06", "الخميس 6 أغسطس 2015|2015-08-06", "6 أوت 2015|2015-08-06",
            "1438885397|2015-08-06", "1438885397000|2015-08-06"})
    void readsTheCommonForms(String raw, String day) {
        assertEquals(Optional.of(LocalDate.parse(day)), NewsDates.parse(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2015-13-45", "32/01/2015", "6 Smarch 2015", "منذ ساعتين", "12"})
    void anythingElseIsNoDate(String raw) {
        assertEquals(Optional.empty(), NewsDates.parse(raw));
    }
}
