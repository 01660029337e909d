package hamish.model;

import java.util.Locale;
import java.util.Optional;

/** The kind of thing an entity is. Matches the CoNLL-style classes analysts know (PERS, ORG, LOC, MISC). */
public enum EntityType {
    PERSON, ORG, PLACE, MISC;

    /**
     * The type a user or a pipeline names in words (person, organisation, place, misc, or the CoNLL and
     * American forms: per, org, organization, loc, location); empty for any other word.
     */
    public static Optional<EntityType> fromWord(String word) {
        return Optional.ofNullable(switch (word == null ? "" : word.strip().toLowerCase(Locale.ROOT)) {
            case "person", "per", "pers" -> PERSON;
            case "organisation", "organization", "org" -> ORG;
            case "place", "loc", "location" -> PLACE;
            case "misc" -> MISC;
            default -> null;
        });
    }

    /** The word for this type: person, organisation, place or misc. */
    public String word() {
        return switch (this) {
            case PERSON -> "person";
            case ORG -> "organisation";
            case PLACE -> "place";
            case MISC -> "misc";
        };
    }
}
