package org.eventline.extract.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a wire dispatch was filed, from its dateline: （中央社記者王小明安克拉治15日專電）, 新华社莫斯科12月3日电,
 * 柏林15日綜合外電報導, "KYIV, Dec 15 (Reuters) -". A reporter's 今天 and "today" are the day the dispatch
 * was filed, which may be a day or two before a paper or site prints it: relative expressions resolve
 * against that day (see {@link TimeFinder}).
 */
final class Dateline {

    /** Where a dateline may stand: the first lines of the body, near their start. */
    private static final int LINES = 3;
    private static final int REACH = 80;
    /** How far before publication a dispatch may have been filed for its day to count. */
    private static final int MAX_DAYS_BEFORE = 2;

    private static final Pattern CHINESE = Pattern.compile(
            "(?:(?<m>\\d{1,2})月)?(?<d>\\d{1,2})日(?:专电|电(?![话视脑影台网力子池梯车邮])|综合外电报导|综合报导|外电报导"
                    + "|综合外电报道|综合报道|外电报道|报导|报道)");
    private static final Pattern ENGLISH = Pattern.compile(
            "^[A-Z][A-Za-z .'\\-]{1,40}, (?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (?<d>\\d{1,2})"
                    + "(?:, \\d{4})? \\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua|TASS|Kyodo|Yonhap|UPI|Anadolu)\\)");

    private Dateline() {
    }

    /**
     * The filing day when the dateline names one up to two days before publication, else the publication
     * day itself (also when there is no dateline).
     *
     * @param text the text as the rules read it: Simplified script, ASCII digits
     */
    static LocalDate reference(String text, LocalDate published, boolean chinese) {
        if (published == null) {
            return null;
        }
        int lineStart = 0;
        for (int line = 0; line < LINES && lineStart < text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String head = text.substring(lineStart, Math.min(lineEnd, lineStart + REACH));
            LocalDate filed = chinese ? chinese(head, published) : english(head, published);
            if (filed != null) {
                return filed;
            }
            lineStart = lineEnd + 1;
        }
        return published;
    }

    private static LocalDate chinese(String head, LocalDate published) {
        Matcher m = CHINESE.matcher(head);
        if (!m.find() || head.lastIndexOf('据', m.start()) >= 0) {
            return null;  // 据法新社15日报道 names when a source reported, not where the dispatch was filed
        }
        int day = Integer.parseInt(m.group("d"));
        Integer month = m.group("m") == null ? null : Integer.valueOf(m.group("m"));
        return filed(published, month, day);
    }

    private static LocalDate english(String head, LocalDate published) {
        Matcher m = ENGLISH.matcher(head);
        if (!m.find()) {
            return null;
        }
        String mon = m.group("mon").substring(0, 3).toUpperCase(Locale.ROOT);
        Integer month = null;
        for (Month candidate : Month.values()) {
            if (candidate.name().startsWith(mon)) {
                month = candidate.getValue();
            }
        }
        return filed(published, month, Integer.parseInt(m.group("d")));
    }

    /** The day shortly before or on publication with this day (and month), else the publication day. */
    private static LocalDate filed(LocalDate published, Integer month, int day) {
        for (int back = 0; back <= MAX_DAYS_BEFORE; back++) {
            LocalDate d = published.minusDays(back);
            if (d.getDayOfMonth() == day && (month == null || d.getMonthValue() == month)) {
                return d;
            }
        }
        return published;  // an older dispatch or a dateline that names no recent day: publication decides
    }
}
