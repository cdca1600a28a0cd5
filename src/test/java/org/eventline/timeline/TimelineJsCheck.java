package org.eventline.timeline;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A structural check of Knight Lab TimelineJS3 JSON, after its documented format: {@code events} is a
 * list; each event has a {@code start_date} with an integer {@code year}, a {@code month} 1–12 only
 * with a year, a {@code day} 1–31 only with a month; an optional {@code end_date} alike and not before
 * the start; {@code text} with a non-empty {@code headline}; a string {@code group}; and a
 * {@code unique_id} that is unique and usable as an HTML id.
 */
public final class TimelineJsCheck {

    private TimelineJsCheck() {
    }

    /** What is wrong with a document, or nothing. */
    public static List<String> problems(JsonNode root) {
        List<String> problems = new ArrayList<>();
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            return List.of("events is not a list");
        }
        Set<String> ids = new HashSet<>();
        if (root.has("title")) {
            checkText(root.get("title"), "title", problems);
            ids.add(root.get("title").path("unique_id").asText());
        }
        for (int i = 0; i < events.size(); i++) {
            JsonNode ev = events.get(i);
            String at = "events[" + i + "]";
            int[] start = date(ev.get("start_date"), at + ".start_date", problems);
            if (ev.has("end_date")) {
                int[] end = date(ev.get("end_date"), at + ".end_date", problems);
                if (start != null && end != null && compare(end, start) < 0) {
                    problems.add(at + ": end_date before start_date");
                }
            }
            checkText(ev, at, problems);
            if (!ev.path("group").isTextual() || ev.get("group").asText().isBlank()) {
                problems.add(at + ": no group");
            }
            String id = ev.path("unique_id").asText("");
            if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                problems.add(at + ": unique_id '" + id + "' is not an HTML id");
            } else if (!ids.add(id)) {
                problems.add(at + ": unique_id '" + id + "' repeated");
            }
        }
        return problems;
    }

    private static void checkText(JsonNode slide, String at, List<String> problems) {
        JsonNode text = slide.get("text");
        if (text == null || !text.isObject() || !text.path("headline").isTextual()
                || text.get("headline").asText().isBlank()) {
            problems.add(at + ": no text.headline");
        } else if (text.has("text") && !text.get("text").isTextual()) {
            problems.add(at + ": text.text is not a string");
        }
    }

    /** {year, month or 0, day or 0}, or null with a problem noted. */
    private static int[] date(JsonNode d, String at, List<String> problems) {
        if (d == null || !d.isObject() || !d.path("year").isInt()) {
            problems.add(at + ": no integer year");
            return null;
        }
        int month = 0;
        int day = 0;
        if (d.has("month")) {
            month = d.get("month").asInt(-1);
            if (!d.get("month").isInt() || month < 1 || month > 12) {
                problems.add(at + ": month " + d.get("month"));
            }
        }
        if (d.has("day")) {
            day = d.get("day").asInt(-1);
            if (!d.has("month")) {
                problems.add(at + ": a day without a month");
            }
            if (!d.get("day").isInt() || day < 1 || day > 31) {
                problems.add(at + ": day " + d.get("day"));
            }
        }
        return new int[] {d.get("year").asInt(), month, day};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
