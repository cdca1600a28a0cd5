package org.eventline.extract.event;

import org.eventline.text.Span;

import java.util.List;

/**
 * One mention of an event in the text.
 *
 * @param date          its own normalised date, or null
 * @param vague         dated only vaguely ("in recent weeks"): another occurrence than any dated one
 * @param definite      refers to an occurrence named before or after (the Berlin talks, 聲明中說)
 * @param participants  actor ids named with it in its clause, with the sides of the people among them
 * @param wider         the same, or when none are named in the clause, those of the sentence
 * @param duringTrigger offset of another event's trigger that dates this one (峰會期間), or -1
 * @param anchored      real enough to take the report's date when it has none: a statement with its issuer,
 *                      an attack with attacker and target
 */
record EventMention(String type, int start, int end, Span clause, String date, boolean vague, boolean definite,
                    List<String> participants, List<String> wider, Place place, int duringTrigger, boolean anchored) {
}
