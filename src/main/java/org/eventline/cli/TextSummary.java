package org.eventline.cli;

import org.eventline.model.Actor;
import org.eventline.model.Claim;
import org.eventline.model.Event;
import org.eventline.model.Extraction;
import org.eventline.model.Place;
import org.eventline.model.Timex;

import java.util.HashMap;
import java.util.Map;

/** A readable summary of one extraction, for {@code extract --format text}. */
final class TextSummary {

    private TextSummary() {
    }

    static String of(Extraction e) {
        StringBuilder sb = new StringBuilder();
        var d = e.document();
        sb.append("== ").append(d.source()).append('\n');
        line(sb, "title", d.title());
        line(sb, "published", d.published());
        line(sb, "language", d.language());
        line(sb, "author", d.author());
        line(sb, "site", d.site());
        Map<String, String> names = new HashMap<>();
        e.actors().forEach(a -> names.put(a.id(), a.name()));
        e.places().forEach(p -> names.put(p.id(), p.name()));
        sb.append("actors:\n");
        for (Actor a : e.actors()) {
            sb.append("  ").append(a.name()).append(" [").append(a.type()).append(a.wikidata() != null ? ", " + a.wikidata() : "")
                    .append("] ×").append(a.mentions().size()).append('\n');
        }
        sb.append("places:\n");
        for (Place p : e.places()) {
            sb.append("  ").append(p.name()).append(" ×").append(p.mentions().size()).append('\n');
        }
        sb.append("times:\n");
        for (Timex t : e.times()) {
            sb.append("  ").append(t.text()).append(" = ").append(t.value()).append('\n');
        }
        sb.append("claims:\n");
        for (Claim c : e.claims()) {
            sb.append("  ").append(c.date() == null ? "undated" : c.date()).append("  ").append(names.get(c.holder()))
                    .append(' ').append(c.negated() ? "(negated) " : "").append(c.stance()).append(' ').append(c.type());
            c.territories().forEach(t -> sb.append(" @").append(names.get(t)));
            sb.append("\n      \u201c").append(c.evidence()).append("\u201d\n");
        }
        sb.append("events:\n");
        for (Event ev : e.events()) {
            sb.append("  ").append(ev.date() == null ? "undated" : ev.date()).append("  ").append(ev.type());
            if (ev.place() != null) {
                sb.append(" @").append(names.get(ev.place()));
            }
            sb.append(": ").append(String.join(", ", ev.participants().stream().map(names::get).toList())).append('\n');
        }
        return sb.append('\n').toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null) {
            sb.append(label).append(": ").append(value).append('\n');
        }
    }
}
