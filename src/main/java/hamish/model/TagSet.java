package hamish.model;

import java.util.List;
import java.util.Optional;

/** A named palette of tags; the default one ships in {@code resources/tags/default-tags.json}. */
public record TagSet(String name, List<Tag> tags) {

    public TagSet {
        tags = List.copyOf(tags);
    }

    public Optional<Tag> byName(String tagName) {
        return tags.stream().filter(t -> t.name().equalsIgnoreCase(tagName)).findFirst();
    }

    public Optional<Tag> byShortcut(String key) {
        return tags.stream().filter(t -> t.shortcut() != null && t.shortcut().equalsIgnoreCase(key)).findFirst();
    }
}
