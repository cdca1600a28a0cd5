package org.eventline.extract.event;

import org.eventline.text.Span;

import java.util.List;

/**
 * One mention of an event in the text.
 *
 * @param date         its own normalised date, or null
 * @param vague        dated only vaguely ("in recent weeks"): another occurrence than any dated one
 * @param definite     refers to an occurrence named before or after (the Berlin talks, 聲明中說)
 * @param separate     another occurrence than the ones told before ("held separate talks")
 * @param participants actor ids named with it in its clause, with the sides of the people among them
 * @param wider        the same, or when none are named in the clause, those of the sentence
 * @param names        actors naming the occurrence referred to ("the G20 summit", "the Witkoff-Zelensky meeting")
 * @param host         offset of another event's trigger that dates this one (峰會期間, a statement issued at a
 *                     summit, an agreement reached at talks), or -1
 * @param issuedByHost the host issued it (峰會發表的宣言): its participants are the host's
 * @param agent        for an attack, the side attacking, or null: attacks by two sides are two attacks
 * @param mode         for a meeting, "remote" (a call) or "in person" (a summit, a visit), or null when the
 *                     word tells neither (talks): a call and a summit are two meetings
 * @param planned      undated and planned or agreed on (同意在布達佩斯舉行峰會, "agreed to meet again"): it
 *                     refers to no meeting already held
 */
record EventMention(String type, int start, int end, Span clause, String date, boolean vague, boolean definite,
                    boolean separate, List<String> participants, List<String> wider, List<String> names, Place place,
                    int host, boolean issuedByHost, String agent, String mode,
                    boolean planned) {
}
