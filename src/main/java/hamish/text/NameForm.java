package hamish.text;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One way a reader sees a person's name written, generated from the names the user gave: shown by
 * {@code hamish entity forms} and used by {@link EntityNames} to propose mentions.
 *
 * @param text the form; for {@link Kind#LONG_FORM} a pattern where … stands for any father's name
 */
public record NameForm(String text, Kind kind) {

    public enum Kind {
        /** The canonical name or an alias, as entered. */
        NAME("name"),
        /** The same name with عبد joined or separated (عبدالله / عبد الله). */
        SPELLING("spelling"),
        /** The name without its first name (داود أوغلو for أحمد داود أوغلو, دي ميستورا). */
        WITHOUT_FIRST_NAME("without first name"),
        /** The last name alone (الشريم); a common word (التركي) only after a rank such as اللواء. */
        SURNAME("surname"),
        /** A shorter lineage: the first name and the first fathers (فيصل بن خالد). */
        LINEAGE("shorter lineage"),
        /** First name and family without the fathers (عبدالعزيز آل الشيخ). */
        FIRST_AND_FAMILY("first name and family"),
        /** The first name, any chain of بن/ابن fathers, then the rest (عادل بن أحمد الجبير). */
        LONG_FORM("long form");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a long form writes for "any father's name". */
    static final String ANY_FATHERS = "…";

    public NameForm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** The key of this form: see {@link #keyOf}. */
    public String key() {
        return keyOf(text);
    }

    /**
     * Whether a user may remove this form from an entity's forms (it is then never proposed for it). The names
     * the user gave are not generated: an alias is removed by deleting it, and the canonical name and its
     * عبد respelling are the entity itself.
     */
    public boolean removable() {
        return kind != Kind.NAME && kind != Kind.SPELLING;
    }

    /**
     * The folded key by which a removed form is remembered: the name units folded (hamza, ya, ta marbuta, harakat
     * do not matter) with عبد joined to the next word, so عبد الله and عبدالله, or كيري and كيرى, are one form;
     * a long form's key keeps its … so that it never equals the shorter form with the same words. Empty for a
     * text without letters.
     */
    public static String keyOf(String text) {
        String units = PersonNameForms.units(text).stream().map(NameUnit::key).collect(Collectors.joining(" "));
        return text.contains(ANY_FATHERS) && !units.isEmpty() ? ANY_FATHERS + units : units;
    }
}
