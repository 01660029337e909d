package hamish.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import hamish.io.CompareCsv;
import hamish.model.Document;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column headings and pane headers: outlet and date when the outlet is known, else the title; the number always. */
class DocumentHeadingsTest {

    private static Document doc(long id, String title, String outlet, LocalDate date) {
        return new Document(id, title, outlet, date, "ar", "نص.\n", "h" + id, Instant.EPOCH);
    }

    @Test
    void theOutletAndDateHeadAColumnWhenTheOutletIsKnown() {
        assertEquals("[3] الجزيرة · 2021-06-04", DocumentHeadings.column(doc(3, "غانتس في واشنطن", "الجزيرة", LocalDate.of(2021, 6, 4))));
        assertEquals("[3] الجزيرة", DocumentHeadings.column(doc(3, "غانتس في واشنطن", " الجزيرة ", null)));
        assertEquals("[3] غانتس في واشنطن", DocumentHeadings.column(doc(3, "غانتس في واشنطن", "", LocalDate.of(2021, 6, 4))),
                "no outlet: the title, as before");
    }

    @Test
    void twoReportsOfOneOutletOnOneDayStayApart() {
        Document a = doc(1, "أ", "اليوم", LocalDate.of(2025, 4, 17));
        Document b = doc(2, "ب", "اليوم", LocalDate.of(2025, 4, 17));
        assertNotEquals(DocumentHeadings.column(a), DocumentHeadings.column(b));
    }

    @Test
    void thePaneHeaderShowsWhatIsKnown() {
        assertEquals("الجزيرة · 2021-06-04", DocumentHeadings.source(doc(1, "ع", "الجزيرة", LocalDate.of(2021, 6, 4))));
        assertEquals("الجزيرة", DocumentHeadings.source(doc(1, "ع", "الجزيرة", null)));
        assertEquals("2021-06-04", DocumentHeadings.source(doc(1, "ع", "", LocalDate.of(2021, 6, 4))));
        assertEquals("", DocumentHeadings.source(doc(1, "ع", "", null)));
    }

    @Test
    void theCsvHeadingsFollow() throws Exception {
        List<Document> docs = List.of(doc(1, "عنوان أول", "الجزيرة", LocalDate.of(2021, 6, 4)), doc(2, "عنوان ثان", "", null));
        StringWriter naming = new StringWriter();
        CompareCsv.writeNaming(naming, NamingTable.build(docs, List.of(), List.of()));
        assertEquals("\uFEFFentity,type,[1] الجزيرة · 2021-06-04,[2] عنوان ثان\r\n", naming.toString());
        StringWriter claims = new StringWriter();
        CompareCsv.writeClaims(claims, ClaimMatrix.build(docs, List.of(), List.of(), List.of(), List.of()));
        assertEquals("\uFEFFkind,claim,speaker,verb,unmatched,[1] الجزيرة · 2021-06-04 status,[1] الجزيرة · 2021-06-04 quote,"
                + "[2] عنوان ثان status,[2] عنوان ثان quote\r\n", claims.toString());
    }
}
