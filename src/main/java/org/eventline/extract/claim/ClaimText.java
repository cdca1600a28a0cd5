package org.eventline.extract.claim;

import org.eventline.extract.Doc;
import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;

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
}
