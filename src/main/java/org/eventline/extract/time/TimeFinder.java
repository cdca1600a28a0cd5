package org.eventline.extract.time;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.model.TimeType;
import org.eventline.model.Timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in Chinese and English and normalises them against the publication date.
 * Values follow the extract contract: ISO 8601 at the precision written, intervals as START/END,
 * durations as P…, vague references as PAST_REF / PRESENT_REF / FUTURE_REF.
 */
public final class TimeFinder implements Component {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY_NAME = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private record Rule(Pattern pattern, Resolver resolver) {
    }

    @FunctionalInterface
    private interface Resolver {
        /** The value and type for a match, or null to reject it. */
        Timex resolve(Matcher m, LocalDate anchor, String text);
    }

    private final List<Rule> chinese = new ArrayList<>();
    private final List<Rule> english = new ArrayList<>();

    public TimeFinder() {
        // Chinese, most specific first; patterns run on the Simplified text.
        zh("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]", (m, a, t) -> date(m, t, ymd(i(m, 1), i(m, 2), i(m, 3))));
        zh("(\\d{4})年(\\d{1,2})月", (m, a, t) -> date(m, t, String.format("%04d-%02d", i(m, 1), i(m, 2))));
        zh("(\\d{1,2})月(\\d{1,2})[日号]", (m, a, t) -> a == null ? null
                : date(m, t, ymd(a.getYear(), i(m, 1), i(m, 2))));
        zh("(\\d{1,2})[、至到-](\\d{1,2})日", (m, a, t) -> a == null ? null
                : date(m, t, dayInAnchorMonth(a, i(m, 1)) + "/" + dayInAnchorMonth(a, i(m, 2))));
        zh("(?<![\\d月])(\\d{1,2})日", (m, a, t) -> a == null || i(m, 1) > 31 ? null
                : date(m, t, dayInAnchorMonth(a, i(m, 1))));
        zh("(?<![\\d年])(\\d{1,2})月(?![份\\d]?[日号])", (m, a, t) -> a == null || i(m, 1) > 12 ? null
                : date(m, t, String.format("%04d-%02d", a.getYear(), i(m, 1))));
        zh("(\\d{4})年", (m, a, t) -> date(m, t, m.group(1)));
        zh("今天|今日", (m, a, t) -> a == null ? null : date(m, t, a.toString()));
        zh("昨天|昨日", (m, a, t) -> a == null ? null : date(m, t, a.minusDays(1).toString()));
        zh("前天", (m, a, t) -> a == null ? null : date(m, t, a.minusDays(2).toString()));
        zh("明天", (m, a, t) -> a == null ? null : date(m, t, a.plusDays(1).toString()));
        zh("今年", (m, a, t) -> a == null ? null : date(m, t, Integer.toString(a.getYear())));
        zh("明年", (m, a, t) -> a == null ? null : date(m, t, Integer.toString(a.getYear() + 1)));
        zh("去年", (m, a, t) -> a == null ? null : date(m, t, Integer.toString(a.getYear() - 1)));
        zh("年底前|年底", (m, a, t) -> a == null ? null : date(m, t, a.getYear() + "-12-31"));
        zh("(\\d+|[一二两三四五六七八九十]+)(个)?(小时|天|周|星期|个月|年)", TimeFinder::chineseDuration);
        zh("目前|迄今|当前", (m, a, t) -> vague(m, t, "PRESENT_REF"));
        zh("日后|届时|未来", (m, a, t) -> vague(m, t, "FUTURE_REF"));

        en("(?i)" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})", (m, a, t) ->
                date(m, t, ymd(i(m, 3), month(m.group(1)), i(m, 2))));
        en("(?i)(\\d{1,2}) " + MONTH + ",? (\\d{4})", (m, a, t) -> date(m, t, ymd(i(m, 3), month(m.group(2)), i(m, 1))));
        en(MONTH + " (\\d{4})", (m, a, t) -> date(m, t, String.format("%s-%02d", m.group(2), month(m.group(1)))));
        en(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b", (m, a, t) -> a == null ? null
                : date(m, t, ymd(a.getYear(), month(m.group(1)), i(m, 2))));
        en("(?i)\\b(early|mid|late) " + MONTH, (m, a, t) -> a == null ? null
                : date(m, t, String.format("%04d-%02d", a.getYear(), month(m.group(2)))));
        en("\\b(?:in |of )?(19\\d{2}|20\\d{2})\\b", (m, a, t) -> date(m, t, m.group(1)));
        en("(?i)\\btoday\\b", (m, a, t) -> a == null ? null : date(m, t, a.toString()));
        en("(?i)\\byesterday\\b", (m, a, t) -> a == null ? null : date(m, t, a.minusDays(1).toString()));
        en("(?i)\\btomorrow\\b", (m, a, t) -> a == null ? null : date(m, t, a.plusDays(1).toString()));
        en("(?i)\\bby Christmas\\b", (m, a, t) -> a == null ? null : date(m, t, a.getYear() + "-12-25"));
        en("(?i)\\bby the end of (the|this) year\\b", (m, a, t) -> a == null ? null : date(m, t, a.getYear() + "-12-31"));
        en("(?i)\\bthis weekend\\b", (m, a, t) -> a == null ? null : date(m, t, weekend(a)));
        en("(?i)\\b(earlier )?this week\\b", (m, a, t) -> a == null ? null : date(m, t, isoWeek(a)));
        en("(?i)\\bnext week\\b", (m, a, t) -> a == null ? null : date(m, t, isoWeek(a.plusWeeks(1))));
        en("(?i)\\blast week\\b", (m, a, t) -> a == null ? null : date(m, t, isoWeek(a.minusWeeks(1))));
        en("(?i)\\b(?:on |last |this |next )?" + DAY_NAME + "\\b", TimeFinder::weekday);
        en("(?i)\\bin recent (weeks|months|days)\\b", (m, a, t) -> vague(m, t, "PAST_REF"));
    }

    private void zh(String regex, Resolver r) {
        chinese.add(new Rule(Pattern.compile(regex), r));
    }

    private void en(String regex, Resolver r) {
        english.add(new Rule(Pattern.compile(regex), r));
    }

    @Override
    public void process(Doc doc) {
        boolean zh = doc.text.chinese();
        String text = zh ? doc.text.normalized() : doc.text.text();
        boolean[] taken = new boolean[text.length()];
        List<Timex> out = new ArrayList<>();
        for (Rule rule : zh ? chinese : english) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || isTaken(taken, m.start(), m.end())) {
                    continue;
                }
                Timex t = rule.resolver().resolve(m, doc.anchor, doc.text.text());
                if (t != null) {
                    out.add(t);
                    for (int k = t.start(); k < t.end(); k++) {
                        taken[k] = true;
                    }
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        doc.times.addAll(out);
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int k = start; k < end; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static Timex date(Matcher m, String text, String value) {
        return new Timex(text.substring(m.start(), m.end()), m.start(), m.end(), value, TimeType.DATE, 0.9);
    }

    private static Timex vague(Matcher m, String text, String value) {
        return new Timex(text.substring(m.start(), m.end()), m.start(), m.end(), value, TimeType.DATE, 0.6);
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static String ymd(int y, int mo, int d) {
        try {
            return LocalDate.of(y, mo, d).toString();
        } catch (java.time.DateTimeException e) {
            return String.format("%04d-%02d", y, mo);
        }
    }

    /** A bare day of the month: this month's, or last month's if that day is still to come. */
    private static String dayInAnchorMonth(LocalDate anchor, int day) {
        LocalDate month = day > anchor.getDayOfMonth() + 1 ? anchor.minusMonths(1) : anchor;
        return ymd(month.getYear(), month.getMonthValue(), Math.min(day, month.lengthOfMonth()));
    }

    private static String isoWeek(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String weekend(LocalDate d) {
        LocalDate sat = d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return sat + "/" + sat.plusDays(1);
    }

    private static Timex weekday(Matcher m, LocalDate a, String text) {
        if (a == null) {
            return null;
        }
        String s = m.group().toLowerCase(Locale.ROOT);
        DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        LocalDate d;
        if (s.startsWith("next")) {
            d = a.with(TemporalAdjusters.next(day));
        } else if (s.startsWith("this")) {
            d = a.with(TemporalAdjusters.nextOrSame(day));
        } else {
            // News reports the past by default: "on Friday" is the most recent Friday.
            d = a.with(TemporalAdjusters.previousOrSame(day));
        }
        return date(m, text, d.toString());
    }

    private static Timex chineseDuration(Matcher m, LocalDate a, String text) {
        Integer n = ChineseNumbers.parse(m.group(1));
        if (n == null) {
            return null;
        }
        String unit = switch (m.group(3)) {
            case "小时" -> "H";
            case "天" -> "D";
            case "周", "星期" -> "W";
            case "个月" -> "M";
            default -> "Y";
        };
        String value = unit.equals("H") ? "PT" + n + "H" : "P" + n + unit;
        return new Timex(text.substring(m.start(), m.end()), m.start(), m.end(), value, TimeType.DURATION, 0.8);
    }
}
