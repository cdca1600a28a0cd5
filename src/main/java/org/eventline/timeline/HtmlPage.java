package org.eventline.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A timeline as one self-contained HTML page: one lane per holder (events in a lane of their own), one
 * row per date, claim cards coloured by stance, filters, source links. Style and script are inlined and
 * nothing is fetched, so the file works offline and can be mailed as it is. The cards are in the page
 * itself; the script only filters them (its state is kept in the address's #fragment, so a filtered
 * view can be bookmarked).
 */
final class HtmlPage {

    static final String EVENTS_LANE = "Events";
    private static final String CSS = resource("timeline.css");
    private static final String JS = resource("timeline.js");
    private static final List<String> STANCES = List.of("OFFER", "PROPOSE", "DEMAND", "ACCEPT", "CONDITION", "REJECT",
            "STATE");

    private HtmlPage() {
    }

    static String render(List<TimelineEntry> entries) {
        List<String> lanes = lanes(entries);
        StringBuilder h = new StringBuilder(8192 + entries.size() * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"eventline\">\n")
                .append("<title>eventline timeline</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(h, entries, lanes);
        h.append("<main id=\"timeline\" class=\"grid\" style=\"--lanes: ").append(lanes.size()).append("\">\n");
        h.append("<div class=\"corner\">Date</div>\n");
        for (int i = 0; i < lanes.size(); i++) {
            h.append("<div class=\"lane-head\" data-lane=\"").append(i).append("\">").append(Markup.html(lanes.get(i)))
                    .append("</div>\n");
        }
        int row = 0;
        for (List<TimelineEntry> day : byDate(entries).values()) {
            TimelineEntry first = day.get(0);
            h.append("<div class=\"date\" data-row=\"").append(row).append("\"><time");
            if (first.start() != null) {
                h.append(" datetime=\"").append(first.start()).append('"');
            }
            // An interval may break after its slash in the narrow date column.
            h.append('>').append(Markup.html(first.shownDate()).replace("/", "/<wbr>")).append("</time>");
            if (first.start() != null && first.precision() != null && !"day".equals(first.precision())) {
                h.append(" <small>").append(Markup.html(first.precision())).append("</small>");
            }
            h.append("</div>\n");
            for (int i = 0; i < lanes.size(); i++) {
                h.append("<div class=\"cell\" data-lane=\"").append(i).append("\" data-row=\"").append(row).append("\">");
                for (TimelineEntry e : day) {
                    if (lane(e).equals(lanes.get(i))) {
                        card(h, e, i);
                    }
                }
                h.append("</div>\n");
            }
            row++;
        }
        h.append("</main>\n");
        if (entries.isEmpty()) {
            h.append("<p class=\"empty\">No entries.</p>\n");
        }
        h.append("<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, List<TimelineEntry> entries, List<String> lanes) {
        h.append("<header>\n<h1>Timeline</h1>\n<p class=\"summary\"><span id=\"shown\">").append(entries.size())
                .append("</span> of <span id=\"total\">").append(entries.size()).append("</span> entries");
        List<TimelineEntry> dated = entries.stream().filter(e -> e.start() != null).toList();
        if (!dated.isEmpty()) {
            h.append(", ").append(Markup.html(dated.get(0).shownDate())).append(" to ")
                    .append(Markup.html(dated.get(dated.size() - 1).shownDate()));
        }
        h.append("</p>\n<form id=\"filters\" role=\"search\">\n");
        h.append("<label>Search <input type=\"search\" name=\"q\" placeholder=\"words, names, sources\"></label>\n");
        h.append("<label>Type <select name=\"type\"><option value=\"\">all</option>");
        for (String t : new TreeSet<>(entries.stream().map(TimelineEntry::type).toList())) {
            h.append("<option value=\"").append(Markup.html(t)).append("\">")
                    .append(Markup.html(t.toLowerCase(java.util.Locale.ROOT).replace('_', ' '))).append("</option>");
        }
        h.append("</select></label>\n");
        h.append("<label>From <input type=\"date\" name=\"from\"></label>\n<label>To <input type=\"date\" name=\"to\"></label>\n");
        h.append("<fieldset class=\"stances\"><legend>Stances</legend>");
        List<String> kinds = new ArrayList<>(STANCES);
        kinds.add("EVENT");
        for (String s : kinds) {
            h.append("<label class=\"stance-").append(s).append("\"><input type=\"checkbox\" name=\"stance\" value=\"")
                    .append(s).append("\" checked> ").append(s.equals("EVENT") ? "events" : s).append("</label>");
        }
        h.append("</fieldset>\n<fieldset class=\"lanes\"><legend>Lanes</legend>");
        for (int i = 0; i < lanes.size(); i++) {
            h.append("<label><input type=\"checkbox\" name=\"lane\" value=\"").append(i).append("\" checked> ")
                    .append(Markup.html(lanes.get(i))).append("</label>");
        }
        h.append("</fieldset>\n<button type=\"reset\">Show all</button>\n</form>\n</header>\n");
    }

    private static void card(StringBuilder h, TimelineEntry e, int lane) {
        String stance = e.kind() == TimelineEntry.Kind.CLAIM ? e.stance() : "EVENT";
        h.append("\n<article class=\"card stance-").append(Markup.html(stance));
        if (e.negated() && !"REJECT".equals(e.stance()) && e.kind() == TimelineEntry.Kind.CLAIM) {
            h.append(" negated");
        }
        if (e.change() != null) {
            h.append(" changed");
        }
        h.append("\" id=\"").append(Markup.html(e.key().replaceAll("[^A-Za-z0-9_-]", "-")))
                .append("\" data-kind=\"").append(e.kind().name())
                .append("\" data-type=\"").append(Markup.html(e.type()))
                .append("\" data-stance=\"").append(Markup.html(stance))
                .append("\" data-lane=\"").append(lane).append('"');
        if (e.start() != null) {
            h.append(" data-start=\"").append(e.start()).append("\" data-end=\"").append(e.end()).append('"');
        }
        h.append(">\n<p class=\"badges\"><span class=\"badge stance\">")
                .append(Markup.html(e.kind() == TimelineEntry.Kind.CLAIM ? e.stanceLabel() : "EVENT"))
                .append("</span> <span class=\"badge type\">").append(Markup.html(e.typeLabel())).append("</span></p>\n");
        h.append("<h3>").append(Markup.html(e.headline())).append("</h3>\n");
        if (e.change() != null) {
            h.append("<p class=\"change\">changed from ").append(Markup.html(String.join(", ", e.change().from())))
                    .append(" (").append(Markup.html(e.change().since())).append(")</p>\n");
        }
        if (e.evidence() != null) {
            h.append("<blockquote>").append(Markup.html(e.evidence())).append("</blockquote>\n");
        }
        h.append("<ul class=\"sources\">");
        for (Source s : e.sources()) {
            h.append("<li>");
            String href = Markup.href(s);
            String title = Markup.html(s.title() != null && !s.title().isBlank() ? s.title() : s.url());
            h.append(href == null ? title : "<a href=\"" + Markup.html(href) + "\">" + title + "</a>");
            for (String m : new String[] {s.site(), s.published()}) {
                if (m != null && !m.isBlank()) {
                    h.append(" \u00b7 ").append(Markup.html(m));
                }
            }
            if (s.evidence() != null && !s.evidence().equals(e.evidence())) {
                h.append(" <q>").append(Markup.html(s.evidence())).append("</q>");
            }
            h.append("</li>");
        }
        h.append("</ul>\n</article>");
    }

    /** Holders by number of entries, then name; events last. */
    private static List<String> lanes(List<TimelineEntry> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        entries.forEach(e -> counts.merge(lane(e), 1, Integer::sum));
        List<String> lanes = new ArrayList<>(counts.keySet());
        lanes.remove(EVENTS_LANE);
        lanes.sort(Comparator.comparing((String l) -> -counts.get(l)).thenComparing(l -> l));
        if (counts.containsKey(EVENTS_LANE)) {
            lanes.add(EVENTS_LANE);
        }
        return lanes;
    }

    private static String lane(TimelineEntry e) {
        return e.kind() == TimelineEntry.Kind.CLAIM && e.holder() != null ? e.holderName() : EVENTS_LANE;
    }

    /** Entries grouped by the date they show, in timeline order. */
    private static Map<String, List<TimelineEntry>> byDate(List<TimelineEntry> entries) {
        Map<String, List<TimelineEntry>> rows = new LinkedHashMap<>();
        entries.forEach(e -> rows.computeIfAbsent(e.shownDate(), d -> new ArrayList<>()).add(e));
        return rows;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
