package org.eventline.model;

import java.util.List;

/** A location named in an article. {@code id} follows the same rule as {@link Actor#id()}. */
public record Place(String id, String name, String wikidata, List<Mention> mentions, double confidence) {

    public Place {
        mentions = List.copyOf(mentions);
    }
}
