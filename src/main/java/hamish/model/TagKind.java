package hamish.model;

/** What a tag marks: an entity mention, a direct quote, a claim attributed to a speaker, or anything else. */
public enum TagKind {
    ENTITY, QUOTE, CLAIM, OTHER;

    /** Quotes and claims are said by someone, so they carry a speaker. */
    public boolean hasSpeaker() {
        return this == QUOTE || this == CLAIM;
    }
}
