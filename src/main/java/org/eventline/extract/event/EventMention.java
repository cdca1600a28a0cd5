package org.eventline.extract.event;

import org.eventline.text.Span;

import java.util.List;

/**
 * One mention of an event in the text.
 *
 * @param word         the trigger word as the lexicon writes it (talks, 舉行會談)
 * @param date         its own normalised date, or null
 * @param vague        dated only vaguely ("in recent weeks"): another occurrence than any dated one
 * @param definite     refers to an occurrence named before or after (the Berlin talks, 聲明中說)
 * @param separate     another occurrence than the ones told before ("held separate talks")
 * @param participants actor ids named with it in its clause, with the sides of the people among them
 * @param sides        the states and groups the participants stand for (Rubio: the United States)
 * @param wider        the same, or when none are named in the clause, those of the sentence
 * @param names        actors naming the occurrence referred to ("the G20 summit", "the Witkoff-Zelensky meeting")
 * @param host         offset of another event's trigger that dates this one (峰會期間, a statement issued at a
 *                     summit, an agreement reached at talks), or -1
 * @param issuedByHost the host issued it (峰會發表的宣言): its participants are the host's
 * @param agent        for an attack, the side attacking, or null: attacks by two sides are two attacks
 * @param mode         for a meeting, "remote" (a call) or "in person" (a summit, a visit), or null when the
 *                     word tells neither (talks): a call and a summit are two meetings; for a statement, "post"
 *                     (on social media) or "issued": a leader's post is not the joint statement of that day
 * @param planned      undated and planned or agreed on (同意在布達佩斯舉行峰會, "agreed to meet again"): it
 *                     refers to no meeting already held
 * @param relativeTo   offset of another event's trigger this undated one is dated from ("hours before the
 *                     summit", 會談前數小時), or -1
 * @param days         the days from that event to this one (-1: the day before)
 * @param news         told in the story's lead as its news, without determiner or article ("Trump and Putin
 *                     have left their summit in Alaska"): dated by the day the lead's story names
 */
record EventMention(String type, String word, int start, int end, Span clause, String date, boolean vague, boolean definite,
                    boolean separate, List<String> participants, List<String> sides, List<String> wider, List<String> names, Place place,
                    int host, boolean issuedByHost, String agent, String mode,
                    boolean planned, int relativeTo, int days, boolean news) {

    /** This mention with the date the event it is told relative to gives it. */
    EventMention dated(String day) {
        return new EventMention(type, word, start, end, clause, day, false, definite, separate, participants, sides, wider, names,
                place, -1, issuedByHost, agent, mode, false, -1, 0, false);
    }
}
