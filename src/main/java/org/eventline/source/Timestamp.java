package org.eventline.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication time as a page gives it: a date, maybe a time of day, maybe a UTC offset. Parses the
 * forms pages use in metadata and in visible date lines (ISO 8601, "2016/03/19 10:48", RFC 1123,
 * "Nov. 18, 2019 5:30 PM EST", "18 November 2019", "2019年3月18日 23:59", Taiwan's "105年3月19日").
 *
 * @param time   the time of day, or null when only the date is known
 * @param offset the UTC offset, or null for the page's local time
 */
record Timestamp(LocalDate date, LocalTime time, ZoneOffset offset) {

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String TIME = "(?:\\s*(?:T|,|at|\\||-|–|—|·)?\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2})(?:[.,]\\d+)?)?"
            + "\\s*([ap]\\.?m\\.?)?)?";
    private static final String ZONE = "(?:\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{1,2}(?=\\D|$)|UTC|GMT(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|"
            + "[ECMP][SD]?T|BST|CES?T|JST|KST|HKT|SGT|AEST|AEDT)\\b)?";

    /** 2016-03-19, 2016/03/19, 2016.03.19, 20160319T..., with time and zone. */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"
            + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?"
            + ZONE + "$", Pattern.CASE_INSENSITIVE);
    /** 2019年3月18日 23:59, 105年3月19日 (years of the Republic of China). */
    private static final Pattern CHINESE = Pattern.compile("(\\d{2,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]"
            + "(?:\\s*(?:[（(][一二三四五六日天][)）]|星期[一二三四五六日天]|週[一二三四五六日天]))?"
            + "\\s*(?:(上午|下午|晚上|凌晨|中午)?\\s*(\\d{1,2})[:：時时](\\d{2})(?:[:：分](\\d{2}))?)?");
    /** Nov. 18, 2019 5:30 PM EST; November 18 2019. */
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + "((?:19|20)\\d{2})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    /** 18 November 2019 17:30; Wed, 21 Feb 2018 18:03:11 GMT. */
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(" + MONTHS + ")\\.?,?\\s+"
            + "((?:19|20)\\d{2})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    /** 5:30 PM EST Nov 18, 2019: a time before the date. */
    private static final Pattern TIME_FIRST = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?" + ZONE
            + "[,\\s]+(?:on\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(" + MONTHS + ")\\.?\\s+(\\d{1,2}),?\\s+"
            + "((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> NAMED_ZONES = Map.ofEntries(
            Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4),
            Map.entry("ET", -5), Map.entry("CST", -6), Map.entry("CDT", -5), Map.entry("CT", -6), Map.entry("MST", -7),
            Map.entry("MDT", -6), Map.entry("MT", -7), Map.entry("PST", -8), Map.entry("PDT", -7), Map.entry("PT", -8),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("JST", 9), Map.entry("KST", 9),
            Map.entry("HKT", 8), Map.entry("SGT", 8), Map.entry("AEST", 10), Map.entry("AEDT", 11));

    /** ISO 8601: "2019-03-18", "2019-03-18T23:59", "2019-03-18T23:59:13+08:00". */
    String iso() {
        if (time == null) {
            return date.toString();
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        return offset == null ? local.toString() : OffsetDateTime.of(local, offset).toString();
    }

    boolean hasTime() {
        return time != null;
    }

    /** Parses a metadata value: the whole string should be a date or date-time. */
    static Optional<Timestamp> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher m = COMPACT.matcher(v);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null, m.group(7));
        }
        if (v.matches("\\d{10}|\\d{13}")) {
            long epoch = Long.parseLong(v);
            long seconds = v.length() == 13 ? epoch / 1000 : epoch;
            LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
            if (t.getYear() < 1990 || t.getYear() > 2100) {
                return Optional.empty();
            }
            return Optional.of(new Timestamp(t.toLocalDate(), t.toLocalTime(), ZoneOffset.UTC));
        }
        return find(v);
    }

    /** The first date (with its time and zone when they follow) found in running text. */
    static Optional<Timestamp> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Timestamp> best = Optional.empty();
        int at = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {NUMERIC, CHINESE, MONTH_FIRST, DAY_FIRST, TIME_FIRST}) {
            Matcher m = p.matcher(text);
            while (m.find() && m.start() < at) {
                Optional<Timestamp> t = fromMatch(p, m);
                if (t.isPresent()) {
                    best = t;
                    at = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** Words a page prints around its date line: labels, weekdays, the source and the author. */
    private static final Pattern DATE_LINE_WORDS = Pattern.compile(
            "(?iu)(last\\s+)?(updated|published|posted|modified|first published)(\\s+(on|at))?|"
                    + "(mon|tues|wednes|thurs|fri|satur|sun)day|\\b(mon|tue|wed|thu|fri|sat|sun)\\b\\.?|"
                    + "(發布|发布|發佈|更新|刊登|出版)(時間|时间|日期|於|于)?|日期|時間|时间|星期[一二三四五六日天]|[週周][一二三四五六日]|"
                    + "[（(][一二三四五六日天][)）]|(來源|来源|作者|出處|出处)\\s*[:：]\\s*[^\\s\u3000]{1,20}|"
                    + "(閱讀量?|阅读量?|瀏覽量?|浏览量?|點擊量?|点击量?)\\s*[:：]?\\s*[\\d.,]+\\s*[萬万千]?|"
                    + "(參與評論|参与评论|評論數?|评论数?|留言數?|留言数?)\\s*[:：]?\\s*[\\d.,]+\\s*[萬万千]?\\s*人?|"
                    + "[|｜·•:：,，/／\\s\u3000]+");

    /** True when a line is a page's date line and nothing else: "2026/01/25 10:42", "Updated 4:12 PM GMT+1, Nov. 24, 2025". */
    static boolean dateLine(String line) {
        if (line == null || line.length() > 80) {
            return false;
        }
        int start = -1;
        int end = -1;
        for (Pattern p : new Pattern[] {NUMERIC, CHINESE, MONTH_FIRST, DAY_FIRST, TIME_FIRST}) {
            Matcher m = p.matcher(line);
            if (m.find() && fromMatch(p, m).isPresent() && m.end() - m.start() > end - start) {
                start = m.start();
                end = m.end();  // the widest reading: "6:05 PM GMT+1, Dec 3, 2025" rather than its date alone
            }
        }
        return start >= 0 && DATE_LINE_WORDS.matcher(line.substring(0, start) + " " + line.substring(end)).replaceAll("").isEmpty();
    }

    private static Optional<Timestamp> fromMatch(Pattern p, Matcher m) {
        if (p == NUMERIC) {
            return build(m.group(1), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8),
                    m.group(9));
        }
        if (p == CHINESE) {
            int year = Integer.parseInt(m.group(1));
            if (year < 200) {
                year += 1911;  // 民國 years
            } else if (year < 1900) {
                return Optional.empty();
            }
            String hour = m.group(5);
            if (hour != null && m.group(4) != null && (m.group(4).equals("下午") || m.group(4).equals("晚上"))) {
                int h = Integer.parseInt(hour);
                hour = Integer.toString(h < 12 ? h + 12 : h);
            }
            return build(Integer.toString(year), m.group(2), m.group(3), hour, m.group(6), m.group(7), null, null);
        }
        if (p == MONTH_FIRST) {
            return build(m.group(3), month(m.group(1)), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7),
                    m.group(8));
        }
        if (p == DAY_FIRST) {
            return build(m.group(3), month(m.group(2)), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7),
                    m.group(8));
        }
        return build(m.group(7), month(m.group(5)), m.group(6), m.group(1), m.group(2), null, m.group(3),
                m.group(4));
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n);
        return Integer.toString(i / 3 + 1);
    }

    private static Optional<Timestamp> build(String year, String month, String day, String hour, String minute,
                                             String second, String ampm, String zone) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                return Optional.empty();
            }
            LocalTime time = null;
            if (hour != null && minute != null) {
                int h = Integer.parseInt(hour);
                if (ampm != null) {
                    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                    h = h % 12 + (pm ? 12 : 0);
                }
                time = LocalTime.of(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            }
            ZoneOffset offset = time == null ? null : offset(zone);
            return Optional.of(new Timestamp(date, time, offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        String z = zone.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (z.startsWith("GMT") && z.length() > 3) {
            z = z.substring(3);
        }
        Integer named = NAMED_ZONES.get(z);
        if (named != null) {
            return ZoneOffset.ofHours(named);
        }
        Matcher m = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?").matcher(z);
        if (!m.matches()) {
            return null;
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        int h = Integer.parseInt(m.group(2));
        int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The same time with another offset, or without one. */
    Timestamp withOffset(ZoneOffset o) {
        return new Timestamp(date, time, o);
    }
}
