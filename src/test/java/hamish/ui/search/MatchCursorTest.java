package hamish.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import hamish.model.Kwic;
import hamish.model.SearchHit;
import hamish.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys through the results: every match in order, a document at a time, and a title-only document as one stop. */
class MatchCursorTest {

    private static Kwic kwic(int at) {
        return new Kwic(new Span(at, at + 4), "قبل ", "كلمة", " بعد");
    }

    private final List<SearchHit> hits = new ArrayList<>(List.of(
            new SearchHit(10, "أ", "", 1, List.of(kwic(0), kwic(20)), 2),
            new SearchHit(11, "ب", "", 1, List.of(), 0),
            new SearchHit(12, "ج", "", 1, List.of(kwic(5), kwic(50), kwic(90)), 3)));
    private final MatchCursor cursor = new MatchCursor(hits);

    @Test
    void downStepsThroughEveryMatchAndStopsAtTheLast() {
        List<SearchPosition> seen = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cursor.nextMatch();
            seen.add(cursor.current());
        }
        assertEquals(List.of(new SearchPosition(0, 0), new SearchPosition(0, 1), new SearchPosition(1, 0), new SearchPosition(2, 0),
                new SearchPosition(2, 1), new SearchPosition(2, 2), new SearchPosition(2, 2), new SearchPosition(2, 2)), seen);
        assertEquals(new MatchCursor.Target(12, new Span(90, 94)), cursor.target().orElseThrow());
    }

    @Test
    void upGoesBackToThePreviousDocumentsLastMatch() {
        cursor.moveTo(new SearchPosition(2, 0));
        cursor.previousMatch();
        assertEquals(new SearchPosition(1, 0), cursor.current());
        assertEquals(new MatchCursor.Target(11, null), cursor.target().orElseThrow(), "a title-only document opens at the top");
        cursor.previousMatch();
        assertEquals(new SearchPosition(0, 1), cursor.current());
    }

    @Test
    void documentStepsLandOnFirstMatches() {
        cursor.moveTo(new SearchPosition(0, 1));
        cursor.nextDocument();
        assertEquals(new SearchPosition(1, 0), cursor.current());
        cursor.nextDocument();
        cursor.nextDocument();
        assertEquals(new SearchPosition(2, 0), cursor.current());
        cursor.moveTo(new SearchPosition(2, 2));
        cursor.previousDocument();
        assertEquals(new SearchPosition(2, 0), cursor.current(), "first to the start of its own document");
        cursor.previousDocument();
        assertEquals(new SearchPosition(1, 0), cursor.current());
    }

    @Test
    void aPlaceOutsideTheResultsIsNoPlace() {
        cursor.moveTo(new SearchPosition(1, 1));
        assertNull(cursor.current());
        hits.clear();
        cursor.nextMatch();
        assertNull(cursor.current());
    }
}
