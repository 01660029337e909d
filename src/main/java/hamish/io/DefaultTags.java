package hamish.io;

import hamish.model.TagSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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
        return names().getOrDefault(language, Map.of());
    }

    /** The default tags' names in every language of the file: language → (stored name → shown name). */
    public static Map<String, Map<String, String>> names() {
        try (InputStream in = DefaultTags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            Map<String, Map<String, String>> names = new TreeMap<>();
            TagSetJson.localNames(in, RESOURCE).forEach((language, byName) -> names.put(language, Map.copyOf(byName)));
            return Collections.unmodifiableMap(names);
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
