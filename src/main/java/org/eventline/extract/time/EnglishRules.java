package org.eventline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of English time expressions. Words come from {@link TimeWords}; this class knows how
 * they combine: Dec. 15, 15 December 2025, Dec 14-15, between Dec 14 and 16, 2009-2010, late November,
 * earlier this week, last Friday, by the end of the year, nearly four years, within 90 days, the 1990s.
 * Extents follow TimeML: a leading preposition ("on", "by", "within") is not part of the expression.
 */
final class EnglishRules {

    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
    /** After a day number: not a longer number, a decimal, a percentage or a clock time. */
    private static final String DAY_END = "(?![\\d%]|[.,]\\d|:\\d|-[A-Za-z])";
    private static final String YEAR = "(?:1[5-9]|20|21)\\d\\d";
    private static final String MOD = "(?:(?<mod>(?i:early|mid|late|the end of|end of|the beginning of|the start of"
            + "|the middle of|the first half of|the second half of))[- ]+)?";

    /** Words before a month name that show it is one ("in May", not "May" the verb or a name). */
    private static final Set<String> BEFORE_MONTH = Set.of("in", "since", "until", "till", "by", "from", "through",
            "during", "of", "before", "after", "and", "or", "to", "between", "early", "late", "mid", "end", "around",
            "throughout", "that", "each", "every", "next", "last", "this");
    private static final Set<String> BEFORE_SEASON = Set.of("in", "during", "the", "this", "since", "until", "by",
            "over", "through", "of", "early", "late", "mid", "last", "next", "that", "throughout");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "from",
            "through", "during", "of", "before", "after", "to", "between", "early", "late", "mid", "around");
    /** Time zones after four digits that are a time of day ("at 1900 GMT"), not a year. */
    private static final Set<String> CLOCK_ZONES = Set.of("GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET",
            "PST", "PDT", "MSK", "EET", "EEST", "hrs", "hours", "local");

    /** Words ending in s after a number that are no plural noun ("in 2010 was"). */
    private static final Set<String> NOT_PLURAL = Set.of("was", "has", "is", "as", "its", "this", "his", "us", "does",
            "gets", "sees", "says", "marks", "makes", "takes", "brings", "shows", "seems", "means", "remains", "begins",
            "plus", "versus", "across", "thus", "less", "unless");

    /** Words before "one day" that make it a length of time ("for one day", "in one day"). */
    private static final Set<String> ONE_DAY_COUNTS = Set.of("for", "in", "within", "after", "of", "than", "over",
            "only", "just", "about", "nearly", "lasted", "lasts", "last", "take", "takes", "took", "a", "per", "every",
            "least", "by");

    private EnglishRules() {
    }

    static List<Rule> rules(TimeWords w) {
        String month = "(?<mon>" + w.englishNames("month", x -> true) + ")";
        String month2 = "(?<mon2>" + w.englishNames("month", x -> true) + ")";
        String fullMonth = "(?<mon>" + w.englishNames("month", x -> !x.extra().equals("abbr")) + ")";
        String weekday = "(?<wd>" + w.englishNames("weekday", x -> true) + ")";
        String pod = "(?<pod>(?i:" + w.english("partofday") + "))";
        String unit = "(?<u>(?i:" + w.english("unit") + "))";
        String tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
        String number = "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?i:(?:" + tens + ")[- ]"
                + "(?:one|two|three|four|five|six|seven|eight|nine))|(?i:" + w.english("number") + "))";
        String shift = "(?<shift>(?i:" + w.english("shift") + "))";
        String[] modWords = {"early", "mid", "late", "the", "end"};
        String[] tensWords = tens.split("\\|");

        return List.of(
                Rule.of("en-month-day", Starts.words("between", "from").vocabulary(w, "weekday").vocabulary(w, "month"),
                        "(?:" + weekday + ",?\\s+)?(?:(?<pre>(?i:between|from))\\s+)?\\b" + month
                                + "\\b\\.?\\s+(?:the\\s+)?(?<d>" + DAY + ")" + DAY_END
                                + "(?:\\s*(?<sep>-|—|(?i:to|through|until|till|and))\\s*(?:" + month2 + "\\.?\\s+)?"
                                + "(?<d2>" + DAY + ")" + DAY_END + ")?(?:,?\\s+(?<y>" + YEAR + ")\\b)?",
                        EnglishRules::monthDay),
                Rule.of("en-day-month", Starts.words(Starts.NUMBER, "between", "from", "the").vocabulary(w, "weekday"),
                        "(?:" + weekday + ",?\\s+)?(?:(?<pre>(?i:between|from))\\s+)?(?:(?i:the)\\s+)?"
                                + "(?<![\\d.,$€£-])(?<d>" + DAY + ")(?:\\s*(?<sep>-|—|(?i:to|and))\\s*(?<d2>" + DAY + "))?"
                                + "(?:(?<mon2>(?!)))?\\s+(?:of\\s+)?" + month + "\\b\\.?(?:,?\\s+(?<y>" + YEAR + ")\\b)?",
                        EnglishRules::monthDay),
                Rule.of("en-month-year", Starts.words(modWords).vocabulary(w, "month"),
                        MOD + "\\b" + month + "\\b\\.?,?\\s+(?:of\\s+)?(?<y>" + YEAR + ")\\b(?![\\d-])",
                        EnglishRules::monthYear),
                Rule.of("en-month", Starts.words(modWords).vocabulary(w, "shift").vocabulary(w, "month"),
                        MOD + "(?:" + shift + "\\s+)?\\b" + fullMonth + "\\b(?!\\.?\\s*\\d)",
                        EnglishRules::month),
                Rule.of("en-year", Starts.words(modWords).heads(Starts.NUMBER, "between", "from"),
                        "(?<![$€£¥#\\w.,/-])" + MOD + "(?:(?<pre>(?i:between|from))\\s+)?(?<y>" + YEAR + ")"
                                + "(?:\\s*(?<sep>-|—|(?i:to|and|through))\\s*(?<y2>" + YEAR + "|\\d\\d))?\\b"
                                + "(?![.,]\\d|%|-\\w)",
                        EnglishRules::year),
                Rule.of("en-decade", Starts.words(Starts.NUMBER, "'", "the", "early", "mid", "late"),
                        "(?:(?i:the)\\s+)?(?:(?i:early|mid|late)[- ]+)?(?:(?<dec>(?:1[5-9]|20)\\d0)s|['’](?<d2>\\d0)s)\\b",
                        EnglishRules::decade),
                Rule.of("en-century",
                        Starts.words(Starts.NUMBER, "the", "early", "mid", "late", "nineteenth", "twentieth", "twenty"),
                        "(?:(?i:the)\\s+)?(?:(?i:early|mid|late)[- ]+)?(?:(?<c>\\d{1,2})(?:st|nd|rd|th)"
                                + "|(?<cw>(?i:nineteenth|twentieth|twenty-first)))[- ](?i:century)\\b",
                        EnglishRules::century),
                Rule.of("en-day-word", Starts.words().vocabulary(w, "day"),
                        "\\b(?<rd>(?i:" + w.english("day") + "))\\b(?:\\s+" + pod + "\\b)?", EnglishRules::dayWord),
                Rule.of("en-this-morning", Starts.words("this"), "\\b(?i:this)\\s+(?<pod>(?i:morning|afternoon|evening))\\b",
                        (m, s, out) -> out.add(Found.date(m.start(), m.end(), Values.day(s.anchor()) + "T"
                                + s.words.value("partofday", m.group("pod"))))),
                Rule.of("en-weekday", Starts.words().vocabulary(w, "shift").vocabulary(w, "weekday"),
                        "\\b(?:" + shift + "\\s+)?" + weekday + "(?<pl>s)?\\b(?:\\s+" + pod + "\\b)?", EnglishRules::weekday),
                Rule.of("en-this-unit", Starts.words(modWords).heads("earlier", "later").vocabulary(w, "shift"),
                        MOD.replace("(?i:early", "(?i:earlier|later|early") + "(?:(?<the>(?i:the))\\s+)?" + shift
                                + "\\s+(?:(?i:fiscal)\\s+)?(?<u>(?i:week|weekend|month|year|quarter|decade|century"
                                + "|spring|summer|autumn|fall|winter))\\b",
                        EnglishRules::thisUnit),
                Rule.of("en-weekend", Starts.words("the", "this"),
                        "\\b(?i:the|this\\s+past|this\\s+coming)\\s+(?i:weekend)\\b", EnglishRules::weekend),
                Rule.of("en-end-of", Starts.words("the", "end"),
                        "\\b(?<mod>(?i:the end of|end of|the beginning of|the start of|the middle of|the first half of"
                                + "|the second half of|the rest of))\\s+(?:(?i:the)\\s+)?(?<u>(?i:year|month|week))\\b",
                        EnglishRules::endOf),
                Rule.of("en-ago", Starts.words(tensWords).heads(Starts.NUMBER).vocabulary(w, "modifier")
                                .vocabulary(w, "number"),
                        "\\b(?:(?i:" + w.english("modifier") + ")\\s+)?" + number + "\\s+" + unit + "s?\\s+(?i:ago)\\b",
                        EnglishRules::ago),
                Rule.of("en-duration", Starts.words(tensWords).heads(Starts.NUMBER, "the", "another", "half")
                                .vocabulary(w, "modifier").vocabulary(w, "number"),
                        "(?<![\\w$€£¥.,-])(?:(?<pre>(?i:the\\s+(?:past|last|next|coming|following|first|previous|final"
                                + "|remaining|initial)|another|the))\\s+)?(?:(?<mod>(?i:" + w.english("modifier") + "))\\s+)?"
                                + "(?<halfa>(?i:half)\\s+)?" + number + "(?<half>[- ]and[- ]a[- ]half)?(?<sep>\\s+|-)"
                                + "(?:(?i:more|additional|full|straight|consecutive|long)\\s+)?" + unit + "(?<pl>s)?\\b"
                                + "(?!-old)(?<half2>\\s+(?i:and\\s+a\\s+half)\\b)?",
                        EnglishRules::duration),
                Rule.of("en-duration-pair", Starts.words(Starts.NUMBER, "one", "two", "three", "four", "five", "six", "seven",
                                "eight", "nine", "ten", "twelve"),
                        "(?<![\\w$€£¥.,-])(?<n1>\\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve))\\s+"
                                + "(?i:to|or|and)\\s+(?=(?:\\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve"
                                + "|fifteen|eighteen|twenty))\\s+" + unit + "s\\b)",
                        EnglishRules::firstOfPair),
                Rule.of("en-the-next-unit", Starts.words("the"),
                        "\\b(?i:the\\s+(?<p>past|next|coming|following|previous))\\s+" + unit + "\\b(?!s)",
                        EnglishRules::theNextUnit),
                Rule.of("en-units", Starts.words("seconds", "minutes", "hours", "days", "weeks", "months", "years"),
                        "(?<=\\b(?i:for|in|within|over|after|take|takes|took|taking|lasted|lasting|spent|waited|wait)\\s)"
                                + "(?<u>(?i:seconds|minutes|hours|days|weeks|months|years))\\b"
                                + "(?!\\s+(?i:of|ago|after|before|later|earlier|old)\\b)",
                        EnglishRules::units),
                Rule.of("en-days-after", Starts.words("days", "weeks", "months", "hours", "minutes"),
                        "\\b(?<u>(?i:days|weeks|months|hours|minutes))\\s+(?<rel>(?i:after|before|later|earlier))\\b",
                        EnglishRules::daysAfter),
                Rule.of("en-set", Starts.words("every", "each", "annually", "yearly"),
                        "\\b(?i:every|each)\\s+(?:(?i:other)\\s+)?(?:" + weekday + "|(?:(?<n>\\d+|(?i:two|three|four|five"
                                + "|six|seven|eight|nine|ten|twelve|few))\\s+)?(?<u>(?i:day|week|month|year|morning"
                                + "|afternoon|evening|night))s?)\\b|\\b(?<an>(?i:annually|yearly))\\b",
                        EnglishRules::set),
                Rule.of("en-quarter", Starts.words(Starts.NUMBER, "the", "first", "second", "third", "fourth", "final"),
                        "(?:(?i:the)\\s+)?(?<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))\\s+"
                                + "(?<qh>(?i:quarter|half))(?:\\s+of\\s+(?:(?<y>" + YEAR + ")|(?<ys>(?i:this|last|next))"
                                + "\\s+year|(?i:the)\\s+year))?\\b",
                        EnglishRules::quarter),
                Rule.of("en-q", Starts.words(Starts.NUMBER, "q", "h"),
                        "\\b(?:(?<y1>" + YEAR + ")\\s*)?(?<qh>[QH])(?<n>[1-4])\\b(?:\\s+(?<y>" + YEAR + ")\\b)?",
                        EnglishRules::shortQuarter),
                Rule.of("en-season", Starts.words(modWords).vocabulary(w, "shift").vocabulary(w, "season"),
                        MOD + "(?:" + shift + "\\s+)?\\b(?<season>(?i:" + w.english("season") + "))\\b"
                                + "(?:\\s+(?:of\\s+)?(?<y>" + YEAR + ")\\b)?",
                        EnglishRules::season),
                Rule.of("en-holiday", Starts.words().vocabulary(w, "shift").vocabulary(w, "holiday"),
                        "(?:" + shift + "\\s+)?\\b(?<hol>" + w.englishNames("holiday", x -> true) + ")\\b"
                                + "(?:\\s+(?<y>" + YEAR + ")\\b)?",
                        EnglishRules::holiday),
                Rule.of("en-vague", Starts.words().vocabulary(w, "vague"),
                        "(?<![\\w-])(?<v>(?i:" + w.english("vague") + "))(?![\\w-])", EnglishRules::vague),
                Rule.of("en-clock", Starts.words(Starts.NUMBER),
                        "(?<![\\d:.])(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d))?\\s*(?:(?<ap>(?i:a\\.m\\.|p\\.m\\.|am\\b"
                                + "|pm\\b))|(?<tz>GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT)\\b)?(?:\\s*\\((?:\\d{1,2}:\\d\\d\\s*)?"
                                + "[A-Z]{2,4}\\))?,?\\s+(?:(?i:on)\\s+)?(?:" + weekday
                                + "|(?<rd>(?i:today|tomorrow|yesterday|tonight)))\\b",
                        EnglishRules::clock));
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** The word before an offset, lower case, or "". */
    static String wordBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    /** The word before an offset and before an article there ("by the New Year": "by"), lower case. */
    static String wordBeforeArticle(String text, int at) {
        String w = wordBefore(text, at);
        if (w.equals("the") || w.equals("a") || w.equals("an")) {
            int i = at - 1;
            while (i >= 0 && !Character.isLetter(text.charAt(i))) {
                i--;
            }
            return wordBefore(text, i + 1 - w.length());
        }
        return w;
    }

    /** The word after an offset, as written, or "". */
    static String wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    private static int dayNumber(String s) {
        return Integer.parseInt(NON_DIGITS.matcher(s).replaceAll(""));
    }

    private static int monthNumber(Scan s, String name) {
        return s.words.number("month", name.replace(".", ""));
    }

    private static boolean isAbbreviation(Scan s, String name) {
        return "abbr".equals(s.words.get("month", name).extra());
    }

    /** The value for a month with a modifier: "the end of" is the last day, "the first half of" the month. */
    private static String monthWith(String mod, YearMonth ym) {
        if (mod != null && mod.toLowerCase(Locale.ROOT).contains("end of")) {
            return Values.day(ym.atEndOfMonth());
        }
        return Values.month(ym);
    }

    // --- dates ------------------------------------------------------------------------------------

    private static void monthDay(Matcher m, Scan s, List<Found> out) {
        int mo = monthNumber(s, m.group("mon"));
        int d = dayNumber(m.group("d"));
        int start = m.start();
        if (m.group("pre") != null && m.group("d2") == null) {
            start = m.start("pre") + m.group("pre").length();
            while (Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            if (m.group("wd") != null) {
                return;
            }
        }
        LocalDate first;
        boolean yearWritten = m.group("y") != null;
        if (yearWritten) {
            int y = Integer.parseInt(m.group("y"));
            if (!Point.valid(y, mo, d)) {
                return;
            }
            first = LocalDate.of(y, mo, d);
        } else {
            first = s.monthDay(mo, d, m.start(), m.end());
            if (first == null) {
                return;
            }
        }
        int end = m.end();
        if (s.charAt(end - 1) == '.' && !isAbbreviation(s, m.group("mon"))) {
            end--; // the full stop after "15 December." ends the sentence
        }
        if (m.group("d2") == null) {
            out.add(Found.date(start, end, Point.of(first, yearWritten, true)));
            return;
        }
        int d2 = dayNumber(m.group("d2"));
        int mo2 = m.group("mon2") == null ? mo : monthNumber(s, m.group("mon2"));
        if (!Point.valid(first.getYear(), mo2, d2)) {
            return;
        }
        LocalDate second = LocalDate.of(first.getYear(), mo2, d2);
        if (second.isBefore(first)) {
            second = second.plusYears(1);
        }
        if (!second.isAfter(first) || second.isAfter(first.plusDays(92))) {
            return;
        }
        if (m.group("sep").equalsIgnoreCase("and") && m.group("pre") == null) {
            // "Dec 14 and 15": two dates, kept as the span they cover
            start = m.start();
        }
        out.add(Found.date(start, end, Values.day(first) + "/" + Values.day(second)));
    }

    private static void monthYear(Matcher m, Scan s, List<Found> out) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group("y")), monthNumber(s, m.group("mon")));
        if (m.group("mod") == null) {
            out.add(Found.date(m.start(), m.end(), Point.month(ym.getYear(), ym.getMonthValue(), true)));
        } else {
            out.add(Found.date(m.start(), m.end(), monthWith(m.group("mod"), ym)));
        }
    }

    private static void month(Matcher m, Scan s, List<Found> out) {
        String shift = m.group("shift");
        if (m.group("mod") == null && shift == null && !BEFORE_MONTH.contains(wordBefore(s.text, m.start()))) {
            return;
        }
        int mo = monthNumber(s, m.group("mon"));
        LocalDate a = s.anchor();
        int y;
        if (shift == null) {
            y = s.yearOfMonth(mo, m.start(), m.end());
        } else {
            int k = s.words.number("shift", shift);
            if (k < 0) {
                y = mo < a.getMonthValue() ? a.getYear() : a.getYear() - 1;
            } else if (k > 0) {
                y = mo > a.getMonthValue() ? a.getYear() : a.getYear() + 1;
            } else {
                y = a.getYear();
            }
        }
        YearMonth ym = YearMonth.of(y, mo);
        if (m.group("mod") == null) {
            out.add(Found.date(m.start(), m.end(), Point.month(y, mo, shift != null)));
        } else {
            out.add(Found.date(m.start(), m.end(), monthWith(m.group("mod"), ym)));
        }
    }

    private static void year(Matcher m, Scan s, List<Found> out) {
        int y = Integer.parseInt(m.group("y"));
        int start = m.start();
        if (m.group("y2") != null) {
            String y2s = m.group("y2");
            int y2 = y2s.length() == 2 ? y / 100 * 100 + Integer.parseInt(y2s) : Integer.parseInt(y2s);
            String sep = m.group("sep").toLowerCase(Locale.ROOT);
            boolean between = m.group("pre") != null && m.group("pre").equalsIgnoreCase("between");
            if (y2 > y && y2 - y < 100 && (!sep.equals("and") || between) && m.group("mod") == null) {
                out.add(Found.date(start, m.end(), Values.year(y) + "/" + Values.year(y2)));
                return;
            }
            // not a range: the first year alone
            int end = m.start("y") + 4;
            if (isCountedThing(s, m.start("y"), end)) {
                return;
            }
            out.add(Found.date(m.group("pre") != null ? m.start("y") : start, end, Point.year(y)));
            return;
        }
        if (m.group("pre") != null) {
            start = m.start("y");
        }
        if (m.group("mod") == null && isCountedThing(s, m.start("y"), m.end())) {
            return;
        }
        if (y < 1900 && m.group("mod") == null && m.group("pre") == null
                && !TIME_PREPOSITIONS.contains(wordBefore(s.text, m.start("y")))) {
            // "GTX 1660", "1500 metres": an old year is named after "in", "since", "of"
            return;
        }
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        if (mod.contains("end of")) {
            out.add(Found.date(start, m.end(), Values.day(y, 12, 31)));
        } else if (mod.contains("first half")) {
            out.add(Found.date(start, m.end(), Values.half(y, 1)));
        } else if (mod.contains("second half")) {
            out.add(Found.date(start, m.end(), Values.half(y, 2)));
        } else {
            out.add(Found.date(start, m.end(), Point.year(y)));
        }
    }

    /** "2000 troops", "1,500 people": a four-digit number counting things, not a year. */
    private static boolean isCountedThing(Scan s, int start, int end) {
        String next = wordAfter(s.text, end);
        if (next.equals("percent") || next.equals("per") || CLOCK_ZONES.contains(next)) {
            return true;
        }
        boolean plural = next.length() > 3 && next.endsWith("s") && !next.endsWith("ss") && !next.endsWith("us")
                && !next.endsWith("is")
                && Character.isLowerCase(next.charAt(0)) && !NOT_PLURAL.contains(next);
        return plural && !TIME_PREPOSITIONS.contains(wordBefore(s.text, start));
    }

    private static void decade(Matcher m, Scan s, List<Found> out) {
        int first;
        if (m.group("dec") != null) {
            first = Integer.parseInt(m.group("dec"));
        } else {
            int dd = Integer.parseInt(m.group("d2"));
            int year = s.anchor().getYear();
            first = year / 100 * 100 + dd;
            if (first > year) {
                first -= 100;
            }
        }
        out.add(Found.date(m.start(), m.end(), Values.decade(first)));
    }

    private static void century(Matcher m, Scan s, List<Found> out) {
        int c;
        if (m.group("c") != null) {
            c = Integer.parseInt(m.group("c"));
        } else {
            c = switch (m.group("cw").toLowerCase(Locale.ROOT)) {
                case "nineteenth" -> 19;
                case "twentieth" -> 20;
                default -> 21;
            };
        }
        if (c >= 1 && c <= 30) {
            out.add(Found.date(m.start(), m.end(), Values.century(c)));
        }
    }

    // --- days and weeks ---------------------------------------------------------------------------

    private static void dayWord(Matcher m, Scan s, List<Found> out) {
        TimeWords.Word word = s.words.get("day", m.group("rd"));
        LocalDate d = s.anchor().plusDays(Integer.parseInt(word.value()));
        String pod = m.group("pod") != null ? s.words.value("partofday", m.group("pod")) : word.extra();
        out.add(Found.day(m.start(), m.end(), d, pod == null || pod.isEmpty() ? null : "T" + pod, true, true));
    }

    private static void weekday(Matcher m, Scan s, List<Found> out) {
        DayOfWeek dow = DayOfWeek.of(s.words.number("weekday", m.group("wd")));
        if (m.group("pl") != null) {
            if (m.group("shift") == null) {
                out.add(Found.set(m.start(), m.end(), "XXXX-WXX-" + dow.getValue()));
            }
            return;
        }
        LocalDate d = weekdayDate(m.group("shift"), dow, m, s);
        String pod = m.group("pod") == null ? null : "T" + s.words.value("partofday", m.group("pod"));
        out.add(Found.day(m.start(), m.end(), d, pod, true, true));
    }

    /** "last Friday" is the latest Friday before today, "next Friday" the first after it, "this Friday" this week's. */
    private static LocalDate weekdayDate(String shift, DayOfWeek dow, Matcher m, Scan s) {
        LocalDate a = s.anchor();
        if (shift == null) {
            return s.weekday(dow, m.start(), m.end());
        }
        int k = s.words.number("shift", shift);
        if (k < 0) {
            return a.with(java.time.temporal.TemporalAdjusters.previous(dow));
        }
        if (k > 0) {
            return a.with(java.time.temporal.TemporalAdjusters.next(dow));
        }
        return a.with(dow);
    }

    private static void thisUnit(Matcher m, Scan s, List<Found> out) {
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        String shiftWord = m.group("shift").toLowerCase(Locale.ROOT);
        int k = s.words.number("shift", shiftWord);
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        if (m.group("the") != null && !shiftWord.equals("last")) {
            return;
        }
        LocalDate a = s.anchor();
        String v = switch (unit) {
            case "week" -> Values.week(a.plusWeeks(k));
            case "weekend" -> Values.weekend(a.plusWeeks(k));
            case "month" -> {
                YearMonth ym = YearMonth.from(a).plusMonths(k);
                yield mod.contains("end of") ? Values.day(ym.atEndOfMonth()) : Values.month(ym);
            }
            case "year" -> {
                int y = a.getYear() + k;
                yield mod.contains("end of") ? Values.day(y, 12, 31) : mod.contains("first half") ? Values.half(y, 1)
                        : mod.contains("second half") ? Values.half(y, 2) : Values.year(y);
            }
            case "quarter" -> {
                LocalDate d = a.plusMonths(3L * k);
                yield Values.quarter(d.getYear(), Values.quarterOf(d));
            }
            case "decade" -> Values.decade(a.getYear() + 10 * k);
            case "century" -> Values.century(a.getYear() / 100 + 1 + k);
            default -> seasonShifted(a, season(s, unit), k);
        };
        out.add(Found.date(m.start(), m.end(), v));
    }

    private static String season(Scan s, String word) {
        return s.words.value("season", word);
    }

    /** This, last or next season of a kind: last summer is the latest summer that has ended or begun. */
    private static String seasonShifted(LocalDate a, String season, int k) {
        String now = Values.seasonOf(a);
        int y = now.equals("WI") && a.getMonthValue() <= 2 ? a.getYear() - 1 : a.getYear();
        int diff = Values.seasonIndex(season) - Values.seasonIndex(now);
        if (k < 0) {
            return Values.season(diff < 0 ? y : y - 1, season);
        }
        if (k > 0) {
            return Values.season(diff > 0 ? y : y + 1, season);
        }
        return Values.season(y, season);
    }

    /** "over the weekend": the last one in a past clause, the coming one in a future one, else the nearer. */
    private static void weekend(Matcher m, Scan s, List<Found> out) {
        String text = m.group().toLowerCase(Locale.ROOT);
        Tense.Kind tense = text.contains("past") ? Tense.Kind.PAST
                : text.contains("coming") ? Tense.Kind.FUTURE
                : "over".equals(wordBefore(s.text, m.start())) ? s.tenseBefore(m.start(), m.end())
                : s.tense(m.start(), m.end());
        out.add(Found.date(m.start(), m.end(), Values.weekend(s.weekend(tense))));
    }

    private static void endOf(Matcher m, Scan s, List<Found> out) {
        String mod = m.group("mod").toLowerCase(Locale.ROOT);
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        if (mod.contains("rest of")) {
            return;
        }
        LocalDate a = s.anchor();
        Tense.Kind tense = s.tense(m.start(), m.end());
        String v = switch (unit) {
            case "year" -> {
                // "peaked by the end of the year", written in March: last year's end
                int y = a.getYear() - (tense == Tense.Kind.PAST && a.getMonthValue() < 7 && mod.contains("end") ? 1 : 0);
                yield mod.contains("end of") ? Values.day(y, 12, 31) : mod.contains("first half") ? Values.half(y, 1)
                        : mod.contains("second half") ? Values.half(y, 2) : Values.year(y);
            }
            case "month" -> mod.contains("end of") ? Values.day(YearMonth.from(a).atEndOfMonth())
                    : Values.month(YearMonth.from(a));
            default -> Values.week(a);
        };
        out.add(Found.date(m.start(), m.end(), v));
    }

    // --- durations --------------------------------------------------------------------------------

    /** A number as written: digits, words (two, a, several), "twenty-five"; "X" when unknown. */
    private static String count(Scan s, String num) {
        if (Character.isDigit(num.charAt(0))) {
            return num.replace(",", "");
        }
        String[] parts = num.toLowerCase(Locale.ROOT).split("[- ]");
        String whole = s.words.value("number", num);
        if (whole != null) {
            return whole;
        }
        int total = 0;
        for (String p : parts) {
            String v = s.words.value("number", p);
            if (v == null || v.equals("X")) {
                return v == null ? null : "X";
            }
            total += Integer.parseInt(v);
        }
        return Integer.toString(total);
    }

    private static void ago(Matcher m, Scan s, List<Found> out) {
        String n = count(s, m.group("num"));
        String unit = s.words.value("unit", m.group("u"));
        if (n == null || unit == null) {
            return;
        }
        if (n.equals("X") || n.contains(".") || unit.startsWith("T")) {
            out.add(Found.vague(m.start(), m.end(), "PAST_REF"));
            return;
        }
        out.add(Found.date(m.start(), m.end(), Values.shifted(s.anchor(), -Long.parseLong(n), unit)));
    }

    private static void duration(Matcher m, Scan s, List<Found> out) {
        String num = m.group("num");
        String n = count(s, num);
        String unit = s.words.value("unit", m.group("u"));
        if (n == null || unit == null) {
            return;
        }
        boolean article = num.equalsIgnoreCase("a") || num.equalsIgnoreCase("an");
        if (unit.equals("TS") && article) {
            return;
        }
        boolean plural = m.group("pl") != null;
        if (plural && n.equals("1") && !num.contains(".")) {
            return;
        }
        if (num.equalsIgnoreCase("one") && unit.equals("D") && !plural && m.group("pre") == null && m.group("mod") == null
                && !ONE_DAY_COUNTS.contains(wordBefore(s.text, m.start()))) {
            // "would love to one day buy", "One day, he left": some day, not a duration
            out.add(Found.vague(m.start(), m.end(),
                    s.tense(m.start(), m.end()) == Tense.Kind.PAST ? "PAST_REF" : "FUTURE_REF"));
            return;
        }
        if (!plural && !m.group("sep").equals("-") && !n.equals("1") && !article && Character.isDigit(num.charAt(0))
                && !n.contains(".")) {
            // "20 year" in running text is no duration ("a 20 year old" aside)
            return;
        }
        if (m.group("halfa") != null) {
            if (!article) {
                return;
            }
            out.add(Found.duration(m.start(), m.end(), Values.halfDuration(0, unit)));
            return;
        }
        if ((m.group("half") != null || m.group("half2") != null) && !n.equals("X")) {
            out.add(Found.duration(m.start(), m.end(), Values.halfDuration(Double.parseDouble(n), unit)));
            return;
        }
        out.add(Found.duration(m.start(), m.end(), Values.duration(n, unit)));
    }

    /** "12" in "between 12 and 18 months": the first count of a pair takes the unit of the second. */
    private static void firstOfPair(Matcher m, Scan s, List<Found> out) {
        String n = count(s, m.group("n1"));
        String unit = s.words.value("unit", m.group("u"));
        if (n == null || n.equals("X") || unit == null) {
            return;
        }
        out.add(Found.duration(m.start("n1"), m.end("n1"), Values.duration(n, unit)));
    }

    private static void theNextUnit(Matcher m, Scan s, List<Found> out) {
        String unit = s.words.value("unit", m.group("u"));
        if (unit == null) {
            return;
        }
        if (m.group("p").equalsIgnoreCase("previous")) {
            // "the previous week": the week before another date of the story
            out.add(Found.vague(m.start(), m.end(), "PAST_REF"));
            return;
        }
        out.add(Found.duration(m.start(), m.end(), Values.duration("1", unit)));
    }

    private static void units(Matcher m, Scan s, List<Found> out) {
        String word = m.group("u");
        String unit = s.words.value("unit", word.substring(0, word.length() - 1));
        if (unit != null) {
            out.add(Found.duration(m.start(), m.end(), Values.duration("X", unit)));
        }
    }

    private static void daysAfter(Matcher m, Scan s, List<Found> out) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        boolean ahead = (rel.equals("after") || rel.equals("later")) && s.tense(m.start(), m.end()) == Tense.Kind.FUTURE;
        out.add(Found.vague(m.start(), m.end(), ahead ? "FUTURE_REF" : "PAST_REF"));
    }

    private static void set(Matcher m, Scan s, List<Found> out) {
        if (m.group("an") != null) {
            out.add(Found.set(m.start(), m.end(), "P1Y"));
            return;
        }
        if (m.group("wd") != null) {
            out.add(Found.set(m.start(), m.end(), "XXXX-WXX-" + s.words.number("weekday", m.group("wd"))));
            return;
        }
        String u = m.group("u").toLowerCase(Locale.ROOT);
        if (m.group("n") != null) {
            String n = count(s, m.group("n"));
            String unit = s.words.value("unit", u);
            if (n != null && unit != null) {
                out.add(Found.set(m.start(), m.end(), Values.duration(n, unit)));
            }
            return;
        }
        String v = switch (u) {
            case "day" -> "P1D";
            case "week" -> "P1W";
            case "month" -> "P1M";
            case "year" -> "P1Y";
            default -> "XXXX-XX-XXT" + s.words.value("partofday", u);
        };
        out.add(Found.set(m.start(), m.end(), v));
    }

    // --- parts of years, seasons, holidays ----------------------------------------------------------

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static void quarter(Matcher m, Scan s, List<Found> out) {
        boolean half = m.group("qh").equalsIgnoreCase("half");
        int n = ordinal(m.group("ord"));
        if (half && n > 2 && !m.group("ord").equalsIgnoreCase("final")) {
            return;
        }
        if (half && m.group("ord").equalsIgnoreCase("final")) {
            n = 2;
        }
        int y;
        if (m.group("y") != null) {
            y = Integer.parseInt(m.group("y"));
        } else if (m.group("ys") != null) {
            y = s.anchor().getYear() + s.words.number("shift", m.group("ys"));
        } else {
            LocalDate a = s.anchor();
            int now = half ? (a.getMonthValue() <= 6 ? 1 : 2) : Values.quarterOf(a);
            y = s.tense(m.start(), m.end()) == Tense.Kind.PAST && n > now ? a.getYear() - 1 : a.getYear();
        }
        out.add(Found.date(m.start(), m.end(), half ? Values.half(y, n) : Values.quarter(y, n)));
    }

    private static void shortQuarter(Matcher m, Scan s, List<Found> out) {
        int n = Integer.parseInt(m.group("n"));
        boolean half = m.group("qh").equals("H");
        if (half && n > 2) {
            return;
        }
        String ys = m.group("y1") != null ? m.group("y1") : m.group("y");
        if (half && ys == null) {
            return;
        }
        int y = ys != null ? Integer.parseInt(ys) : s.anchor().getYear();
        out.add(Found.date(m.start(), m.end(), half ? Values.half(y, n) : Values.quarter(y, n)));
    }

    private static void season(Matcher m, Scan s, List<Found> out) {
        String word = m.group("season").toLowerCase(Locale.ROOT);
        String season = season(s, word);
        String shift = m.group("shift");
        String before = wordBefore(s.text, m.start("season"));
        if (shift == null && m.group("y") == null && m.group("mod") == null) {
            boolean named = word.equals("fall")
                    ? before.equals("the") && BEFORE_SEASON.contains(wordBefore(s.text, m.start("season") - 4))
                    : BEFORE_SEASON.contains(before);
            if (!named || Character.isUpperCase(m.group("season").charAt(0)) && !before.isEmpty()
                    && !BEFORE_SEASON.contains(before)) {
                return;
            }
        }
        int start = m.start();
        String v;
        if (m.group("y") != null) {
            v = Values.season(Integer.parseInt(m.group("y")), season);
        } else if (shift != null) {
            v = seasonShifted(s.anchor(), season, s.words.number("shift", shift));
        } else {
            v = Values.season(s.yearOfSeason(season, m.start(), m.end()), season);
        }
        out.add(Found.date(start, m.end(), v));
    }

    private static void holiday(Matcher m, Scan s, List<Found> out) {
        String rule = s.words.value("holiday", m.group("hol"));
        LocalDate a = s.anchor();
        LocalDate d;
        if (m.group("y") != null) {
            d = Values.holiday(rule, Integer.parseInt(m.group("y")));
        } else if (m.group("shift") != null) {
            int k = s.words.number("shift", m.group("shift"));
            LocalDate thisYear = Values.holiday(rule, a.getYear());
            if (k < 0) {
                d = thisYear.isBefore(a) ? thisYear : Values.holiday(rule, a.getYear() - 1);
            } else if (k > 0) {
                d = thisYear.isAfter(a) ? thisYear : Values.holiday(rule, a.getYear() + 1);
            } else {
                d = thisYear;
            }
        } else {
            // "by Christmas" looks ahead: without a tense a holiday already past this year is next year's
            String before = wordBeforeArticle(s.text, m.start());
            Tense.Kind t = s.tense(m.start(), m.end());
            if (t == Tense.Kind.NONE && (before.equals("by") || before.equals("until") || before.equals("before"))) {
                d = Values.holiday(rule, a.getYear());
                if (d.isBefore(a)) {
                    d = Values.holiday(rule, a.getYear() + 1);
                }
            } else {
                d = s.yearly(y -> Values.holiday(rule, y), m.start(), m.end());
            }
        }
        out.add(Found.date(m.start(), m.end(), Point.of(d, true, true)));
    }

    private static void vague(Matcher m, Scan s, List<Found> out) {
        String v = m.group("v").toLowerCase(Locale.ROOT);
        if (v.startsWith("the ") && wordAfter(s.text, m.end()).equalsIgnoreCase("of")) {
            return;
        }
        out.add(Found.vague(m.start(), m.end(), s.vague(m.group("v"), m.start(), m.end())));
    }

    private static void clock(Matcher m, Scan s, List<Found> out) {
        int h = Integer.parseInt(m.group("h"));
        int mi = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
        String ap = m.group("ap");
        if (ap == null && m.group("mi") == null) {
            return;
        }
        if (ap != null) {
            if (h == 0 || h > 12) {
                return;
            }
            boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }
        LocalDate d;
        if (m.group("wd") != null) {
            d = s.weekday(DayOfWeek.of(s.words.number("weekday", m.group("wd"))), m.start(), m.end());
        } else {
            d = s.anchor().plusDays(Integer.parseInt(s.words.value("day", m.group("rd"))));
        }
        out.add(Found.date(m.start(), m.end(), Values.day(d) + Values.clock(h, mi)));
    }
}
