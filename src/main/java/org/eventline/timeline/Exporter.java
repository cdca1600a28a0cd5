package org.eventline.timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventline.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes a timeline in one of the export formats. */
public enum Exporter {

    /** {@code {"entries": [...]}}, one object per entry with its sources: stable for scripts. */
    JSON {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("entries", entries);
            out.write(Json.pretty(doc));
            out.write('\n');
        }
    },

    /** One row per entry, UTF-8 with a byte-order mark so spreadsheets read Chinese correctly. */
    CSV {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            out.write('\uFEFF');
            out.write(csvRow(List.of("date", "precision", "kind", "type", "stance", "negated", "holder", "actors",
                    "places", "evidence", "sources")));
            for (TimelineEntry e : entries) {
                out.write(csvRow(List.of(e.shownDate(), Objects.toString(e.precision(), ""), e.kind(), e.type(),
                        Objects.toString(e.stance(), ""), Boolean.toString(e.negated()), Objects.toString(e.holder(), ""),
                        String.join("; ", e.actors()), String.join("; ", e.places()),
                        e.sources().isEmpty() ? "" : e.sources().get(0).evidence(),
                        String.join(" ; ", e.sources().stream().map(Exporter::sourceLabel).toList()))));
            }
        }
    },

    /** A readable timeline grouped by date, with source links. */
    MARKDOWN {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            out.write("# Timeline\n");
            String current = null;
            for (TimelineEntry e : entries) {
                if (!e.shownDate().equals(current)) {
                    current = e.shownDate();
                    out.write("\n## " + current + "\n\n");
                }
                out.write("- **" + headline(e) + "**\n");
                for (Source s : e.sources()) {
                    out.write("  - " + quote(s.evidence()) + " — " + link(s) + "\n");
                }
            }
        }
    },

    /** Knight Lab TimelineJS3 JSON: events with start_date (and end_date for intervals), groups per holder. */
    TIMELINEJS {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            ObjectNode root = Json.MAPPER.createObjectNode();
            ObjectNode title = root.putObject("title");
            title.putObject("text").put("headline", "eventline timeline").put("text", entries.size() + " entries");
            ArrayNode events = root.putArray("events");
            for (TimelineEntry e : entries) {
                if (e.start() == null) {
                    continue;
                }
                ObjectNode ev = events.addObject();
                ev.set("start_date", tlDate(e.start(), e.precision()));
                if (e.end() != null && !e.end().equals(e.start()) && "interval".equals(e.precision())) {
                    ev.set("end_date", tlDate(e.end(), "day"));
                }
                StringBuilder html = new StringBuilder();
                for (Source s : e.sources()) {
                    html.append("<p>").append(escape(s.evidence())).append("<br><small>")
                            .append(escape(sourceLabel(s))).append("</small></p>");
                }
                ev.putObject("text").put("headline", headline(e)).put("text", html.toString());
                ev.put("group", e.holder() != null ? e.holder() : e.type());
                ev.put("unique_id", e.key().replace(':', '-'));
                ev.put("display_date", e.shownDate());
            }
            out.write(Json.pretty(root));
            out.write('\n');
        }
    },

    /** Plain lines for a terminal. */
    TEXT {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            for (TimelineEntry e : entries) {
                out.write(String.format("%-23s %s%n", e.shownDate(), headline(e)));
                for (Source s : e.sources()) {
                    out.write(String.format("%-23s   \u201c%s\u201d (%s)%n", "", s.evidence(), sourceLabel(s)));
                }
            }
        }
    };

    abstract void write(List<TimelineEntry> entries, Writer out) throws IOException;

    public void export(List<TimelineEntry> entries, Writer out) {
        try {
            write(entries, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "United States OFFER security guarantee → Ukraine (Donbas)". */
    static String headline(TimelineEntry e) {
        StringBuilder sb = new StringBuilder();
        String type = e.type().toLowerCase().replace('_', ' ');
        if (e.kind().equals("CLAIM")) {
            sb.append(e.holder()).append(' ').append(e.negated() && !"REJECT".equals(e.stance()) ? "NOT " : "")
                    .append(e.stance()).append(' ').append(type);
            if (!e.actors().isEmpty()) {
                sb.append(" \u2192 ").append(String.join(", ", e.actors()));
            }
        } else {
            sb.append(type).append(": ").append(String.join(", ", e.actors()));
        }
        if (!e.places().isEmpty()) {
            sb.append(" (").append(String.join(", ", e.places())).append(')');
        }
        return sb.toString();
    }

    static String sourceLabel(Source s) {
        StringBuilder sb = new StringBuilder();
        if (s.title() != null) {
            sb.append(s.title());
        }
        if (s.site() != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(s.site());
        }
        if (s.published() != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(s.published());
        }
        if (s.url() != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(s.url());
        }
        return sb.toString();
    }

    private static String link(Source s) {
        String title = s.title() != null ? s.title() : s.url();
        String meta = (s.site() != null ? s.site() + ", " : "") + (s.published() != null ? s.published() : "");
        String url = s.url() == null ? "" : s.url().startsWith("http") ? s.url() : "file://" + s.url();
        return "[" + title.replace("]", "\\]") + "](" + url.replace(" ", "%20") + ")"
                + (meta.isBlank() ? "" : " (" + meta.replaceAll(", $", "") + ")");
    }

    private static String quote(String s) {
        return "\u201c" + s.replace("\n", " ") + "\u201d";
    }

    private static ObjectNode tlDate(LocalDate d, String precision) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("year", d.getYear());
        if (!"year".equals(precision) && !"decade".equals(precision)) {
            n.put("month", d.getMonthValue());
            if (!"month".equals(precision) && !"quarter".equals(precision) && !"half".equals(precision)
                    && !"season".equals(precision)) {
                n.put("day", d.getDayOfMonth());
            }
        }
        return n;
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String csvRow(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            // A leading = + - @ would run as a formula in a spreadsheet.
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            sb.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        return sb.append("\r\n").toString();
    }
}
