package org.eventline.extract.event;

import org.eventline.extract.Lexicon;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Gazetteer;
import org.eventline.extract.entity.Kind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which places lie in which (venues.tsv): Anchorage in Alaska, Kharkiv in its oblast, the Élysée in Paris;
 * and each state's capital, for "the Saudi capital". Rows naming a place the gazetteer does not hold are left out.
 */
final class Within {

    static final Within NONE = new Within(Map.of(), Set.of(), Map.of(), Map.of());

    private final Map<String, String> wider;
    private final Set<String> sites;
    /** Each state's capital, by the keys of both. */
    private final Map<String, String> capitals;
    /** The city each region is named after (Kherson Oblast: Kherson), by their keys. */
    private final Map<String, String> namesakes;

    private Within(Map<String, String> wider, Set<String> sites, Map<String, String> capitals,
                   Map<String, String> namesakes) {
        this.wider = wider;
        this.sites = sites;
        this.capitals = capitals;
        this.namesakes = namesakes;
    }

    static Within of(Lexicon lexicon, Gazetteer gazetteer) {
        Map<String, String> byName = new HashMap<>();
        Map<String, String> states = new HashMap<>();
        for (Entry e : gazetteer.entries()) {
            if (e.kind() == Kind.PLACE) {
                byName.putIfAbsent(e.name(), e.key());
            } else if (e.kind() == Kind.COUNTRY) {
                states.putIfAbsent(e.name(), e.key());
            }
        }
        Map<String, String> wider = new HashMap<>();
        Set<String> sites = new HashSet<>();
        Map<String, String> capitals = new HashMap<>();
        Map<String, String> namesakes = new HashMap<>();
        for (Lexicon.Row row : lexicon.rows("venues.tsv")) {
            if (row.column(2).equalsIgnoreCase("capital")) {
                String city = byName.get(row.column(0));
                String state = states.get(row.column(1));
                if (city != null && state != null) {
                    capitals.put(state, city);
                }
                continue;
            }
            String place = byName.get(row.column(0));
            String in = byName.get(row.column(1));
            if (place != null && in != null && !place.equals(in)) {
                wider.put(place, in);
                if (row.column(2).equalsIgnoreCase("site")) {
                    sites.add(place);
                }
                if (row.column(1).equals(row.column(0).replaceFirst(" city$", "") + " Oblast")) {
                    namesakes.put(in, place);
                }
            }
        }
        return new Within(Map.copyOf(wider), Set.copyOf(sites), Map.copyOf(capitals), Map.copyOf(namesakes));
    }

    /** The capital of a state, by their keys, or null when the lexicon does not say. */
    String capitalOf(String state) {
        return capitals.get(state);
    }

    /** The city a region is named after (Kherson for Kherson Oblast), by their keys, or null. */
    String namesake(String region) {
        return namesakes.get(region);
    }

    /** The places a place lies in, nearest first (Mar-a-Lago: Palm Beach, Florida). */
    Set<String> around(String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String k = wider.get(key); k != null && out.add(k); k = wider.get(k)) {
            // climbs until the top or a loop in the data
        }
        return out;
    }

    /** Whether a place is a building or compound within the place it lies in. */
    boolean site(String key) {
        return sites.contains(key);
    }
}
