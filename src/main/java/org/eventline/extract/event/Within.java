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
 * Which places lie in which (venues.tsv): Anchorage in Alaska, Kharkiv in its oblast, the Élysée in Paris.
 * Rows naming a place the gazetteer does not hold are left out.
 */
final class Within {

    static final Within NONE = new Within(Map.of(), Set.of());

    private final Map<String, String> wider;
    private final Set<String> sites;

    private Within(Map<String, String> wider, Set<String> sites) {
        this.wider = wider;
        this.sites = sites;
    }

    static Within of(Lexicon lexicon, Gazetteer gazetteer) {
        Map<String, String> byName = new HashMap<>();
        for (Entry e : gazetteer.entries()) {
            if (e.kind() == Kind.PLACE) {
                byName.putIfAbsent(e.name(), e.key());
            }
        }
        Map<String, String> wider = new HashMap<>();
        Set<String> sites = new HashSet<>();
        for (Lexicon.Row row : lexicon.rows("venues.tsv")) {
            String place = byName.get(row.column(0));
            String in = byName.get(row.column(1));
            if (place != null && in != null && !place.equals(in)) {
                wider.put(place, in);
                if (row.column(2).equalsIgnoreCase("site")) {
                    sites.add(place);
                }
            }
        }
        return new Within(Map.copyOf(wider), Set.copyOf(sites));
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
