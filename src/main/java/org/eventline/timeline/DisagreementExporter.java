package org.eventline.timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Writes disagreements: each pair with both claims' dates, evidence and sources. */
public enum DisagreementExporter {

    /** {@code {"disagreements": [{"type", "at", "support": entry, "opposition": entry, "opponentAlsoSupports"}]}}. */
    JSON {
        @Override
        void write(List<Disagreement> list, Writer out) throws IOException {
            ObjectNode root = Markup.jsonDocument("eventline-disagreements");
            ArrayNode items = root.putArray("disagreements");
            for (Disagreement d : list) {
                ObjectNode n = items.addObject();
                n.put("type", d.type());
                ArrayNode at = n.putArray("at");
                d.at().forEach(at::add);
                n.set("support", Exporter.json(d.support()));
                n.set("opposition", Exporter.json(d.opposition()));
                n.put("opponentAlsoSupports", d.opponentAlsoSupports());
            }
            Markup.writeJson(root, out);
        }
    },

    /** One row per pair, UTF-8 with a byte-order mark. */
    CSV {
        @Override
        void write(List<Disagreement> list, Writer out) throws IOException {
            Markup.writeCsvHeader(out, List.of("type", "at", "holder", "stance", "date", "evidence", "source", "opponent",
                    "opponent_stance", "opponent_date", "opponent_evidence", "opponent_source",
                    "opponent_also_supports"));
            for (Disagreement d : list) {
                TimelineEntry s = d.support();
                TimelineEntry o = d.opposition();
                out.write(Markup.csvRow(Arrays.asList(d.type(), String.join("; ", d.at()), s.holderName(), s.stanceLabel(),
                        s.shownDate(), Objects.toString(s.evidence(), ""), firstSource(s), o.holderName(),
                        o.stanceLabel(), o.shownDate(), Objects.toString(o.evidence(), ""), firstSource(o),
                        Boolean.toString(d.opponentAlsoSupports()))));
            }
        }
    },

    /** Headed by the pair, both claims quoted with their sources. */
    MARKDOWN {
        @Override
        void write(List<Disagreement> list, Writer out) throws IOException {
            out.write("# Disagreements\n");
            for (Disagreement d : list) {
                out.write("\n## " + Markup.markdown(d.headline()) + "\n\n");
                for (TimelineEntry e : List.of(d.support(), d.opposition())) {
                    out.write("- **" + Markup.markdown(e.holderName() + " " + e.stanceLabel()) + "**, "
                            + e.shownDate() + ": \u201c" + Markup.markdown(e.evidence()) + "\u201d \u2014 "
                            + Markup.markdown(firstSource(e)) + "\n");
                }
                if (d.opponentAlsoSupports()) {
                    out.write("\n_" + Markup.markdown(d.opposition().holderName())
                            + " also supports this elsewhere: its refusal may only limit its own commitment._\n");
                }
            }
        }
    },

    /** Plain lines for a terminal. */
    TEXT {
        @Override
        void write(List<Disagreement> list, Writer out) throws IOException {
            for (Disagreement d : list) {
                out.write(d.headline() + (d.opponentAlsoSupports() ? "   [" + d.opposition().holderName()
                        + " also supports it]" : "") + "\n");
                for (TimelineEntry e : List.of(d.support(), d.opposition())) {
                    out.write(String.format("  %-23s %-10s %s%n", e.shownDate(), e.stanceLabel(), e.holderName()));
                    out.write(String.format("  %-23s \u201c%s\u201d (%s)%n", "", e.evidence(), firstSource(e)));
                }
            }
        }
    };

    abstract void write(List<Disagreement> list, Writer out) throws IOException;

    public void export(List<Disagreement> list, Writer out) {
        Markup.export(out, () -> write(list, out));
    }

    private static String firstSource(TimelineEntry e) {
        return e.sources().isEmpty() ? "" : Markup.sourceLabel(e.sources().get(0));
    }
}
