package org.eventline.extract.claim;

import org.eventline.extract.Lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Which states belong to which groups of states (members.tsv): Germany to Europe, the EU and NATO. */
final class Members {

    private final Map<String, Set<String>> byGroup = new HashMap<>();

    Members(Lexicon lexicon) {
        Map<String, String> keyOfIso = new HashMap<>();
        for (Lexicon.Row row : lexicon.rows("countries.tsv")) {
            String qid = row.column(1);
            keyOfIso.put(row.column(0), qid.isEmpty() ? "iso:" + row.column(0) : qid);
        }
        for (Lexicon.Row row : lexicon.rows("members.tsv")) {
            Set<String> members = byGroup.computeIfAbsent(row.column(0), k -> new HashSet<>());
            for (String iso : row.column(1).split("\\|")) {
                if (!iso.isBlank()) {
                    members.add(keyOfIso.getOrDefault(iso.strip(), "iso:" + iso.strip()));
                }
            }
        }
    }

    /** Whether the state with this key is a member of the group with that key. */
    boolean belongs(String state, String group) {
        return state != null && byGroup.getOrDefault(group, Set.of()).contains(state);
    }
}
