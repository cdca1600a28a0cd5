package org.eventline.timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventline.model.Json;
import org.eventline.model.TimeValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Knight Lab TimelineJS3 JSON. Dates keep their precision: a month is {@code {year, month}}, never its
 * first day; ranges (intervals, weeks, quarters, seasons, decades) get an {@code end_date}; every event
 * also carries the value as extracted in {@code display_date}. Undated entries cannot be placed and are
 * left out (the title slide says how many). Groups are the holders of claims and the types of events.
 */
final class TimelineJs {

    private TimelineJs() {
    }

    static ObjectNode document(List<TimelineEntry> entries) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode events = root.putArray("events");
        int undated = 0;
        for (TimelineEntry e : entries) {
            if (e.start() == null) {
                undated++;
                continue;
            }
            events.add(event(e));
        }
        String summary = events.size() + " dated entries" + (undated > 0 ? "; " + undated + " undated not shown" : "");
        ObjectNode title = root.putObject("title");
        title.putObject("text").put("headline", "eventline timeline").put("text", "<p>" + summary + "</p>");
        title.put("unique_id", "eventline-title");
        return root;
    }

    private static ObjectNode event(TimelineEntry e) {
        ObjectNode ev = Json.MAPPER.createObjectNode();
        String[] parts = e.date().split("/", 2);
        Optional<TimeValue> first = TimeValue.parse(parts[0]);
        Optional<TimeValue> last = parts.length == 2 ? TimeValue.parse(parts[1]) : first;
        String p1 = first.map(TimeValue::precision).orElse("day");
        String p2 = last.map(TimeValue::precision).orElse("day");
        ev.set("start_date", date(e.start(), p1));
        if (!e.end().equals(e.start()) && spans(p1, parts.length == 2)) {
            ev.set("end_date", date(e.end(), p2));
        }
        ev.put("display_date", e.shownDate());
        StringBuilder html = new StringBuilder();
        if (e.change() != null) {
            html.append("<p><strong>Changed</strong> from ").append(Markup.html(String.join(", ", e.change().from())))
                    .append(" (").append(Markup.html(e.change().since())).append(")</p>");
        }
        for (Source s : e.sources()) {
            html.append("<blockquote>").append(Markup.html(s.evidence())).append("</blockquote><p><small>");
            String href = Markup.href(s);
            String label = Markup.html(s.title() != null ? s.title() : s.url());
            html.append(href == null ? label : "<a href=\"" + Markup.html(href) + "\">" + label + "</a>");
            for (String m : new String[] {s.site(), s.published()}) {
                if (m != null && !m.isBlank()) {
                    html.append(", ").append(Markup.html(m));
                }
            }
            html.append("</small></p>");
        }
        ev.putObject("text").put("headline", Markup.html(e.headline())).put("text", html.toString());
        ev.put("group", e.kind() == TimelineEntry.Kind.CLAIM ? e.holderName() : e.typeLabel());
        ev.put("unique_id", e.key().replaceAll("[^A-Za-z0-9_-]", "-"));
        return ev;
    }

    /** Whether a value stands for a stretch of time to show as one (a month or a year is one point at its precision). */
    private static boolean spans(String precision, boolean interval) {
        return interval || switch (precision) {
            case "week", "quarter", "half", "season", "decade" -> true;
            default -> false;
        };
    }

    /** A TimelineJS date with the fields the precision supports, and no more. */
    private static ObjectNode date(LocalDate d, String precision) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("year", d.getYear());
        switch (precision) {
            case "year", "decade" -> { }
            case "month", "quarter", "half", "season" -> n.put("month", d.getMonthValue());
            default -> n.put("month", d.getMonthValue()).put("day", d.getDayOfMonth());
        }
        return n;
    }
}
