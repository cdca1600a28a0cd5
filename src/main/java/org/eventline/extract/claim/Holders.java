package org.eventline.extract.claim;

import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Kind;

/** Who a mention stands for when it holds a position. */
final class Holders {

    private Holders() {
    }

    /**
     * The actor id a mention holds positions as: itself for people, states and bodies (a named person
     * stays the holder), the state a capital stands for (Kyiv refuses → Ukraine), nobody for an outlet
     * (it reports, it holds nothing) or a plain place.
     */
    static String key(EntityMention m) {
        if (m == null) {
            return null;
        }
        Kind kind = m.entry().kind();
        if (kind == Kind.MEDIA) {
            return null;
        }
        if (kind == Kind.PLACE) {
            return m.entry().affiliation();
        }
        return m.entry().key();
    }

    /** A place at stake: a place that is not standing for a government (Donbas, not Kyiv). */
    static boolean territory(EntityMention m) {
        return m.entry().kind() == Kind.PLACE && m.entry().affiliation() == null;
    }

    /** Whether a mention can speak or hold: an actor other than an outlet, or a capital standing for its state. */
    static boolean canHold(EntityMention m) {
        return key(m) != null;
    }
}
