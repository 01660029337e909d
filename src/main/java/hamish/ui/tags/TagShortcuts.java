package hamish.ui.tags;

import hamish.model.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which tag a single key press applies: the tag whose shortcut is that key, otherwise the first tag
 * whose name starts with that letter (so a palette without shortcuts still works from the keyboard).
 */
public final class TagShortcuts {

    private TagShortcuts() {
    }

    public static Optional<Tag> forKey(List<Tag> palette, String key) {
        if (key == null || key.codePointCount(0, key.length()) != 1 || !Character.isLetterOrDigit(key.codePointAt(0))) {
            return Optional.empty();
        }
        Optional<Tag> byShortcut = palette.stream()
                .filter(t -> t.shortcut() != null && t.shortcut().equalsIgnoreCase(key)).findFirst();
        if (byShortcut.isPresent()) {
            return byShortcut;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        return palette.stream()
                .filter(t -> t.name().toLowerCase(Locale.ROOT).startsWith(lower)).findFirst();
    }

    /** The label on a palette chip: "1 Person". */
    public static String keyLabel(Tag tag) {
        if (tag.shortcut() != null) {
            return tag.shortcut().toUpperCase(Locale.ROOT);
        }
        return tag.name().substring(0, tag.name().offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
    }
}
