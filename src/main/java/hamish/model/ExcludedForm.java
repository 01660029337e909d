package hamish.model;

import java.util.Objects;

/**
 * A form generated from an entity's names that the user removed, so it is no longer proposed for that entity.
 *
 * @param key the folded key the matcher compares: every spelling of the form has it
 * @param form the form as it was shown when removed
 */
public record ExcludedForm(String key, String form) {

    public ExcludedForm {
        Objects.requireNonNull(form, "form");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a removed form needs a key, \"" + form + "\" has none");
        }
    }
}
