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

    /** The article files of {@link #listFolder}, without the links it refused. */
    public static List<Path> listImportable(Path dir) {
        return listFolder(dir).files();
    }

    /**
     * The {@code .txt}, {@code .html} and {@code .htm} files (any letter case) under {@code dir}, recursively,
     * sorted by path. Hidden files and everything inside hidden folders ({@code .git}, {@code .Trash}) are
     * skipped. A symbolic link is followed when it leads to a file inside {@code dir} (an archive that names
     * its files by links imports as the same files named directly would); a link to a file outside the
     * folder, to nothing, in a loop, or to a folder (which could lead back up and never end) is refused with
     * its reason. Anything else with an article's name that is not a regular file (a named pipe) is listed,
     * and the reader refuses it, unopened, saying what it is.
     */
    public static FolderListing listFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(displayName(dir), "not a folder");
        }
        List<Path> found = new ArrayList<>();
        List<ImportOutcome> refused = new ArrayList<>();
        try {
            Path root = dir.toRealPath();
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    if (isHidden(f)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String problem = attrs.isSymbolicLink() ? FolderLinks.problem(root, f, isArticleName(f)) : null;
                    if (problem != null) {
                        refused.add(ImportOutcome.refused(f, displayName(f) + ": " + problem));
                    } else if (isArticleName(f) && !attrs.isDirectory()) {
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
        return new FolderListing(found, refused);
    }

    private static boolean isArticleName(Path f) {
        String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
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
