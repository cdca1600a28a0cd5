package org.eventline.extract.entity;

import java.util.List;
import java.util.Locale;

/**
 * One known actor or place.
 *
 * @param key         stable id: the Wikidata id when known, else {@code local:} and a slug of the name
 * @param affiliation key of the state or body a person or office speaks for ("Q212" for Zelensky), or null;
 *                    for a place, the actor it stands for when used as a metonym ("Q159" for Moscow)
 * @param aliases     every way of writing it, in any script
 * @param office      role key of the office a person holds ("president"), or null
 */
public record Entry(String key, Kind kind, String name, String wikidata, String affiliation, List<String> aliases,
                    String office) {

    public Entry {
        aliases = List.copyOf(aliases);
    }

    public Entry(String key, Kind kind, String name, String wikidata, String affiliation, List<String> aliases) {
        this(key, kind, name, wikidata, affiliation, aliases, null);
    }

    /** A stable key for an entity no gazetteer knows: the same name gives the same key in every article. */
    public static String localKey(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return "local:" + slug;
    }

    /** The place this entry names when a text uses a country or group as a location ("travel to Germany"). */
    public Entry asPlace() {
        return kind == Kind.PLACE ? this : new Entry("place:" + key, Kind.PLACE, name, wikidata, key, aliases, null);
    }
}
