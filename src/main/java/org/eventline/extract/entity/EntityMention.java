package org.eventline.extract.entity;

/**
 * A span of the text that names an actor or place.
 *
 * @param source how it was found, which also says how far to trust it
 */
public record EntityMention(Entry entry, int start, int end, String text, double confidence, Source source) {

    /** How a mention was found. */
    public enum Source {
        /** A gazetteer name or alias. */
        NAME,
        /** A one-character abbreviation in a list (美、烏、歐三方, 美歐, 訪美). */
        ABBREVIATION,
        /** A demonym before a title or collective noun ("Belgian government"). */
        DEMONYM,
        /** A capital or seat of power standing for its state (華府表示, "the Kremlin said"). */
        METONYM,
        /** A Chinese name glossed with its Latin form: 高布（Florence Gaub）. */
        GLOSS,
        /** A name after a title or role ("Finnish President Alexander Stubb", 芬蘭總統斯圖布). */
        TITLE,
        /** A capitalised English name that reads as a person or organisation. */
        PATTERN,
        /** A later mention of a name found earlier in the same article (高布 after 高布（Florence Gaub）). */
        REPEAT,
        /** A role standing for its holder named elsewhere ("the Ukrainian president"). */
        ROLE
    }

    /** The same span read as another entry (the region of the name, the city, the venue). */
    public EntityMention as(Entry other) {
        return new EntityMention(other, start, end, text, confidence, source);
    }

    public boolean isActor() {
        return entry.kind().isActor();
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
