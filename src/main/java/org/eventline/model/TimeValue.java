package org.eventline.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised date value of the extract contract as a range of days with a precision, so that the
 * graph can store and index it and timelines can sort it without pretending to more precision than
 * the text gave ("2025-08" is the month, not its first day).
 *
 * @param value     the value as written in the contract
 * @param start     first day
 * @param end       last day
 * @param precision day, week, month, quarter, half, season, year, decade or interval
 */
public record TimeValue(String value, LocalDate start, LocalDate end, String precision) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");

    /** The range a value stands for, or empty for durations, vague references and unknown forms. */
    public static Optional<TimeValue> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int slash = value.indexOf('/');
            if (slash > 0) {
                Optional<TimeValue> a = single(value.substring(0, slash));
                Optional<TimeValue> b = single(value.substring(slash + 1));
                if (a.isPresent() && b.isPresent() && !b.get().end.isBefore(a.get().start)) {
                    return Optional.of(new TimeValue(value, a.get().start, b.get().end, "interval"));
                }
                return Optional.empty();
            }
            return single(value);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<TimeValue> single(String v) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(n(m, 1), n(m, 2), n(m, 3));
            return Optional.of(new TimeValue(v, d, d, "day"));
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth ym = YearMonth.of(n(m, 1), n(m, 2));
            return Optional.of(new TimeValue(v, ym.atDay(1), ym.atEndOfMonth(), "month"));
        }
        if ((m = YEAR.matcher(v)).matches()) {
            int y = n(m, 1);
            return Optional.of(new TimeValue(v, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year"));
        }
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate monday = LocalDate.of(n(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, n(m, 2))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (m.group(3) != null) {
                return Optional.of(new TimeValue(v, monday.plusDays(5), monday.plusDays(6), "week"));
            }
            return Optional.of(new TimeValue(v, monday, monday.plusDays(6), "week"));
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            YearMonth first = YearMonth.of(n(m, 1), (n(m, 2) - 1) * 3 + 1);
            return Optional.of(new TimeValue(v, first.atDay(1), first.plusMonths(2).atEndOfMonth(), "quarter"));
        }
        if ((m = HALF.matcher(v)).matches()) {
            YearMonth first = YearMonth.of(n(m, 1), n(m, 2) == 1 ? 1 : 7);
            return Optional.of(new TimeValue(v, first.atDay(1), first.plusMonths(5).atEndOfMonth(), "half"));
        }
        if ((m = SEASON.matcher(v)).matches()) {
            int y = n(m, 1);
            // Meteorological seasons of the northern hemisphere; winter is December to February.
            YearMonth first = switch (m.group(2)) {
                case "SP" -> YearMonth.of(y, 3);
                case "SU" -> YearMonth.of(y, 6);
                case "FA" -> YearMonth.of(y, 9);
                default -> YearMonth.of(y, 12);
            };
            return Optional.of(new TimeValue(v, first.atDay(1), first.plusMonths(2).atEndOfMonth(), "season"));
        }
        if ((m = DECADE.matcher(v)).matches()) {
            int y = n(m, 1) * 10;
            return Optional.of(new TimeValue(v, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), "decade"));
        }
        return Optional.empty();
    }

    private static int n(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
