package org.eventline.extract.entity;

/**
 * A place in the text that names a gazetteer entry.
 *
 * @param viaAbbreviation named by a one-character abbreviation in a list (美、烏、歐三方), not by a full name
 */
public record EntityMention(Entry entry, int start, int end, String text, double confidence,
                            boolean viaAbbreviation) {

    public boolean isActor() {
        return entry.kind().isActor();
    }
}
