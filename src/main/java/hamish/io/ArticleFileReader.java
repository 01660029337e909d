package hamish.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads article files: bytes → {@link TextDecoder} → {@link TextCanonicaliser} → {@link ArticleParser}.
 *
 * <p>Files over {@link #MAX_BYTES} are refused ({@link UserFile} reads at most that many bytes, and only
 * from a regular file): a news article is a few kilobytes, so a file that large is a mistake (a database,
 * a video), and holding it and its decoded copies in memory would stall the window.
 */
public final class ArticleFileReader {

    /** 20 MiB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private ArticleFileReader() {
    }

    public static ImportedArticle read(Path file) {
        return read(file, MAX_BYTES);
    }

    /** {@link #read(Path)} with another limit, so tests need not write 20 MB. */
    static ImportedArticle read(Path file, long limit) {
        return fromBytes(UserFile.read(file, limit, "an article"), displayName(file), file);
    }

    /** The same path as {@link #read(Path)} for bytes already in memory (bundled samples, tests). */
    public static ImportedArticle fromBytes(byte[] bytes, String fileName, Path source) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(fileName, "too large for an article (the limit is " + MAX_BYTES / 1048576 + " MB)");
        }
        DecodedText decoded = TextDecoder.decode(bytes, fileName);
        String canonical = TextCanonicaliser.canonicalise(decoded.text());
        ParsedArticle article = ArticleParser.parse(canonical, fileName);
        return new ImportedArticle(source, article, decoded.charset(), sha256(article.text()));
    }

    /**
     * The {@code .txt}, {@code .html} and {@code .htm} files (any letter case) under {@code dir}, recursively, sorted by path. Hidden files
     * and everything inside hidden folders ({@code .git}, {@code .Trash}) are skipped, and symbolic links
     * are not followed (a link to a parent folder would never end).
     */
    public static List<Path> listImportable(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(displayName(dir), "not a folder");
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    String n = f.getFileName().toString();
                    String lower = n.toLowerCase(Locale.ROOT);
                    boolean article = lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
                    if (attrs.isRegularFile() && article && !isHidden(f)) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable corner must not hide the rest
                }
            });
        } catch (IOException e) {
            throw new ImportException(displayName(dir), "cannot list the folder (" + e.getMessage() + ")", e);
        }
        found.sort(null);
        return found;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isHidden(Path p) throws IOException {
        return p.getFileName().toString().startsWith(".") || Files.isHidden(p);
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
