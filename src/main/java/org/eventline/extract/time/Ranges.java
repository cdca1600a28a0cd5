package org.eventline.extract.time;

import org.eventline.model.TimeType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins two dates linked as a range into one interval: "2017年8月11日至22日", "从2015年1月至12月",
 * "上周三到这周二", "from Monday to Wednesday", "between 2009 and 2012". The second date takes the year
 * and month it leaves out from the first.
 */
final class Ranges {

    private static final Pattern ZH_LINK = Pattern.compile("\\s*(?:起?至|到|~|-|—{1,2}|、)\\s*");
    private static final Pattern EN_LINK = Pattern.compile("\\s*(?:-|—|(?i:to|through|until|till|and))\\s*");
    private static final Pattern ZH_OPEN = Pattern.compile("[从自由]$");
    private static final Pattern EN_OPEN = Pattern.compile("(?i)\\b(from|between)\\s+$");
    private static final Pattern ZH_CLOSE = Pattern.compile("^(?:为止|止)");
    /** A year written as bare digits before the link: "1985到89年9月". */
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.])((?:1[89]|20)\\d\\d)\\s*(?:至|到|-|—{1,2})\\s*$");

    private Ranges() {
    }

    static List<Found> join(List<Found> sorted, Scan s) {
        List<Found> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            Found a = sorted.get(i);
            Found b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            Found joined = b == null ? null : join(a, b, s);
            if (joined != null) {
                out.add(joined);
                i += 2;
                continue;
            }
            Found fromBareYear = leadingYear(out.isEmpty() ? 0 : out.get(out.size() - 1).end(), a, s);
            out.add(bracketed(fromBareYear != null ? fromBareYear : a, s));
            i++;
        }
        return out;
    }

    private static Found join(Found a, Found b, Scan s) {
        if (!a.isCalendar() || !b.isCalendar()) {
            return null;
        }
        String link = s.text.substring(a.end(), b.start());
        if (link.length() > 5 || !(s.chinese ? ZH_LINK : EN_LINK).matcher(link).matches()) {
            return null;
        }
        String head = s.text.substring(Math.max(0, a.start() - 10), a.start());
        Matcher open = (s.chinese ? ZH_OPEN : EN_OPEN).matcher(head);
        boolean opened = open.find();
        String linkWord = link.strip().toLowerCase(java.util.Locale.ROOT);
        if (!s.chinese && linkWord.equals("and") && !(opened && open.group(1).equalsIgnoreCase("between"))) {
            return null;
        }
        String second;
        if (a.point() != null && b.point() != null) {
            if (linkWord.equals("、") && (b.point().day() == 0 || b.point().monthWritten())) {
                return null;
            }
            Point p = b.point().after(a.point());
            if (p.day() > 0 && a.point().day() > 0 && p.first().isBefore(a.point().first())
                    && p.first().plusDays(7).isAfter(a.point().first())) {
                // "週五至週一": weekdays resolved apart; the second follows the first
                p = Point.of(p.first().plusDays(7), true, true);
            }
            if (p.last().isBefore(a.point().first())) {
                return null;
            }
            second = p.value();
        } else {
            if (linkWord.equals("、") || b.value().compareTo(a.value()) <= 0 || a.value().contains("T")) {
                return null;
            }
            second = b.value();
        }
        int start = opened ? a.start() - (head.length() - open.start()) : a.start();
        int end = b.end();
        if (s.chinese) {
            Matcher close = ZH_CLOSE.matcher(s.text.substring(end, Math.min(s.text.length(), end + 2)));
            if (close.find()) {
                end += close.end();
            }
        }
        return new Found(start, end, a.value() + "/" + second, TimeType.DATE, Math.min(a.confidence(), b.confidence()), null);
    }

    /** A Chinese range found whole ("2018年12月9號到15號") with the 從 before it and the 止 after it. */
    private static Found bracketed(Found f, Scan s) {
        if (!s.chinese || !f.value().contains("/") || f.value().startsWith("P")) {
            return f;
        }
        int start = f.start();
        int end = f.end();
        if (ZH_OPEN.matcher(s.text.substring(Math.max(0, start - 1), start)).find()) {
            start--;
        }
        Matcher close = ZH_CLOSE.matcher(s.text.substring(end, Math.min(s.text.length(), end + 2)));
        if (close.find()) {
            end += close.end();
        }
        return start == f.start() && end == f.end() ? f
                : new Found(start, end, f.value(), f.type(), f.confidence(), f.point());
    }

    /** "1985到89年9月": a range whose first year is written as digits alone. */
    private static Found leadingYear(int from, Found b, Scan s) {
        if (!s.chinese || b.point() == null || !b.point().yearWritten() || b.start() - from < 5) {
            return null;
        }
        Matcher m = BARE_YEAR.matcher(s.text.substring(Math.max(from, b.start() - 12), b.start()));
        if (!m.find()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        if (y >= b.point().year()) {
            return null;
        }
        int start = b.start() - (m.end() - m.start(1));
        return new Found(start, b.end(), Values.year(y) + "/" + b.value(), TimeType.DATE, b.confidence(), null);
    }
}
