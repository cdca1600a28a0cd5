package org.eventline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Writes values in the syntax of the extract contract: ISO 8601 with the TIMEX3 extensions. */
final class Values {

    private Values() {
    }

    /**
     * A number zero-padded to a width, as {@code %0Nd} writes it: values are written for every time found,
     * and String.format parses its pattern at every call.
     */
    static String padded(int value, int width) {
        if (value < 0) {
            return String.format("%0" + width + "d", value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    static String year(int y) {
        return padded(y, 4);
    }

    static String month(int y, int m) {
        return padded(y, 4) + "-" + padded(m, 2);
    }

    static String month(YearMonth ym) {
        return month(ym.getYear(), ym.getMonthValue());
    }

    static String day(int y, int m, int d) {
        return padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2);
    }

    /** A time of day, as appended to a day: T14:05. */
    static String clock(int h, int m) {
        return "T" + padded(h, 2) + ":" + padded(m, 2);
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String week(LocalDate d) {
        return padded(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + padded(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /** Week n of a year in ISO 8601, or null when the year has no such week. */
    static String isoWeek(int year, int n) {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (n < 1 || n > weeks) {
            return null;
        }
        return padded(year, 4) + "-W" + padded(n, 2);
    }

    /** Saturday and Sunday of the ISO week of a day. */
    static String weekend(LocalDate anyDayOfWeek) {
        LocalDate sat = anyDayOfWeek.with(DayOfWeek.SATURDAY);
        return sat + "/" + sat.plusDays(1);
    }

    static String quarter(int y, int q) {
        return y + "-Q" + q;
    }

    static String half(int y, int h) {
        return y + "-H" + h;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** The year of a season: winter belongs to the year it starts in (January 2026 is winter 2025). */
    static String season(int y, String season) {
        return year(y) + "-" + season;
    }

    static String seasonOf(LocalDate d) {
        return switch (d.getMonthValue()) {
            case 3, 4, 5 -> "SP";
            case 6, 7, 8 -> "SU";
            case 9, 10, 11 -> "FA";
            default -> "WI";
        };
    }

    static int seasonIndex(String s) {
        return switch (s) {
            case "SP" -> 0;
            case "SU" -> 1;
            case "FA" -> 2;
            default -> 3;
        };
    }

    static String decade(int firstYear) {
        return padded(Math.floorDiv(firstYear, 10), 3);
    }

    /** A century as TIMEX3 writes it: the 20th century is "19". */
    static String century(int ordinal) {
        return padded(ordinal - 1, 2);
    }

    /**
     * The n-th week of a month in the sense of Chinese calendars: weeks are Monday to Sunday and a
     * week belongs to the month its Monday falls in (本月第2周).
     */
    static String weekOfMonth(YearMonth ym, int n) {
        LocalDate monday = ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
        if (n < 1 || !YearMonth.from(monday).equals(ym)) {
            return null;
        }
        return week(monday);
    }

    /**
     * A holiday of the form MM-DD, MM-N-D (the N-th weekday D of the month; N may be L for last),
     * EASTER (Western) or ORTHODOX_EASTER.
     */
    static LocalDate holiday(String rule, int year) {
        if (rule.equals("EASTER")) {
            return easter(year);
        }
        if (rule.equals("ORTHODOX_EASTER")) {
            return orthodoxEaster(year);
        }
        String[] p = rule.split("-");
        int month = Integer.parseInt(p[0]);
        if (p.length == 2) {
            return LocalDate.of(year, month, Integer.parseInt(p[1]));
        }
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(p[2]));
        LocalDate first = LocalDate.of(year, month, 1);
        if (p[1].equalsIgnoreCase("L")) {
            return first.with(TemporalAdjusters.lastInMonth(dow));
        }
        return first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(p[1]), dow));
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(y, n / 31, n % 31 + 1);
    }

    /** Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar. */
    static LocalDate orthodoxEaster(int y) {
        int d = (19 * (y % 19) + 15) % 30;
        int e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
        int n = d + e + 114;
        int julianToGregorian = y / 100 - y / 400 - 2;
        return LocalDate.of(y, n / 31, n % 31 + 1).plusDays(julianToGregorian);
    }

    /**
     * A duration of n units ("P3D", "PT8H"); X for an unknown count ("PXY"). Units are those of
     * times.tsv: D W M Y, TH TM TS for hours, minutes, seconds, and multiples like 10Y or 2W.
     */
    static String duration(String count, String unit) {
        boolean time = unit.startsWith("T");
        String u = time ? unit.substring(1) : unit;
        int factor = 1;
        int k = 0;
        while (k < u.length() && Character.isDigit(u.charAt(k))) {
            k++;
        }
        if (k > 0) {
            factor = Integer.parseInt(u.substring(0, k));
            u = u.substring(k);
        }
        String n;
        if (count.equals("X")) {
            n = factor == 10 && u.equals("Y") ? null : "X";
            if (n == null) {
                return "PXDE";
            }
        } else {
            n = number(Double.parseDouble(count) * factor);
        }
        return (time ? "PT" : "P") + n + u;
    }

    /** Half a unit as a whole number of smaller units where there is one ("半年" is six months). */
    static String halfDuration(double count, String unit) {
        return switch (unit) {
            case "Y" -> "P" + number(count * 12 + 6) + "M";
            case "M" -> count == 0 ? "P15D" : "P" + number(count + 0.5) + "M";
            case "D" -> "PT" + number(count * 24 + 12) + "H";
            case "TH" -> "PT" + number(count * 60 + 30) + "M";
            default -> duration(number(count + 0.5), unit);
        };
    }

    /** A date n units of duration later (D W M Y, 10Y, 100Y). */
    static LocalDate plus(LocalDate a, long n, String unit) {
        return switch (unit) {
            case "D" -> a.plusDays(n);
            case "W" -> a.plusWeeks(n);
            case "M" -> a.plusMonths(n);
            case "10Y" -> a.plusYears(10 * n);
            case "100Y" -> a.plusYears(100 * n);
            default -> a.plusYears(n);
        };
    }

    /** The day, week, month or year n units away from a date, at the precision of the unit. */
    static String shifted(LocalDate a, long n, String unit) {
        LocalDate d = plus(a, n, unit);
        return switch (unit) {
            case "D" -> Values.day(d);
            case "W" -> Values.week(d);
            case "M" -> Values.month(d.getYear(), d.getMonthValue());
            case "10Y" -> Values.decade(d.getYear());
            case "100Y" -> Values.century(d.getYear() / 100 + 1);
            default -> Values.year(d.getYear());
        };
    }

    static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
