package org.eventline.extract.time;

import java.time.LocalDate;

/**
 * The wire dateline an article opens with: （中央社記者王小明安克拉治15日專電）, 新华社莫斯科12月3日电,
 * 柏林15日綜合外電報導, "KYIV, Dec 15 (Reuters) -". It tells the day the dispatch was filed, which may be a
 * day or more before a paper or site prints it: a reporter's 今天 and "today" are that day, and what the
 * story tells without a date of its own happened then. The names in it (agency, reporter, city) take part
 * in nothing the story tells.
 *
 * @param start the start of the dateline's line
 * @param end   the end of its filing word or agency
 * @param filed the day it names, on or shortly before publication; null when publication is unknown or
 *              the day is not one of the few days before it
 */
public record Dateline(int start, int end, LocalDate filed) {

    /**
     * How far before publication a dispatch may have been filed for its day to count: a page dated days
     * after its dateline is more likely an update than an old dispatch, so its own date decides.
     */
    static final int MAX_DAYS_BEFORE = 2;

    /** True when the span lies inside the dateline. */
    public boolean holds(int from, int to) {
        return from >= start && to <= end;
    }

    /** The latest day on or before publication with this day (and month), within the reach above, or null. */
    static LocalDate filed(LocalDate published, Integer month, int day) {
        if (published == null) {
            return null;
        }
        for (int back = 0; back <= MAX_DAYS_BEFORE; back++) {
            LocalDate d = published.minusDays(back);
            if (d.getDayOfMonth() == day && (month == null || d.getMonthValue() == month)) {
                return d;
            }
        }
        return null;
    }
}
