package org.eventline.extract.claim;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.extract.Lexicon;
import org.eventline.extract.entity.EntityMention;
import org.eventline.model.Event;
import org.eventline.model.Timex;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Events: a sentence with an event cue (events.tsv) becomes an event of that type, dated by the first
 * date in the sentence (else the publication date), placed at the first place named, with the actors of
 * the sentence as participants.
 */
public final class EventFinder implements Component {

    private final Cues cues;

    public EventFinder(Lexicon lexicon) {
        this.cues = new Cues(lexicon, "events.tsv");
    }

    @Override
    public void process(Doc doc) {
        int n = 0;
        for (Span sentence : doc.text.sentences()) {
            List<Cues.Hit> hits = cues.find(doc.text.normalized(), sentence.start(), sentence.end());
            if (hits.isEmpty()) {
                continue;
            }
            Set<String> participants = new LinkedHashSet<>();
            String place = null;
            for (EntityMention m : doc.entities) {
                if (sentence.start() <= m.start() && m.end() <= sentence.end()) {
                    if (m.isActor()) {
                        participants.add(m.entry().key());
                    } else if (place == null) {
                        place = m.entry().key();
                    }
                }
            }
            if (participants.isEmpty()) {
                continue;
            }
            String date = null;
            for (Timex t : doc.times) {
                if (sentence.start() <= t.start() && t.end() <= sentence.end() && Character.isDigit(t.value().charAt(0))) {
                    date = t.value();
                    break;
                }
            }
            if (date == null && doc.anchor != null) {
                date = doc.anchor.toString();
            }
            doc.events.add(new Event("e" + (++n), hits.get(0).label(), date, place, new ArrayList<>(participants),
                    doc.text.text().substring(sentence.start(), sentence.end()), sentence.start(), sentence.end(), 0.5));
        }
    }
}
