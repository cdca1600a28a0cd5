package org.eventline.timeline;

import java.util.List;

/**
 * Two actors holding opposing stances on the same thing (see {@link Disagreements} for the rule).
 *
 * @param at                   the places, or the beneficiaries, both claims are about
 * @param support              the supporting claim (OFFER, PROPOSE, DEMAND or ACCEPT)
 * @param opposition           the opposing claim (REJECT, or a supporting stance negated)
 * @param opponentAlsoSupports the opposing holder also supports the same thing, so its refusal may only
 *                             limit its own commitment
 */
public record Disagreement(String type, List<String> at, TimelineEntry support, TimelineEntry opposition,
                           boolean opponentAlsoSupports) {

    public Disagreement {
        at = List.copyOf(at);
    }

    /** "Europe OFFER vs United States REJECT: security guarantee (Ukraine)". */
    public String headline() {
        return support.holderName() + " " + support.stanceLabel() + " vs " + opposition.holderName() + " "
                + opposition.stanceLabel() + ": " + support.typeLabel() + " (" + String.join(", ", at) + ")";
    }
}
