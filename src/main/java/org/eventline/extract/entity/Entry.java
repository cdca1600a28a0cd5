package org.eventline.extract.entity;

import java.util.List;

/**
 * One gazetteer entry.
 *
 * @param key         stable id: the Wikidata id when known, else {@code local:} and a slug of the name
 * @param affiliation key of the state or body a person or office speaks for ("Q212" for Zelensky), or null;
 *                    for a place, the actor it stands for when used as a metonym ("Q159" for Moscow)
 * @param aliases     every way of writing it, in any script
 */
public record Entry(String key, Kind kind, String name, String wikidata, String affiliation, List<String> aliases) {

    public Entry {
        aliases = List.copyOf(aliases);
    }

    public static String localKey(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return "local:" + slug;
    }
}
