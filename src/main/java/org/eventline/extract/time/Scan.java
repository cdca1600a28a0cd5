package org.eventline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * One text while the rules read it: the text to match (Simplified script, ASCII digits, same length
 * as the body), the publication date, and the resolution of what the text leaves out.
 *
 * <p>General rules for dates the text gives only in part, relative to the publication date:
 * <ul>
 * <li>A bare day (15日) is in the publication month; in a clause that reports the past, a day more than
 *     one day ahead is last month's; in a clause that looks ahead, a day already past is next month's.</li>
 * <li>A month, a month and day, a season or a holiday without a year is in the publication year; a past
 *     clause moves it to last year when it lies ahead, a future clause to next year when it lies behind.</li>
 * <li>English without a past tense speaks of the present and what is ahead: there a month (and a month
 *     and day) half a year or more behind publication is next year's ("goes on sale in late January",
 *     written in December). Chinese marks no tense and reports the past without a cue, so it keeps the
 *     publication year.</li>
 * <li>A deadline ("by", "until", "through") looks ahead when the clause has no tense; in a past clause
 *     it leaves the tense open ("agreed to extend the programme until June").</li>
 * <li>A weekday without "last" or "next" is the nearest one in the direction of the tense; without a
 *     tense, the nearer of the last and the coming one (the past on a tie).</li>
 * <li>A two-digit year (98年, 03年) is within the hundred years before the publication year plus ten,
 *     and never before 1900.</li>
 * </ul>
 * Without a publication date, relative expressions are left out ({@link NoAnchor}).
 */
final class Scan {

    /** Thrown when an expression needs a publication date the article does not have. */
    static final class NoAnchor extends RuntimeException {
        NoAnchor() {
            super(null, null, false, false);
        }
    }

    final String text;
    final boolean chinese;
    final boolean traditional;
    final TimeWords words;
    private final LocalDate anchor;
    private final Tense tense;
    private final Starts anyStart;

    Scan(String text, LocalDate anchor, boolean chinese, boolean traditional, TimeWords words, Tense tense,
         Starts anyStart) {
        this.text = text;
        this.anyStart = anyStart;
        this.anchor = anchor;
        this.chinese = chinese;
        this.traditional = traditional;
        this.words = words;
        this.tense = tense;
    }

    /** The text to match: digits and a few signs of full width become ASCII, so the length stays. */
    static String matchable(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '０' && ch <= '９') {
                c[i] = (char) ('0' + (ch - '０'));
            } else if (ch == '－' || ch == '–' || ch == '−') {
                c[i] = '-';
            } else if (ch == '／') {
                c[i] = '/';
            } else if (ch == '．') {
                c[i] = '.';
            } else if (ch == '：') {
                c[i] = ':';
            } else if (ch == '～') {
                c[i] = '~';
            } else if (ch == 'Ｑ') {
                c[i] = 'Q';
            } else if (ch == '\u00a0' || ch == '\u3000') {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    /** The words of an English text: where each begins and its letters in lower case ("#" for a number). */
    static final class Tokens {
        private final int[] starts;
        private final String[] words;
        private final int size;

        private Tokens(String text) {
            int n = text.length();
            int[] st = new int[n / 2 + 1];
            String[] ws = new String[n / 2 + 1];
            int k = 0;
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                boolean apostrophe = (c == '\'' || c == '’') && i + 1 < n && Character.isDigit(text.charAt(i + 1));
                if (!Character.isLetterOrDigit(c) && !apostrophe || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    i++;
                    continue;
                }
                int end = i + 1;
                if (Character.isLetter(c)) {
                    while (end < n && Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                    ws[k] = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
                } else {
                    ws[k] = apostrophe ? "'" : Starts.NUMBER;
                }
                st[k++] = i;
                i = end;
            }
            starts = st;
            words = ws;
            size = k;
        }

        int size() {
            return size;
        }

        int start(int k) {
            return starts[k];
        }

        String word(int k) {
            return words[k];
        }

        /** The index of the first token that begins at or after an offset. */
        int indexAtOrAfter(int offset) {
            return Scan.indexAtOrAfter(starts, size, offset);
        }
    }

    /** The index of the first of n sorted offsets that is at or after an offset. */
    static int indexAtOrAfter(int[] sorted, int n, int offset) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int[] candidates;

    /** Where any rule that starts at characters may start. */
    int[] candidates() {
        if (candidates == null) {
            candidates = anyStart.positions(text);
        }
        return candidates;
    }

    private Tokens tokens;

    Tokens tokens() {
        if (tokens == null) {
            tokens = new Tokens(text);
        }
        return tokens;
    }

    LocalDate anchor() {
        if (anchor == null) {
            throw new NoAnchor();
        }
        return anchor;
    }

    boolean hasAnchor() {
        return anchor != null;
    }

    /**
     * The tense of the clause around an expression. A deadline ("until June", "by Friday") names what
     * is still ahead in a clause without tense, and may do so in a past one ("agreed to extend the
     * programme until June"), so there it leaves the tense open.
     */
    Tense.Kind tense(int start, int end) {
        Tense.Kind k = tense.of(text, start, end, chinese);
        if (!chinese && deadline(start)) {
            return k == Tense.Kind.PAST ? Tense.Kind.NONE : Tense.Kind.FUTURE;
        }
        return k;
    }

    /** The tense of the words before an expression in its clause, the whole clause's when they have none. */
    Tense.Kind tenseBefore(int start, int end) {
        Tense.Kind k = tense.of(text, start, end, chinese, true);
        return k == Tense.Kind.NONE ? tense(start, end) : k;
    }

    /** "by Friday", "until May", "before the end of May": a limit set, not a time something happened. */
    private boolean deadline(int start) {
        String before = EnglishRules.wordBeforeArticle(text, start);
        return DEADLINE.contains(before) || before.equals("before") && text.regionMatches(true, start, "the end of", 0, 10);
    }

    private static final java.util.Set<String> DEADLINE = java.util.Set.of("until", "till", "through", "by");

    char charAt(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }

    /**
     * How far ahead of publication a day may lie and still be this year's in a past clause: a report names
     * what is set for the coming days ("has given Kyiv until Thanksgiving", 宣布下週日（2月1日）再談), while a
     * day a year back would carry its year or 去年.
     */
    private static final int NEAR_AHEAD = 14;

    /** A month and day without a year. */
    LocalDate monthDay(int month, int day, int start, int end) {
        LocalDate a = anchor();
        int y = a.getYear();
        if (!Point.valid(y, month, day)) {
            return Point.valid(y - 1, month, day) ? LocalDate.of(y - 1, month, day) : null;
        }
        LocalDate d = LocalDate.of(y, month, day);
        Tense.Kind t = tense(start, end);
        if ((t == Tense.Kind.PAST && d.isAfter(a.plusDays(NEAR_AHEAD)) || unmarkedPast(t, d, a)) && Point.valid(y - 1, month, day)) {
            return LocalDate.of(y - 1, month, day);
        }
        if ((t == Tense.Kind.FUTURE && ChronoUnit.DAYS.between(d, a) > 31 || aheadInPresentTense(t, month, a))
                && Point.valid(y + 1, month, day)) {
            return LocalDate.of(y + 1, month, day);
        }
        return d;
    }

    /** The year of a month written without one. */
    int yearOfMonth(int month, int start, int end) {
        LocalDate a = anchor();
        Tense.Kind t = tense(start, end);
        if (t == Tense.Kind.PAST && month > a.getMonthValue() || unmarkedPast(t, LocalDate.of(a.getYear(), month, 1), a)) {
            return a.getYear() - 1;
        }
        if (t == Tense.Kind.FUTURE && month < a.getMonthValue() - 1 || aheadInPresentTense(t, month, a)) {
            return a.getYear() + 1;
        }
        return a.getYear();
    }

    /**
     * Chinese marks what lies ahead (將, 預計, 下月) but often leaves the past unmarked: 12月28日，雙方會面 in a
     * January report is last December. Without a cue, a date in Chinese is this year's only while it lies
     * at most two months ahead of publication (a bare day at most a week), else the one before. English
     * marks the past, so there a date without a cue is the nearer one: "in December" in a January report
     * is the last, "in October" in a March report the coming one (see below).
     */
    private static final int UNMARKED_MONTHS_AHEAD = 2;
    private static final int UNMARKED_DAYS_AHEAD = 7;

    private boolean unmarkedPast(Tense.Kind t, LocalDate d, LocalDate a) {
        return t == Tense.Kind.NONE && d.isAfter(YearMonth.from(a).plusMonths(chinese ? UNMARKED_MONTHS_AHEAD : 6).atEndOfMonth());
    }

    /** English without a past tense, a month half a year or more behind publication (see above). */
    private boolean aheadInPresentTense(Tense.Kind t, int month, LocalDate a) {
        return t == Tense.Kind.NONE && !chinese && a.getMonthValue() - month >= 6;
    }

    /** A day of the month written alone (15日, "the 15th"). */
    LocalDate bareDay(int day, int start, int end) {
        LocalDate a = anchor();
        YearMonth ym = YearMonth.from(a);
        Tense.Kind t = tense(start, end);
        if (t == Tense.Kind.PAST && day > a.getDayOfMonth() + 1
                || t == Tense.Kind.NONE && chinese && day > a.getDayOfMonth() + UNMARKED_DAYS_AHEAD) {
            ym = ym.minusMonths(1);
        } else if (t == Tense.Kind.FUTURE && day < a.getDayOfMonth() - 1) {
            ym = ym.plusMonths(1);
        }
        if (day > ym.lengthOfMonth()) {
            ym = ym.minusMonths(1);
            if (day > ym.lengthOfMonth()) {
                return null;
            }
        }
        return ym.atDay(day);
    }

    /**
     * The value of a vague word; one marked {@code tense} in times.tsv looks ahead in a clause that does
     * (最近將公布, 近期將再談: soon) and keeps its own value otherwise (最近俄方表示: recently).
     */
    String vague(String matched, int start, int end) {
        TimeWords.Word w = words.get("vague", matched);
        if ("tense".equals(w.extra()) && tense(start, end) == Tense.Kind.FUTURE) {
            return "FUTURE_REF";
        }
        return w.value();
    }

    /** A weekday written without last or next; without a tense cue the nearer one, in Chinese the last (see above). */
    LocalDate weekday(DayOfWeek day, int start, int end) {
        LocalDate a = anchor();
        LocalDate before = a.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = a.with(TemporalAdjusters.nextOrSame(day));
        return switch (tense(start, end)) {
            case PAST -> before;
            case FUTURE -> after;
            case NONE -> chinese || ChronoUnit.DAYS.between(before, a) <= ChronoUnit.DAYS.between(a, after) ? before : after;
        };
    }

    /**
     * The Saturday of the weekend meant by a bare "weekend": the last one in a past clause, the coming
     * one in a future clause (this one while it lasts), else as for weekdays.
     */
    LocalDate weekend(Tense.Kind tense) {
        LocalDate a = anchor();
        LocalDate last = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate next = a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        if (a.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return last;
        }
        return switch (tense) {
            case PAST -> last;
            case FUTURE -> next;
            case NONE -> chinese || ChronoUnit.DAYS.between(last, a) <= ChronoUnit.DAYS.between(a, next) ? last : next;
        };
    }

    /** A yearly date (a holiday) in a year by tense. */
    LocalDate yearly(java.util.function.IntFunction<LocalDate> inYear, int start, int end) {
        LocalDate a = anchor();
        LocalDate d = inYear.apply(a.getYear());
        Tense.Kind t = tense(start, end);
        if (t == Tense.Kind.PAST && d.isAfter(a.plusDays(NEAR_AHEAD))) {
            return inYear.apply(a.getYear() - 1);
        }
        if (t == Tense.Kind.FUTURE && d.isBefore(a)) {
            return inYear.apply(a.getYear() + 1);
        }
        return d;
    }

    /** The year of a season without one. */
    int yearOfSeason(String season, int start, int end) {
        LocalDate a = anchor();
        String now = Values.seasonOf(a);
        int y = now.equals("WI") && a.getMonthValue() <= 2 ? a.getYear() - 1 : a.getYear();
        int diff = Values.seasonIndex(season) - Values.seasonIndex(now);
        Tense.Kind t = tense(start, end);
        if (t == Tense.Kind.PAST && diff > 0) {
            return y - 1;
        }
        if (t == Tense.Kind.FUTURE && diff < 0) {
            return y + 1;
        }
        return y;
    }

    /** A two-digit year: within the hundred years up to ten years after publication, never before 1900. */
    int twoDigitYear(int yy) {
        int base = anchor().getYear();
        int century = base / 100 * 100;
        int y = century + yy;
        if (y > base + 10) {
            y -= 100;
        }
        if (y < 1900) {
            y += 100;
        }
        return y;
    }
}
