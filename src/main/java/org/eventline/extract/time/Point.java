package org.eventline.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date at the precision written: a year, a month of a year, or a day. Remembers which
 * fields the text wrote and which were filled in from the publication date, so that the second date
 * of a range can take the fields it leaves out from the first ("2017年8月11日至22日").
 *
 * @param month 0 for a year alone
 * @param day   0 for a month or year alone
 */
record Point(int year, int month, int day, boolean yearWritten, boolean monthWritten) {

    static Point year(int year) {
        return new Point(year, 0, 0, true, false);
    }

    static Point of(LocalDate d, boolean yearWritten, boolean monthWritten) {
        return new Point(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), yearWritten, monthWritten);
    }

    static Point month(int year, int month, boolean yearWritten) {
        return new Point(year, month, 0, yearWritten, true);
    }

    String value() {
        if (month == 0) {
            return Values.year(year);
        }
        if (day == 0) {
            return Values.month(year, month);
        }
        return Values.day(year, month, day);
    }

    LocalDate first() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    LocalDate last() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** This date completed from an earlier one: the year, and for a bare day the month, it leaves out. */
    Point after(Point first) {
        int y = yearWritten ? year : first.year;
        int m = month;
        boolean inherited = false;
        if (day > 0 && !monthWritten && first.month > 0) {
            m = first.month;
            inherited = true;
        }
        Point p = valid(y, m, day) ? new Point(y, m, day, yearWritten, monthWritten) : this;
        if (p.first().isBefore(first.first())) {
            // "12月至1月", "28日至3日": the second date wraps into the next year or month.
            if (inherited && valid(y, m % 12 + 1, day)) {
                int ny = m == 12 ? y + 1 : y;
                p = new Point(ny, m % 12 + 1, day, yearWritten, monthWritten);
            } else if (!yearWritten) {
                p = new Point(y + 1, m, day, false, monthWritten);
            }
        }
        return p;
    }

    static boolean valid(int y, int m, int d) {
        if (m < 0 || m > 12 || d < 0 || d > 31 || (d > 0 && m == 0)) {
            return false;
        }
        return m == 0 || d == 0 || d <= YearMonth.of(y, m).lengthOfMonth();
    }
}
