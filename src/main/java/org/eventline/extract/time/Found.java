package org.eventline.extract.time;

import org.eventline.model.TimeType;

/**
 * A time expression a rule found, before overlapping finds are settled and ranges joined.
 *
 * @param point the calendar date it names, as written, when it is one (for ranges: "9日至15日" takes
 *              the month of its first date); null for weeks, durations, vague references
 */
record Found(int start, int end, String value, TimeType type, double confidence, Point point) {

    Found {
        if (end <= start) {
            throw new IllegalArgumentException("empty time " + start + ".." + end);
        }
    }

    static Found date(int start, int end, String value) {
        return new Found(start, end, value, TimeType.DATE, 0.9, null);
    }

    static Found date(int start, int end, Point point) {
        return new Found(start, end, point.value(), TimeType.DATE, 0.9, point);
    }

    /** A day, with the time of day when one is written ("2025-12-13TEV", "T20:00"), else as a point. */
    static Found day(int start, int end, java.time.LocalDate d, String timeOfDay, boolean yearWritten,
                     boolean monthWritten) {
        if (timeOfDay != null) {
            return date(start, end, Values.day(d) + timeOfDay);
        }
        return date(start, end, Point.of(d, yearWritten, monthWritten));
    }

    static Found vague(int start, int end, String value) {
        return new Found(start, end, value, value.startsWith("P") ? TimeType.DURATION : TimeType.DATE, 0.6, null);
    }

    static Found duration(int start, int end, String value) {
        return new Found(start, end, value, TimeType.DURATION, 0.8, null);
    }

    static Found set(int start, int end, String value) {
        return new Found(start, end, value, TimeType.SET, 0.7, null);
    }

    int length() {
        return end - start;
    }

    /** A date or period of the calendar, which may begin or end a range (not a duration, set or vague reference). */
    boolean isCalendar() {
        return type == TimeType.DATE && !value.endsWith("_REF") && !value.startsWith("P") && !value.contains("/");
    }
}
