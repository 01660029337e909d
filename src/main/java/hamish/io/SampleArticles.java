package hamish.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fictional sample articles bundled in {@code /samples/} (see its README). They are listed in
 * {@code /samples/index.txt} because a folder inside a jar cannot be listed, and they are read through
 * {@link ArticleFileReader#fromBytes}, the same path as any file the user imports.
 */
public final class SampleArticles {

    public static final String FOLDER = "/samples/";
    public static final String INDEX = FOLDER + "index.txt";

    private SampleArticles() {
    }

    /** Classpath resource names ({@code /samples/...txt}) in index order. */
    public static List<String> list() {
        List<String> names = new ArrayList<>();
        for (String line : new String(bytes(INDEX), StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(FOLDER + name);
            }
        }
        return names;
    }

    /** One sample, read like an imported file; its {@code source} is null as it has no path on disk. */
    public static ImportedArticle read(String resourceName) {
        String fileName = resourceName.substring(resourceName.lastIndexOf('/') + 1);
        return ArticleFileReader.fromBytes(bytes(resourceName), fileName, null);
    }

    public static List<ImportedArticle> readAll() {
        return list().stream().map(SampleArticles::read).toList();
    }

    /** A missing bundled resource is a packaging bug, so this fails loudly rather than as a user error. */
    private static byte[] bytes(String resourceName) {
        try (InputStream in = SampleArticles.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException(resourceName + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
