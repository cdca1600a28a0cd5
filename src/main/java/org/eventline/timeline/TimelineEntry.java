package org.eventline.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of a timeline: a claim (someone's position) or an event, with every source reporting it.
 *
 * @param date      the date value as extracted ("2025-12", "2025-12-14/2025-12-15"), or null
 * @param start     first day the date stands for, or null
 * @param end       last day, or null
 * @param precision day, week, month, quarter, half, season, year, decade, interval; "vague" or null when undated
 * @param holder    for a claim, who holds it; for an event, null
 * @param actors    for a claim, the beneficiaries; for an event, the participants
 * @param places    for a claim, the territories at stake; for an event, where it happened
 * @param sources   the reports, earliest published first
 * @param change    in a position history, the stance this entry's replaced; otherwise null
 */
public record TimelineEntry(Kind kind, String key, String type, String stance, boolean negated, String date,
                            LocalDate start, LocalDate end, String precision, Named holder, List<Named> actors,
                            List<Named> places, List<Source> sources, StanceChange change) {

    public enum Kind { CLAIM, EVENT }

    public TimelineEntry {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
    }

    public TimelineEntry withChange(StanceChange c) {
        return new TimelineEntry(kind, key, type, stance, negated, date, start, end, precision, holder, actors, places,
                sources, c);
    }

    /** The date as precise as it is known: "2025-12-15", "2025-12", "undated". */
    public String shownDate() {
        return date == null || start == null ? "undated" : date;
    }

    /** The stance with its negation: "OFFER", "NOT OFFER"; a negated REJECT stays REJECT. Null for events. */
    public String stanceLabel() {
        if (stance == null) {
            return null;
        }
        return negated && !"REJECT".equals(stance) ? "NOT " + stance : stance;
    }

    /** The evidence sentence of the earliest report, or null. */
    public String evidence() {
        return sources.isEmpty() ? null : sources.get(0).evidence();
    }

    public String holderName() {
        return holder == null ? null : holder.name();
    }

    /** "security guarantee" for SECURITY_GUARANTEE. */
    public String typeLabel() {
        return type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** "United States OFFER security guarantee → Ukraine (Donbas)"; "meeting: Witkoff, Zelenskyy (Berlin)". */
    public String headline() {
        StringBuilder sb = new StringBuilder();
        if (kind == Kind.CLAIM) {
            sb.append(holderName()).append(' ').append(stanceLabel()).append(' ').append(typeLabel());
            if (!actors.isEmpty()) {
                sb.append(" \u2192 ").append(names(actors));
            }
        } else {
            sb.append(typeLabel());
            if (!actors.isEmpty()) {
                sb.append(": ").append(names(actors));
            }
        }
        if (!places.isEmpty()) {
            sb.append(" (").append(names(places)).append(')');
        }
        return sb.toString();
    }

    static String names(List<Named> named) {
        return named.stream().map(Named::name).collect(Collectors.joining(", "));
    }
}
