package org.eventline.extract.claim;

import org.eventline.text.Span;

/**
 * A stretch of a sentence read as one position: a clause and what completes it. Its claim word and stance
 * are read in {@code [start, core)}; what was added after the core (a purpose, a contrast, a description)
 * adds its conditions and its words to the evidence.
 */
record Unit(int start, int end, int core) {

    Unit(int start, int end) {
        this(start, end, end);
    }

    /** The unit with a clause added; the clause joins the core unless the unit already holds a claim. */
    Unit with(Span c, boolean keepCore) {
        return new Unit(start, c.end(), keepCore ? core : c.end());
    }
}
