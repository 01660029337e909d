package hamish.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Document;
import hamish.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
            <title>قمة المياه | صحيفة الفجر</title>
            <meta property="og:title" content="قمة المياه تنتهي باتفاق">
            <meta property="og:site_name" content="صحيفة الفجر">
            <meta property="article:published_time" content="2025-04-03T08:00:00+03:00">
            <link rel="stylesheet" href="http://127.0.0.1:9/style.css">
            <link rel="canonical" href="https://alfajr.example/news/water-summit">
            <script src="http://127.0.0.1:9/tracker.js"></script>
            <style>body { color: red }</style>
            </head><body>
            <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
            <article>
              <h1>قمة المياه تنتهي   باتفاق</h1>
              <img src="http://127.0.0.1:9/photo.jpg" onerror="alert(1)">
              <p>قال الوزير إنّ <b>الاتفاق</b> يشمل 1400 متر مكعب.</p>
              <script>document.write('حقن');</script>
              <p>وأضاف: «لن نتراجع».<br>انتهى.</p>
              <iframe src="http://127.0.0.1:9/ad.html"></iframe>
              <aside>اقرأ أيضا: خبر آخر</aside>
            </article>
            <footer>جميع الحقوق محفوظة</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void keepsTheArticleTextAndDropsEverythingElse() {
        ImportedArticle article = HtmlArticleReader.fromBytes(PAGE.getBytes(StandardCharsets.UTF_8), "page.html", null);
        assertEquals("قمة المياه تنتهي باتفاق\nقال الوزير إنّ الاتفاق يشمل 1400 متر مكعب.\nوأضاف: «لن نتراجع».\nانتهى.",
                article.article().text());
        assertEquals("قمة المياه تنتهي باتفاق", article.article().title());
        assertEquals("صحيفة الفجر", article.article().outlet());
        assertEquals(LocalDate.of(2025, 4, 3), article.article().published());
        String text = article.article().text();
        for (String gone : new String[] {"حقن", "color", "الرئيسية", "اقرأ أيضا", "جميع الحقوق", "alert", "127.0.0.1"}) {
            assertFalse(text.contains(gone), gone);
        }
    }

    @Test
    void storesTheExtractedTextThroughTheImporter() throws Exception {
        Path file = Files.writeString(dir.resolve("مقال.html"), PAGE);
        try (Stores stores = Stores.open(dir.resolve("h.db"))) {
            ImportOutcome outcome = new DocumentImporter(stores.documents()).importFile(file);
            assertEquals(ImportOutcome.Status.IMPORTED, outcome.status(), outcome.message());
            Document d = stores.documents().get(outcome.documentId()).orElseThrow();
            assertTrue(d.text().startsWith("قمة المياه تنتهي باتفاق\nقال الوزير"));
            assertEquals("https://alfajr.example/news/water-summit", d.url(), "the page's canonical address is kept");
            assertEquals(ArticleFileReader.sha256(d.text()), d.contentHash());
        }
        assertTrue(ArticleFileReader.listImportable(dir).contains(file));
    }

    @Test
    void theBylineIsTheAuthorButAProfileAddressIsNot() {
        String named = "<html><head><meta name=\"author\" content=\" سارة   الأحمد \"></head><body><p>غزة</p></body></html>";
        assertEquals("سارة الأحمد", HtmlArticleReader.fromBytes(named.getBytes(StandardCharsets.UTF_8), "p.html", null).article().author());
        String og = "<html><head><meta property=\"article:author\" content=\"https://facebook.example/sara\"></head><body><p>غزة</p></body></html>";
        assertEquals("", HtmlArticleReader.fromBytes(og.getBytes(StandardCharsets.UTF_8), "p.html", null).article().author());
        assertEquals("", HtmlArticleReader.fromBytes(PAGE.getBytes(StandardCharsets.UTF_8), "p.html", null).article().author());
    }

    @Test
    void aRelativeOrNonWebAddressIsNoUrl() {
        String relative = "<html><head><link rel=\"canonical\" href=\"/news/1\"><meta property=\"og:url\" content=\"https://x.example/1\">"
                + "</head><body><p>غزة</p></body></html>";
        assertEquals("https://x.example/1", HtmlArticleReader.fromBytes(relative.getBytes(StandardCharsets.UTF_8), "p.html", null).article().url(),
                "a relative canonical link gives way to a whole og:url");
        String script = "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body><p>غزة</p></body></html>";
        assertEquals("", HtmlArticleReader.fromBytes(script.getBytes(StandardCharsets.UTF_8), "p.html", null).article().url());
    }

    @Test
    void readsTheCharsetThePageDeclares() {
        String page = "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><p>غزة</p></body></html>";
        ImportedArticle article = HtmlArticleReader.fromBytes(page.getBytes(java.nio.charset.Charset.forName("windows-1256")), "p.htm", null);
        assertEquals("غزة", article.article().text());
        assertEquals("windows-1256", article.charset().toLowerCase());
    }

    @Test
    void aPageWithoutTextIsRefusedByName() {
        ImportException e = assertThrows(ImportException.class, () -> HtmlArticleReader.fromBytes(
                "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8), "empty.html", null));
        assertEquals("empty.html: there is no article text in the page", e.getMessage());
    }
}
