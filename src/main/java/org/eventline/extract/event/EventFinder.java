package org.eventline.extract.event;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.extract.Lexicon;
import org.eventline.extract.cue.CueFiles;
import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Gazetteer;
import org.eventline.extract.entity.Kind;
import org.eventline.model.Event;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Events: meetings, statements, agreements and attacks that really occur or are scheduled, one per
 * occurrence. Each trigger (events.tsv) in a clause is a mention ({@link MentionReader}); a mention that
 * may, would or should happen (一旦…攻擊, "if a deal is reached", "proposed new talks") is left out, as are
 * statements never issued, agreements without parties and attacks without attacker. Mentions with their
 * own date found occurrences; mentions without one (the Berlin talks, 聲明中說, 峰會期間) join the nearest
 * occurrence of their type they refer to, adding its place where they name one ({@link Occurrence}); what
 * joins nothing and has no date is dropped, unless another event dates it (a declaration the summit issued).
 */
public final class EventFinder implements Component {

    private final Cues triggers;
    private final Cues markers;
    private final Cues stances;
    private final Cues attribution;
    private final Cues demonyms;
    private final Gazetteer gazetteer;
    private final Within within;

    public EventFinder(Lexicon lexicon) {
        this(new CueFiles(lexicon), null);
    }

    /**
     * @param cues      the lexicon's cue files, shared with the other readers
     * @param gazetteer where the place a capital read as its state names is looked up (巴黎 → Paris), or null
     */
    public EventFinder(CueFiles cues, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.within = gazetteer == null ? Within.NONE : Within.of(cues.lexicon(), gazetteer);
        this.triggers = cues.of("events.tsv");
        this.markers = cues.of("markers.tsv");
        this.stances = cues.of("stances.tsv");
        this.attribution = cues.of("attribution.tsv");
        this.demonyms = new Cues(Parties.demonymRows(cues.lexicon()));
    }

    @Override
    public void process(Doc doc) {
        Layers layers = Layers.of(doc);
        Cues.Hits markerHits = layers.hits(markers);
        MentionReader reader = new MentionReader(layers, layers.hits(triggers), markerHits,
                layers.hits(stances), layers.hits(attribution), layers.hits(demonyms),
                gazetteer == null ? null : m -> placeNamed(layers, m), gazetteer == null ? k -> null : gazetteer::get,
                within);
        MentionReader.Lead lead = reader.lead();
        List<EventMention> ms = Occurrence.datedByOthers(reader.read(), doc.anchor, lead);
        List<Occurrence> occurrences = Occurrence.cluster(ms, doc.anchor, lead);
        List<Event> events = new ArrayList<>();
        String dateline = lead == null ? null : datelinePlace(layers, lead.sentence());
        for (Occurrence o : occurrences) {
            Event e = o.toEvent("e" + (events.size() + 1), layers, dateline);
            if (e != null) {
                events.add(e);
            }
        }
        int n = 0;
        for (Event e : distinct(events)) {
            doc.events.add(new Event("e" + (++n), e.type(), e.date(), e.place(), e.participants(), e.evidence(),
                    e.start(), e.end(), e.confidence()));
        }
    }

    /**
     * The events without repeats: two mentions dated alike by the story's lead may tell one event twice, the
     * same, or once with its place and once without.
     */
    private static List<Event> distinct(List<Event> events) {
        Set<List<Object>> placed = new HashSet<>();
        for (Event e : events) {
            if (e.place() != null) {
                placed.add(List.of(e.type(), e.date(), Set.copyOf(e.participants())));
            }
        }
        Set<List<Object>> seen = new HashSet<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            List<Object> told = List.of(e.type(), e.date(), Set.copyOf(e.participants()));
            boolean again = e.place() == null ? placed.contains(told) || !seen.add(told)
                    : !seen.add(List.of(e.type(), e.date(), e.place(), Set.copyOf(e.participants())));
            if (!again) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The city a wire dateline opens the lead with ("THE HAGUE, Netherlands (AP) —", "KYIV, Dec 15 -"), as a
     * place key, or null: where the story's own news happened when it names no other place.
     */
    private String datelinePlace(Layers layers, Span lead) {
        if (gazetteer == null || layers.chinese) {
            return null;
        }
        int dash = -1;
        for (int k = lead.start(); k < Math.min(lead.end(), lead.start() + 60); k++) {
            if ("—–".indexOf(layers.text.charAt(k)) >= 0 || layers.text.startsWith(" - ", k)) {
                dash = k;
                break;
            }
        }
        if (dash < 0) {
            return null;
        }
        List<EntityMention> named = layers.entities(lead.start(), dash);
        if (named.isEmpty() || !layers.text.substring(lead.start(), named.get(0).start()).isBlank()) {
            return null;
        }
        EntityMention first = named.get(0);
        String written = layers.text.substring(first.start(), first.end());
        if (!written.equals(written.toUpperCase(Locale.ROOT))) {
            return null; // a dateline's city is written in capitals
        }
        Entry place = first.entry().kind() == Kind.PLACE ? first.entry() : placeNamed(layers, first);
        return place == null ? null : place.key();
    }

    /** The place the words of a mention name in the gazetteer (巴黎 read as France names Paris), or null. */
    private Entry placeNamed(Layers layers, EntityMention m) {
        for (EntityMention g : gazetteer.match(layers.norm.substring(m.start(), m.end()), m.text())) {
            if (g.entry().kind() == Kind.PLACE && g.start() == 0 && g.end() == m.end() - m.start()) {
                return g.entry();
            }
        }
        return null;
    }
}
