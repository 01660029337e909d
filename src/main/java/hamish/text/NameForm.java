package hamish.text;

import java.util.Objects;

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

    public NameForm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
