package org.eventline.timeline;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a timeline shows. Null or empty means no restriction.
 *
 * @param actorKeys  actor keys to select (an actor resolved from any of its names), with
 * @param actorNames lower-cased names to match against actor names and aliases in the graph
 * @param from       entries whose date range ends on or after this day
 * @param to         entries whose date range starts on or before this day
 * @param article    article id or source path/URL
 */
public record Filter(Set<String> actorKeys, Set<String> actorNames, Set<String> types, Set<String> stances,
                     Set<String> territoryKeys, Set<String> territoryNames, LocalDate from, LocalDate to,
                     String article, boolean includeEvents) {

    public static Filter all() {
        return new Filter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, true);
    }
}
