package org.eventline.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/** Dates written in digits alone, the same in every language: 2025-12-15, 2019/04/19, 1999.08-2002.02, 6·30. */
final class NumericRules {

    private static final String YEAR = "(?:1[89]|20|21)\\d\\d";

    private NumericRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("num-ymd", Starts.chars(Starts.DIGITS), "(?<![\\d.\\-/])(?<y>" + YEAR + ")(?<s>[-/.])(?<m>0?[1-9]|1[0-2])\\k<s>"
                        + "(?<d>0?[1-9]|[12]\\d|3[01])(?!\\d|[.\\-/]\\d)", NumericRules::ymd),
                Rule.of("num-ym", Starts.chars(Starts.DIGITS), "(?<![\\d.\\-/])(?<y>" + YEAR + ")\\.(?<m>0[1-9]|1[0-2])(?:\\s*[-~至到]\\s*(?<y2>" + YEAR
                        + ")(?:\\.(?<m2>0[1-9]|1[0-2]))?)?(?![\\d%]|\\.\\d|\\s*[万亿元美欧港日])", NumericRules::ym),
                Rule.of("num-month-dot-day", Starts.chars(Starts.DIGITS), "(?<![\\d.])(?<m>1[0-2]|0?[1-9])[·・•](?<d>3[01]|[12]\\d|0?[1-9])(?!\\d)"
                        + "(?!\\s*(?:事件|恐袭|恐攻|袭击|攻击|事变|惨案|大地震|地震|attacks?))", NumericRules::monthDay),
                Rule.of("num-md", Starts.chars(Starts.DIGITS), "(?<![\\d\\-/.:])(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\d\\-/.:])",
                        (m, s, out) -> {
                            if (m.group("m").charAt(0) == '0' || m.group("d").charAt(0) == '0') {
                                monthDay(m, s, out);
                            }
                        }),
                Rule.of("num-mdy", Starts.chars(Starts.DIGITS), "(?<![\\d/.])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>" + YEAR + ")(?![\\d/])", NumericRules::mdy));
    }

    private static void ymd(Matcher m, Scan s, List<Found> out) {
        int y = Integer.parseInt(m.group("y"));
        int mo = Integer.parseInt(m.group("m"));
        int d = Integer.parseInt(m.group("d"));
        if (Point.valid(y, mo, d)) {
            out.add(Found.date(m.start(), m.end(), new Point(y, mo, d, true, true)));
        }
    }

    private static void ym(Matcher m, Scan s, List<Found> out) {
        String first = Values.month(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")));
        if (m.group("y2") == null) {
            out.add(Found.date(m.start(), m.end(), Point.month(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), true)));
            return;
        }
        String second = m.group("m2") == null ? m.group("y2")
                : Values.month(Integer.parseInt(m.group("y2")), Integer.parseInt(m.group("m2")));
        if (second.compareTo(first) > 0) {
            out.add(Found.date(m.start(), m.end(), first + "/" + second));
        }
    }

    private static void monthDay(Matcher m, Scan s, List<Found> out) {
        LocalDate d = s.monthDay(Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), m.start(), m.end());
        if (d != null) {
            out.add(Found.date(m.start(), m.end(), Point.of(d, false, true)));
        }
    }

    /** 12/15/2025 as Americans write it; 15/12/2025 when the first number cannot be a month. */
    private static void mdy(Matcher m, Scan s, List<Found> out) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int y = Integer.parseInt(m.group("y"));
        int mo = a <= 12 ? a : b;
        int d = a <= 12 ? b : a;
        if (mo >= 1 && d >= 1 && Point.valid(y, mo, d)) {
            out.add(Found.date(m.start(), m.end(), new Point(y, mo, d, true, true)));
        }
    }
}
