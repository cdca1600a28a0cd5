package org.eventline.timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventline.model.Json;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes a timeline in one of the export formats. */
public enum Exporter {

    /**
     * {@code {"format": "eventline-timeline", "version": 1, "entries": [...]}}: one object per entry, the
     * schema in {@code timeline.schema.json} beside this class. Stable for scripts: fields are only ever added.
     */
    JSON {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            ObjectNode root = Markup.jsonDocument("eventline-timeline");
            ArrayNode list = root.putArray("entries");
            entries.forEach(e -> list.add(json(e)));
            Markup.writeJson(root, out);
        }
    },

    /** One row per entry, UTF-8 with a byte-order mark so that spreadsheets read Chinese correctly. */
    CSV {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            Markup.writeCsvHeader(out, List.of("date", "start", "end", "precision", "kind", "type", "holder", "stance",
                    "negated", "actors", "places", "evidence", "sources", "urls", "change", "key"));
            for (TimelineEntry e : entries) {
                out.write(Markup.csvRow(Arrays.asList(e.shownDate(), str(e.start()), str(e.end()),
                        Objects.toString(e.precision(), ""), e.kind().name(), e.type(),
                        Objects.toString(e.holderName(), ""), Objects.toString(e.stanceLabel(), ""),
                        Boolean.toString(e.negated()), TimelineEntry.names(e.actors()).replace(", ", "; "),
                        TimelineEntry.names(e.places()).replace(", ", "; "), Objects.toString(e.evidence(), ""),
                        String.join(" | ", e.sources().stream().map(Markup::sourceLabel).toList()),
                        String.join(" ", e.sources().stream().map(Source::url).filter(Objects::nonNull).toList()),
                        changeText(e), e.key())));
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
                    out.write("\n## " + current + precisionNote(e) + "\n\n");
                }
                out.write("- **" + Markup.markdown(e.headline()) + "**");
                if (e.change() != null) {
                    out.write(" \u2014 _changed from " + String.join(", ", e.change().from()) + " ("
                            + e.change().since() + ")_");
                }
                out.write("\n");
                for (Source s : e.sources()) {
                    out.write("  - \u201c" + Markup.markdown(s.evidence()) + "\u201d \u2014 " + link(s) + "\n");
                }
            }
        }
    },

    /** Knight Lab TimelineJS3 JSON: see {@link TimelineJs}. */
    TIMELINEJS {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            Markup.writeJson(TimelineJs.document(entries), out);
        }
    },

    /** One self-contained HTML page: see {@link HtmlPage}. */
    HTML {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            out.write(HtmlPage.render(entries));
        }
    },

    /** Plain lines for a terminal. */
    TEXT {
        @Override
        void write(List<TimelineEntry> entries, Writer out) throws IOException {
            for (TimelineEntry e : entries) {
                String change = e.change() == null ? "" : "   [changed from " + String.join(", ", e.change().from())
                        + " (" + e.change().since() + ")]";
                out.write(String.format("%-23s %s%s%n", e.shownDate(), e.headline(), change));
                for (Source s : e.sources()) {
                    out.write(String.format("%-23s   \u201c%s\u201d (%s)%n", "", s.evidence(), Markup.sourceLabel(s)));
                }
            }
        }
    };

    abstract void write(List<TimelineEntry> entries, Writer out) throws IOException;

    public void export(List<TimelineEntry> entries, Writer out) {
        Markup.export(out, () -> write(entries, out));
    }

    /** One entry as in the JSON schema. */
    static ObjectNode json(TimelineEntry e) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("kind", e.kind().name());
        n.put("key", e.key());
        n.put("type", e.type());
        n.put("stance", e.stance());
        n.put("negated", e.negated());
        n.put("date", e.date());
        n.put("start", str(e.start()));
        n.put("end", str(e.end()));
        n.put("precision", e.precision());
        if (e.holder() == null) {
            n.putNull("holder");
        } else {
            n.set("holder", named(e.holder()));
        }
        ArrayNode actors = n.putArray("actors");
        e.actors().forEach(a -> actors.add(named(a)));
        ArrayNode places = n.putArray("places");
        e.places().forEach(p -> places.add(named(p)));
        n.put("evidence", e.evidence());
        ArrayNode sources = n.putArray("sources");
        for (Source s : e.sources()) {
            sources.addObject().put("title", s.title()).put("site", s.site()).put("url", s.url())
                    .put("published", s.published()).put("article", s.article()).put("evidence", s.evidence());
        }
        if (e.change() == null) {
            n.putNull("change");
        } else {
            ObjectNode c = n.putObject("change");
            ArrayNode from = c.putArray("from");
            e.change().from().forEach(from::add);
            c.put("since", e.change().since());
        }
        return n;
    }

    private static ObjectNode named(Named x) {
        return Json.MAPPER.createObjectNode().put("key", x.key()).put("name", x.name());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static String changeText(TimelineEntry e) {
        return e.change() == null ? "" : String.join(", ", e.change().from()) + " (" + e.change().since() + ") \u2192 "
                + e.stanceLabel();
    }

    /** For a heading: a date that covers more than a day says so ("2025-12 (month)"). */
    private static String precisionNote(TimelineEntry e) {
        String p = e.precision();
        return p == null || e.start() == null || p.equals("day") || p.equals("interval") ? "" : " (" + p + ")";
    }

    private static String link(Source s) {
        String title = s.title() != null && !s.title().isBlank() ? s.title() : Objects.toString(s.url(), "source");
        List<String> meta = new ArrayList<>();
        for (String m : new String[] {s.site(), s.published()}) {
            if (m != null && !m.isBlank()) {
                meta.add(m);
            }
        }
        String href = Markup.href(s);
        String label = href == null ? Markup.markdown(title) + (s.url() != null ? " (" + Markup.markdown(s.url()) + ")" : "")
                : "[" + Markup.markdown(title) + "](<" + href.replace(">", "%3E") + ">)";
        return label + (meta.isEmpty() ? "" : ", " + Markup.markdown(String.join(", ", meta)));
    }
}
