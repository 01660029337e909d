package hamish.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved HTML article with jsoup: the main text only (the {@code <article>} with the most text,
 * else {@code <main>}, else the body), without scripts, styles, navigation, forms, embedded frames and
 * asides, one paragraph per block element. Nothing in the page is executed or fetched: jsoup parses the
 * bytes and never loads the images, scripts or frames a page refers to. Title from {@code og:title},
 * {@code <title>} or the first heading; outlet from {@code og:site_name}; date from
 * {@code article:published_time} or the first {@code <time datetime>}. The charset comes from the BOM or
 * the page's {@code <meta charset>}, else UTF-8.
 */
public final class HtmlArticleReader {

    private static final String DROPPED = "script, style, noscript, template, iframe, frame, object, embed, svg, canvas, "
            + "nav, aside, form, button, select, input, textarea, footer, link, meta";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "br", "tr", "table", "figcaption", "figure", "pre", "dd", "dt",
            "hr", "address");

    private HtmlArticleReader() {
    }

    public static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    public static ImportedArticle read(Path file) {
        return fromBytes(UserFile.read(file, ArticleFileReader.MAX_BYTES, "an article"), UserFile.displayName(file), file);
    }

    public static ImportedArticle fromBytes(byte[] bytes, String fileName, Path source) {
        Document page;
        try {
            // An empty base URI: relative links stay relative, and nothing is ever resolved or fetched.
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new ImportException(fileName, "cannot be read as HTML (" + e.getMessage() + ")", e);
        }
        String title = firstNonBlank(meta(page, "og:title"), page.title(), page.select("h1").text());
        String outlet = meta(page, "og:site_name");
        String url = firstNonBlank(webAddress(page.select("link[rel=canonical]").attr("href")), webAddress(meta(page, "og:url")));
        LocalDate published = date(firstNonBlank(meta(page, "article:published_time"), page.select("time[datetime]").attr("datetime")));
        // A byline as pages state it: the standard meta name first, then Open Graph's article:author (often a name,
        // sometimes a profile URL, which names no one and is left out).
        String author = firstNonBlank(meta(page, "author"), notAnAddress(meta(page, "article:author")));
        page.select(DROPPED).remove();
        Element root = mainElement(page);
        String text = TextCanonicaliser.canonicalise(blocks(root));
        if (text.isBlank()) {
            throw new ImportException(fileName, "there is no article text in the page");
        }
        if (title.isBlank()) {
            title = text.lines().findFirst().orElse(fileName);
        }
        title = TextCanonicaliser.canonicalise(title.strip());
        if (title.length() > ArticleParser.MAX_TITLE_LENGTH) {
            title = title.substring(0, ArticleParser.MAX_TITLE_LENGTH);
        }
        String charset = page.charset() == null ? "UTF-8" : page.charset().name();
        ParsedArticle article = new ParsedArticle(title, outlet.strip(), published, page.select("html").attr("lang"), text, url,
                hamish.text.OneLine.of(author));
        return new ImportedArticle(source, article, charset, ArticleFileReader.sha256(text));
    }

    private static String notAnAddress(String value) {
        return value.strip().matches("(?i)^https?://.*") ? "" : value;
    }

    /**
     * The page's own address when it states a whole one: a relative or non-web link names no place the
     * article can be found again (the page is never fetched, so nothing resolves it).
     */
    private static String webAddress(String href) {
        String u = href.strip();
        return u.matches("(?i)https?://\\S+") ? u : "";
    }

    private static Element mainElement(Document page) {
        Element best = null;
        for (Element article : page.select("article")) {
            if (best == null || article.text().length() > best.text().length()) {
                best = article;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    /** The text of {@code root}, a line per block element, spaces collapsed, empty lines dropped. */
    static String blocks(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String clean = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return String.join("\n", lines);
    }

    private static String meta(Document page, String property) {
        Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? "" : e.attr("content");
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
