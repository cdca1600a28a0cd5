package org.eventline.extract.claim;

import org.eventline.extract.entity.EntityMention;

/**
 * One attribution: who said something, where the saying verb is, and when it was said.
 *
 * @param holder  actor id of the speaker, or null when only an outlet or an unnamed source is given
 * @param who     the mention naming the speaker, or null when it is carried from before (他, the official)
 * @param stance  the stance the saying verb itself carries (質疑 REJECT, insisted DEMAND), or null
 * @param date    the date written with the saying (川普曾於8月時說), or null
 * @param carried the speaker was named in an earlier sentence
 */
record Said(String holder, EntityMention who, int cueStart, int cueEnd, String stance, String date,
            boolean carried) {

    Said carriedTo(int cueStart, int cueEnd, String stance, String date) {
        return new Said(holder, who, cueStart, cueEnd, stance, date != null ? date : this.date, true);
    }
}
