package hamish.io;

import hamish.model.TagSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The tag set a new database starts with: Person, Organisation, Place, Quote and Claim on keys 1–5,
 * in colours from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies,
 * mid-light so both black text on light themes and light text on dark themes stay readable).
 */
public final class DefaultTags {

    public static final String RESOURCE = "/tags/default-tags.json";

    private DefaultTags() {
    }

    /** The default tags' names in {@code language} (stored name → shown name); empty for a language not in the file. */
    public static Map<String, String> namesIn(String language) {
        try (InputStream in = DefaultTags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return Map.copyOf(TagSetJson.localNames(in, RESOURCE).getOrDefault(language, Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails loudly: a missing or broken bundled file is a packaging bug, not a user error. */
    public static TagSet load() {
        try (InputStream in = DefaultTags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return TagSetJson.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
