package hamish.model;

/** The kind of thing an entity is. Matches the CoNLL-style classes analysts know (PERS, ORG, LOC, MISC). */
public enum EntityType {
    PERSON, ORG, PLACE, MISC
}
