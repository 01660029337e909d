package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.analysis.NamingTable;
import hamish.analysis.Overview;
import hamish.analysis.OverviewLayout;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.EntityType;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The overview as SVG: well-formed XML, one rect per heat-map cell with a count, the light theme's colours. */
class OverviewSvgTest {

    private static Document doc(long id, String outlet) {
        return new Document(id, "تقرير <" + id + ">", outlet, null, "ar", "نص", "h" + id, Instant.EPOCH);
    }

    /** Two entities over three outlets (one of them two reports, one without outlet), a speaker, three claims. */
    static Overview sample() {
        List<Overview.Outlet> outlets = List.of(new Overview.Outlet(List.of(doc(1, "الجزيرة"), doc(2, "الجزيرة"))),
                new Overview.Outlet(List.of(doc(3, "R&D \"news\""))), new Overview.Outlet(List.of(doc(4, ""))));
        Entity austin = new Entity(1, "لويد أوستن", EntityType.PERSON, List.of());
        Entity gantz = new Entity(2, "بيني غانتس", EntityType.PERSON, List.of());
        List<Overview.MentionRow> mentions = List.of(
                new Overview.MentionRow(austin, List.of(new Overview.MentionCell(4, List.of(new NamingTable.Form("أوستن", 3),
                        new NamingTable.Form("لويد أوستن", 1))), new Overview.MentionCell(0, List.of()),
                        new Overview.MentionCell(1, List.of(new NamingTable.Form("أوستن", 1))))),
                new Overview.MentionRow(gantz, List.of(new Overview.MentionCell(2, List.of(new NamingTable.Form("غانتس", 2))),
                        new Overview.MentionCell(2, List.of(new NamingTable.Form("جانتس", 2))), new Overview.MentionCell(0, List.of()))));
        List<Overview.SpeakerRow> speakers = List.of(new Overview.SpeakerRow("لويد أوستن", List.of(2, 0, 0)),
                new Overview.SpeakerRow("", List.of(0, 1, 0)));
        List<Overview.ClaimTally> claims = List.of(new Overview.ClaimTally(2, 0, 1), new Overview.ClaimTally(1, 1, 1),
                new Overview.ClaimTally(0, 0, 3));
        return new Overview(outlets, mentions, speakers, claims, 3);
    }

    private static org.w3c.dom.Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> rects(org.w3c.dom.Document xml, String group, String kind) {
        List<Element> found = new ArrayList<>();
        NodeList all = xml.getElementsByTagName("rect");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (kind.equals(e.getAttribute("class")) && group.equals(((Element) e.getParentNode()).getAttribute("id"))) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void oneRectPerCellWithACountAndItsSpellingsAsTitle() throws Exception {
        StringWriter out = new StringWriter();
        OverviewSvg.write(out, sample(), OverviewSvg.Words.ENGLISH, true);

        org.w3c.dom.Document xml = parse(out.toString());
        OverviewLayout layout = new OverviewLayout(sample());
        assertEquals(String.valueOf(Math.round(layout.width())), xml.getDocumentElement().getAttribute("width"));
        List<Element> mentionCells = rects(xml, "mentions", "cell");
        assertEquals(4, mentionCells.size(), "four cells with mentions, two without");
        assertEquals("أوستن ×3; لويد أوستن ×1", mentionCells.get(0).getElementsByTagName("title").item(0).getTextContent());
        assertEquals(2, rects(xml, "quotations", "cell").size());
        assertEquals(6, rects(xml, "claims", "bar").size(), "2+1, 1+1+1 and 3 left out: six non-empty parts");
        assertTrue(out.toString().contains("R&amp;D &quot;news&quot;"), "outlet names escaped");
        assertTrue(out.toString().contains("direction=\"rtl\""));
        assertTrue(out.toString().contains("Noto Naskh Arabic"));
    }

    @Test
    void rightToLeftPutsTheLabelsOnTheRight() throws Exception {
        StringWriter rtl = new StringWriter();
        StringWriter ltr = new StringWriter();
        OverviewSvg.write(rtl, sample(), OverviewSvg.Words.ENGLISH, true);
        OverviewSvg.write(ltr, sample(), OverviewSvg.Words.ENGLISH, false);

        double width = new OverviewLayout(sample()).width();
        double rtlCell = Double.parseDouble(rects(parse(rtl.toString()), "mentions", "cell").get(0).getAttribute("x"));
        double ltrCell = Double.parseDouble(rects(parse(ltr.toString()), "mentions", "cell").get(0).getAttribute("x"));
        assertTrue(ltrCell > OverviewLayout.LABEL_WIDTH, "labels first, left to right");
        assertEquals(width - ltrCell - (OverviewLayout.CELL_WIDTH - 2), rtlCell, 0.11, "mirrored");
    }

    @Test
    void theShadesAreTheLightThemesLookedUpColours() throws Exception {
        String css = Files.readString(Path.of("resources/css/app-light.css"));
        for (int i = 1; i <= Overview.SHADES; i++) {
            assertEquals(OverviewSvg.SHADES.get(i - 1), colour(css, "-overview-shade-" + i));
            assertEquals(OverviewSvg.INKS.get(i - 1), colour(css, "-overview-ink-" + i));
        }
        assertEquals(OverviewSvg.CLAIM_COLOURS, List.of(colour(css, "-overview-carried"), colour(css, "-overview-contradicted"),
                colour(css, "-overview-left-out")));
    }

    private static String colour(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertTrue(m.find(), name);
        return m.group(1).toLowerCase();
    }

    @Test
    void charactersXmlCannotHoldBecomeSpaces() {
        assertEquals("a b 😀  c", OverviewSvg.escape("a\u0001b \uD83D\uDE00 \uD800c"));
    }
}
