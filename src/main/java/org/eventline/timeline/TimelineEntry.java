package org.eventline.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a timeline: a claim (someone's position) or an event, with every source reporting it.
 *
 * @param kind      CLAIM or EVENT
 * @param date      the date value as extracted ("2025-12", "2025-12-14/2025-12-15"), or null
 * @param start     first day the date stands for, or null
 * @param end       last day, or null
 * @param precision day, week, month, year, interval…; "vague" or null when undated
 * @param holder    for a claim, who holds it; for an event, null
 * @param actors    for a claim, the beneficiaries; for an event, the participants
 * @param places    for a claim, the territories at stake; for an event, where it happened
 */
public record TimelineEntry(String kind, String key, String type, String stance, boolean negated, String date,
                            LocalDate start, LocalDate end, String precision, String holder, List<String> actors,
                            List<String> places, List<Source> sources) {

    public TimelineEntry {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
    }

    /** The date as precise as it is known: "2025-12-15", "2025-12", "undated". */
    public String shownDate() {
        return date == null ? "undated" : date;
    }
}
