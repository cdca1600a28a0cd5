package org.eventline.extract.claim;

import org.eventline.extract.Doc;
import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.text.Span;

/**
 * One document as the claim readers see it: its layers and the hits of each cue file, scanned once.
 *
 * @param types       claim types (claims.tsv)
 * @param stances     stance cues (stances.tsv)
 * @param attribution saying verbs, references and addressees (attribution.tsv)
 * @param markers     words that steer the reading (markers.tsv)
 * @param events      event words (events.tsv): where talks are held is no place at stake
 */
record ClaimText(Doc doc, Layers layers, Cues.Hits types, Cues.Hits stances, Cues.Hits attribution,
                 Cues.Hits markers, Cues.Hits events, StanceReader stanceReader) {

    /**
     * The clause a condition word opens in the unit's core ("if Ukraine does not withdraw,", 若烏方不接受，):
     * from the word past its comma, else to the core's end; null without one, or with one that closes a
     * condition written before it (在美國支援的前提下).
     */
    Span conditionClause(Unit u) {
        Cues.Hit condition = markers.first(u.start(), u.core(), "IF");
        if (condition == null || condition.option().equals("before")) {
            return null;
        }
        return new Span(condition.start(), conditionEnd(condition.end(), u.core()));
    }

    /** The end of the clause a condition opens: past its comma, else {@code to}. */
    int conditionEnd(int from, int to) {
        for (int k = from; k < to; k++) {
            if ("，,；;".indexOf(layers.norm.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return to;
    }
}
