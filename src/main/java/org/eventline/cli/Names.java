package org.eventline.cli;

import org.eventline.extract.Lexicon;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Gazetteer;
import org.eventline.text.Scripts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Resolves the names users type in filters to the keys of the graph: any alias the gazetteer knows, in
 * any script ("Zelensky", "澤倫斯基" and "泽连斯基" are all Q3874799), or a key itself. The names are also
 * kept, so that the graph can match them against the names its articles used.
 */
final class Names {

    private final Gazetteer gazetteer;

    Names(Lexicon lexicon) {
        this.gazetteer = Gazetteer.from(lexicon);
    }

    /** The keys of every gazetteer entry one of these names denotes. */
    Set<String> keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.addAll(keys(n.strip())));
        return keys;
    }

    private Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (name.isEmpty()) {
            return keys;
        }
        if (gazetteer.get(name) != null) {
            keys.add(name);
        }
        // The whole name must be one alias: "Ukraine" names Ukraine, "Ukrainian troops" names nothing here.
        gazetteer.match(Scripts.toSimplified(name), name).stream()
                .filter(m -> m.start() == 0 && m.end() == name.length())
                .map(m -> m.entry().key()).forEach(keys::add);
        for (Entry e : gazetteer.entries()) {
            if (e.name().equalsIgnoreCase(name)) {
                keys.add(e.key());
            }
        }
        return keys;
    }
}
