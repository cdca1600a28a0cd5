package org.eventline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The grammar of Chinese time expressions, matched on the Simplified text. Words come from
 * {@link TimeWords}; this class knows how they combine: 2025年12月15日, 去年3月, 上個月15號, 14、15日,
 * 週六晚間, 上週五, 年底前, 2025年第三季, 今年前五個月, 8小時, 過去200年, 20天後, 1990年代.
 */
final class ChineseRules {

    /** Not inside a number: "80萬" holds no "0萬", "三十一日" no "十一日". */
    private static final String NOT_IN_NUMBER = "(?<![\\d.零〇一二两三四五六七八九十廿卅百千万几数第])";
    /** A month or day number. */
    private static final String MD = "(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})";
    /** A count. */
    private static final String COUNT = "(?:\\d{1,4}|[零〇一二两三四五六七八九十百千]{1,6})";
    private static final String RANGE_SIGN = "(?:、|-|~|至|到|—{1,2})";
    private static final String DAY_SIGN = "[日号]";
    /** A year: digits, digit by digit in Chinese (二〇二五, 九八), a Republic of China year, or a relative word. */
    private static final String YEAR_DIGITS = "(?<ya>\\d{4}|\\d{2,3}|[〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})年";
    private static final String ROC_YEAR = "民国(?<roc>\\d{1,3}|[一二三四五六七八九十百零〇]{1,5})年";

    private ChineseRules() {
    }

    static List<Rule> rules(TimeWords w) {
        String numerals = Starts.DIGITS + Starts.CHINESE_NUMERALS;
        String dateNumerals = Starts.DIGITS + "〇零一二三四五六七八九十廿卅";
        String year = "(?:" + YEAR_DIGITS + "|" + ROC_YEAR + "|(?<yr>" + w.chinese("year") + "))";
        String shift = "(?<ms>" + w.chinese("shift") + ")";
        String month = "(?:(?:(?<m1>" + MD + ")月?" + RANGE_SIGN + "(?=" + MD + "月))?(?<mn>" + MD + ")月份?|" + shift
                + "月份?|(?<mf>首)月)";
        String day = "(?:(?<d1>" + MD + ")" + DAY_SIGN + "?(?:、" + MD + DAY_SIGN + "?)*" + RANGE_SIGN + "(?=" + MD
                + DAY_SIGN + "))?(?<dn>" + MD + ")" + DAY_SIGN + "(?![元圆币游])";
        // 14日晚 is that evening, 14日晚些时候 / 晚于 only "later".
        String timeOfDay = "(?:(?<pod>" + w.chinese("partofday") + ")(?![些于]))?(?:(?<hh>\\d{1,2}|[零一二两三四五六七八九十]{1,3})[时点]"
                + "(?:(?<mi>\\d{1,2}|[零一二三四五六七八九十廿卅]{1,3})分|(?<half>半))?)?";
        String suffix = "(?:(?<=年)年(?=[底末初]))?(?<suf>初|底|末|上旬|中旬|下旬|内)(?<dl>前)?";
        String start = NOT_IN_NUMBER + "(?=[\\d〇零一二三四五六七八九十廿卅民今去前明后大本这上下当首])";
        String weekday = "(?<wd>" + w.chinese("weekday") + ")";
        String unit = "(?<unit>" + w.chinese("unit") + ")";
        String weekWords = "(?:周|星期|礼拜)";

        Starts dateStarts = Starts.chars(dateNumerals).heads("民国", "首月").vocabulary(w, "year")
                .vocabulary(w, "shift", "月");
        Starts yearPartStarts = Starts.chars(Starts.DIGITS + "〇零一二三四五六七八九Q")
                .heads("民国", "首季", "首月", "上半", "下半").pairs("第前后", numerals).pairs("第", "个")
                .vocabulary(w, "year").vocabulary(w, "shift", "季").vocabulary(w, "season").vocabulary(w, "holiday");
        Starts monthPartStarts = Starts.chars(dateNumerals).vocabulary(w, "year").vocabulary(w, "shift", "月");
        Starts weekdayStarts = Starts.chars("").vocabulary(w, "weekday").vocabulary(w, "shift", "周", "星期", "礼拜");
        Starts durationStarts = Starts.chars(numerals + "几数多半").heads("过去", "未来", "接下", "最近", "上百", "上千")
                .vocabulary(w, "modifier");

        return List.of(
                Rule.of("zh-date", dateStarts,
                        start + "(?:" + year + ")?(?:" + month + ")?(?:" + day + timeOfDay + "|" + suffix + ")?",
                        ChineseRules::date),
                Rule.of("zh-year-part", yearPartStarts,
                        NOT_IN_NUMBER + "(?:" + year + ")?(?:的)?(?:(?<half>上|下)半年"
                                + "|第(?<q1>[一二三四1-4])季度?|(?<q2>[一二三四1-4])季度|(?<q0>首)季度?|Q(?<q3>[1-4])(?:季度?)?"
                                + "|前(?<qn>[一二两三1-3])个?季度|(?<qs>" + w.chinese("shift") + ")季度"
                                + "|第(?<wy>" + COUNT + ")个?" + weekWords + "|前(?<fm>" + COUNT + ")个?月|(?<mf>首)月"
                                + "|后(?<lm>" + COUNT + ")个?月|(?<season>" + w.chinese("season") + ")"
                                + "|(?<hol>" + w.chinese("holiday") + ")(?<dl>前)?)",
                        ChineseRules::yearPart),
                Rule.of("zh-month-part", monthPartStarts,
                        start + "(?:" + year + ")?(?:(?<mn>" + MD + ")月份?|" + shift + "月份?)(?:的)?"
                                + "(?:第(?<wm>" + COUNT + ")个?" + weekWords + "|前(?<fd>" + COUNT + ")天)",
                        ChineseRules::monthPart),
                Rule.of("zh-weekday", weekdayStarts,
                        "(?<!每)(?<shift>" + w.chinese("shift") + ")?(?:" + weekWords + "(?=" + weekWords + "))?"
                                + weekday + timeOfDay,
                        ChineseRules::weekday),
                Rule.of("zh-week", Starts.chars("").vocabulary(w, "shift", "周", "星期", "礼拜"),
                        "(?<shift>" + w.chinese("shift") + ")(?<wk>周末|周|星期|礼拜)(?![一二三四五六日天])",
                        ChineseRules::week),
                Rule.of("zh-weekend", Starts.chars("周"), "(?<![上下本这个一每])周末", ChineseRules::weekend),
                Rule.of("zh-day-in-brackets", Starts.chars("今昨明前"),
                        "(?<rd>[今昨明前])[(（](?<dn>\\d{1,2})[)）](?<unit>日|号|天)?" + timeOfDay,
                        ChineseRules::dayInBrackets),
                Rule.of("zh-same-day", Starts.chars("当同"),
                        "(?<![每这那])(?:当天|当日|同日|同一天|(?<ni>当晚))",
                        (m, s, out) -> out.add(Found.vague(m.start(), m.end(),
                                m.group("ni") == null ? TimeFinder.SAME_DAY : TimeFinder.SAME_DAY + "TEV"))),
                Rule.of("zh-day-word", Starts.chars("").vocabulary(w, "day"),
                        "(?<rd>" + w.chinese("day") + ")" + timeOfDay, ChineseRules::dayWord),
                Rule.of("zh-century", Starts.chars(dateNumerals).heads("上世", "上个", "本世", "这世", "这个", "下世", "下个"),
                        "(?:(?<c>\\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪"
                                + "|(?<cs>上个?|本|这个?|下个?)世纪)(?:的)?(?:(?<dc>\\d0|[一二三四五六七八九]十)年代)?",
                        ChineseRules::century),
                Rule.of("zh-decade", Starts.chars(numerals),
                        NOT_IN_NUMBER + "(?:(?<y4>1\\d{2}0|20\\d0)|(?<dd>[1-9]0|[一二三四五六七八九]十))年代",
                        ChineseRules::decade),
                Rule.of("zh-duration", durationStarts,
                        "(?<![\\d.〇零一二两三四五六七八九十百千万几数第每同这那哪上下头前])"
                                + "(?<pre>过去的?|未来的?|接下来的?|最近的?)?(?<mod>" + w.chinese("modifier") + ")?"
                                + "(?<num>\\d+(?:\\.\\d+)?|十几|几十|数十|数百|上百|上千|[零〇一二两三四五六七八九十百千万]+"
                                + "|几|数|多|半)(?<more>个?(?:多|余))?" + unit + "(?<half>半)?(?<more2>多)?"
                                + "(?<post>以来|来|之内|以内|内|之后|以后|后|之前|以前|前(?![往进来去线夕])|间)?",
                        ChineseRules::duration),
                Rule.of("zh-days-within", Starts.chars(numerals),
                        NOT_IN_NUMBER + "(?<num>" + COUNT + ")日(?<post>之内|以内|内)", ChineseRules::daysWithin),
                Rule.of("zh-few", Starts.chars("").pairs("这近前", "几数").heads("过去", "最近", "未来", "今后", "接下"),
                        "(?<p>这|近|前|过去|最近|未来|今后|接下来)的?(?:几|数)个?" + unit + "(?:来|以来)?",
                        ChineseRules::few),
                Rule.of("zh-vague", Starts.chars("").vocabulary(w, "vague"),
                        "(?<![走跑飞看冲扑跳游爬传递挺熬撑混说不])(?<v>" + w.chinese("vague") + ")(?!了)",
                        (m, s, out) -> out.add(Found.vague(m.start(), m.end(), s.vague(m.group("v"), m.start(), m.end())))),
                Rule.of("zh-set", Starts.chars("每"),
                        "每(?:个)?(?:" + weekWords + "?" + weekday + "|(?<u>天|日|周|星期|礼拜|月|年|季度|小时))",
                        ChineseRules::set),
                Rule.of("zh-two-years", Starts.chars("").pairs("今明去前", "明后今"),
                        "(?<a>今|明|去|前)(?<b>明|后|今)两(?<u>年|天)", ChineseRules::twoOf),
                Rule.of("zh-year-end", Starts.chars("年"),
                        "(?<![\\d年〇零一二两三四五六七八九十多几数])年(?<suf>底|末|初|内)(?<dl>前)?", ChineseRules::yearEnd),
                Rule.of("zh-before-new-year", Starts.chars("新"), "新年前", ChineseRules::beforeNewYear),
                Rule.of("zh-month-end", Starts.chars("月"),
                        "(?<![\\d月〇零一二三四五六七八九十个多几数])月(?<suf>底|末|初|上旬|中旬|下旬|内)(?<dl>前)?",
                        ChineseRules::monthEnd),
                Rule.of("zh-roc-tag", Starts.chars("1"),
                        "(?m)(?<=[)）])(?<r>1\\d{2})(?<mm>\\d{2})(?<dd>\\d{2})(?=\\s*$)", ChineseRules::rocTag));
    }

    // --- years ------------------------------------------------------------------------------------

    /** The year a match names, or null when it names none; throws nothing for a year it rejects. */
    private static Integer year(Matcher m, Scan s) {
        if (m.group("ya") != null) {
            return yearDigits(m.group("ya"), m.start("ya"), s);
        }
        if (m.group("roc") != null) {
            Integer n = ChineseNumbers.parse(m.group("roc"));
            return n == null || n < 1 ? null : 1911 + n;
        }
        if (m.group("yr") != null) {
            return s.anchor().getYear() + s.words.number("year", m.group("yr"));
        }
        return null;
    }

    private static boolean hasYear(Matcher m) {
        return m.group("ya") != null || m.group("roc") != null || m.group("yr") != null;
    }

    private static final int REJECT = Integer.MIN_VALUE;

    /**
     * Digits before 年: four are a year; three are a year of the Republic of China in Traditional
     * (Taiwanese) text when they name a year near publication (111年 is 2022); two are a two-digit year.
     */
    private static Integer yearDigits(String digits, int at, Scan s) {
        boolean arabic = Character.isDigit(digits.charAt(0));
        Integer n = arabic ? Integer.valueOf(digits) : ChineseNumbers.digits(digits);
        if (n == null) {
            return REJECT;
        }
        if (digits.length() == 4) {
            return n >= 1000 && n < 3000 ? n : REJECT;
        }
        if (digits.length() == 3) {
            return isRocYear(n, at, at + 4, s) ? 1911 + n : REJECT;
        }
        if (!arabic && ChineseNumbers.isRough(digits)) {
            return REJECT;
        }
        return s.twoDigitYear(n);
    }

    /**
     * Three digits before 年 in Traditional text: a Republic of China year when near the publication
     * year (115年完成), not a count of years (有100年歷史, 過去100年, 長達120年).
     */
    private static boolean isRocYear(int n, int at, int after, Scan s) {
        if (!s.traditional) {
            return false;
        }
        if (!s.hasAnchor()) {
            return false;
        }
        int now = s.anchor().getYear() - 1911;
        if (Math.abs(n - now) > 15 || "有近约逾达了去过第长".indexOf(s.charAt(at - 1)) >= 0) {
            return false;
        }
        String next = s.text.substring(after, Math.min(s.text.length(), after + 2));
        return !(next.startsWith("历史") || next.startsWith("来") || next.startsWith("多") || next.startsWith("间")
                || next.startsWith("之久") || next.startsWith("以上") || next.startsWith("以来"));
    }

    // --- dates ------------------------------------------------------------------------------------

    private static void date(Matcher m, Scan s, List<Found> out) {
        boolean hasYear = hasYear(m);
        boolean hasMonth = m.group("mn") != null || m.group("ms") != null || m.group("mf") != null;
        boolean hasDay = m.group("dn") != null;
        String suffix = m.group("suf");
        if (!hasYear && !hasMonth && !hasDay || hasYear && hasDay && !hasMonth) {
            return;
        }
        Integer y = year(m, s);
        if (y != null && y == REJECT) {
            return;
        }
        if (hasYear && !hasMonth && suffix == null && m.group("ya") != null) {
            // Alone, two Arabic digits before 年 count years (任期8年, 24年), a duration.
            String ya = m.group("ya");
            if (ya.length() == 2 && Character.isDigit(ya.charAt(0))) {
                return;
            }
            if (ya.length() == 3 && "来多间以后前内之".indexOf(s.charAt(m.end())) >= 0) {
                return;
            }
        }
        int start = m.start();
        int end = m.end();
        if (!hasMonth) {
            if (hasDay) {
                dayAlone(m, s, out);
                return;
            }
            // A year, with 底/末 its last day, with 初/内 the year itself.
            if ("底".equals(suffix) || "末".equals(suffix)) {
                out.add(Found.date(start, end, Values.day(y, 12, 31)));
            } else {
                out.add(Found.date(start, end, Point.year(y)));
            }
            return;
        }
        if (m.group("mf") != null) {
            if (y == null || hasDay || suffix != null) {
                return;
            }
            out.add(Found.date(start, end, Point.month(y, 1, true)));
            return;
        }
        YearMonth ym;
        boolean yearWritten = hasYear;
        int month;
        if (m.group("ms") != null) {
            if (hasYear) {
                return;
            }
            ym = YearMonth.from(s.anchor()).plusMonths(s.words.number("shift", m.group("ms")));
            yearWritten = true;
            month = ym.getMonthValue();
        } else {
            Integer mo = ChineseNumbers.parse(m.group("mn"));
            if (mo == null || mo < 1 || mo > 12) {
                return;
            }
            month = mo;
            if (y == null) {
                y = hasDay ? null : s.yearOfMonth(month, start, end);
            }
            ym = y == null ? null : YearMonth.of(y, month);
        }
        if (!hasDay) {
            String m1 = m.group("m1");
            if (m1 != null) {
                Integer first = ChineseNumbers.parse(m1);
                if (first == null || first < 1 || first >= month) {
                    return;
                }
                out.add(Found.date(start, end, Values.month(ym.getYear(), first) + "/" + Values.month(ym)));
                return;
            }
            if ("底".equals(suffix) || "末".equals(suffix)) {
                out.add(Found.date(start, end, Values.day(ym.atEndOfMonth())));
            } else if ("内".equals(suffix)) {
                return;
            } else {
                out.add(Found.date(start, end, Point.month(ym.getYear(), month, yearWritten)));
            }
            return;
        }
        if (m.group("m1") != null) {
            return;
        }
        Integer d = ChineseNumbers.parse(m.group("dn"));
        if (d == null || d < 1 || d > 31) {
            return;
        }
        LocalDate date;
        if (ym != null) {
            if (!Point.valid(ym.getYear(), month, d)) {
                return;
            }
            date = ym.atDay(d);
        } else {
            date = s.monthDay(month, d, start, end);
            if (date == null) {
                return;
            }
        }
        Integer d1 = m.group("d1") == null ? null : ChineseNumbers.parse(m.group("d1"));
        if (d1 != null) {
            if (d1 < 1 || d1 >= d) {
                return;
            }
            out.add(Found.date(start, end, Values.day(date.withDayOfMonth(d1)) + "/" + Values.day(date)));
            return;
        }
        out.add(Found.day(m.start(), m.end(), date, timeOfDay(m, s), yearWritten, true));
    }

    /** A day of the month alone (15日, 14、15日, 14至15日). */
    private static void dayAlone(Matcher m, Scan s, List<Found> out) {
        Integer d = ChineseNumbers.parse(m.group("dn"));
        if (d == null || d < 1 || d > 31 || numberedName(m, s)) {
            return;
        }
        Integer d1 = m.group("d1") == null ? null : ChineseNumbers.parse(m.group("d1"));
        if (d1 != null && (d1 < 1 || d1 >= d)) {
            return;
        }
        LocalDate date = s.bareDay(d, m.start(), m.end());
        if (date == null) {
            return;
        }
        if (d1 != null) {
            out.add(Found.date(m.start(), m.end(), Values.day(date.withDayOfMonth(d1)) + "/" + Values.day(date)));
            return;
        }
        out.add(Found.day(m.start(), m.end(), date, timeOfDay(m, s), false, false));
    }

    /** Words after which a day written alone with 号 is a date: 在5号, 到十号, 3号、5号. */
    private static final String BEFORE_NUMBERED_DAY = "在于到至从自、和与及或是为当前起止迄距今即的每";

    /**
     * 空军一号, 天问一号, 长征五号: a number with 号 straight after a noun names a craft or a line, not a day of
     * the month; a day written alone with 号 stands after a preposition, a conjunction or no word at all.
     */
    private static boolean numberedName(Matcher m, Scan s) {
        if (!s.text.startsWith("号", m.end("dn"))) {
            return false;
        }
        char before = s.charAt(m.start() - 1);
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN && BEFORE_NUMBERED_DAY.indexOf(before) < 0;
    }

    /** "T20:00" for 晚間8時, "TEV" for 晚間, or null when no time of day is written. */
    private static String timeOfDay(Matcher m, Scan s) {
        String pod = m.group("pod") == null ? null : s.words.value("partofday", m.group("pod"));
        if (m.group("hh") == null) {
            return pod == null ? null : "T" + pod;
        }
        Integer h = ChineseNumbers.parse(m.group("hh"));
        int minute = 0;
        if (m.group("mi") != null) {
            Integer mi = ChineseNumbers.parse(m.group("mi"));
            minute = mi == null ? 0 : mi;
        } else if (m.group("half") != null) {
            minute = 30;
        }
        if (h == null || h > 24 || minute > 59) {
            return pod == null ? null : "T" + pod;
        }
        if (h < 12 && pod != null && (pod.equals("AF") || pod.equals("EV") || pod.equals("NI") && h >= 6)) {
            h += 12;
        }
        return Values.clock(h % 24, minute);
    }

    // --- parts of years and months ----------------------------------------------------------------

    private static void yearPart(Matcher m, Scan s, List<Found> out) {
        Integer y = year(m, s);
        if (y != null && y == REJECT) {
            return;
        }
        boolean hasYear = y != null;
        int start = m.start();
        int end = m.end();
        if (m.group("half") != null) {
            int yy = hasYear ? y : s.anchor().getYear();
            out.add(Found.date(start, end, Values.half(yy, m.group("half").equals("上") ? 1 : 2)));
            return;
        }
        String q = first(m, "q1", "q2", "q3");
        if (q != null || m.group("q0") != null) {
            int n = q == null ? 1 : "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q);
            int yy = hasYear ? y : s.anchor().getYear();
            out.add(Found.date(start, end, Values.quarter(yy, n)));
            return;
        }
        if (m.group("qn") != null) {
            Integer n = ChineseNumbers.parse(m.group("qn"));
            int yy = hasYear ? y : s.anchor().getYear();
            if (n == null || n < 1 || n > 3) {
                return;
            }
            out.add(Found.date(start, end, Values.quarter(yy, 1) + "/" + Values.quarter(yy, n)));
            return;
        }
        if (m.group("qs") != null) {
            if (hasYear) {
                return;
            }
            LocalDate d = s.anchor().plusMonths(3L * s.words.number("shift", m.group("qs")));
            out.add(Found.date(start, end, Values.quarter(d.getYear(), Values.quarterOf(d))));
            return;
        }
        if (m.group("season") != null) {
            String season = s.words.value("season", m.group("season"));
            int yy = hasYear ? y : s.yearOfSeason(season, start, end);
            out.add(Found.date(start, end, Values.season(yy, season)));
            return;
        }
        if (m.group("hol") != null) {
            String rule = s.words.value("holiday", m.group("hol"));
            LocalDate d;
            if (hasYear) {
                d = Values.holiday(rule, y);
            } else if (m.group("dl") != null && s.tense(start, end) != Tense.Kind.PAST) {
                // 聖誕節前: a deadline is the coming one
                LocalDate a = s.anchor();
                d = Values.holiday(rule, a.getYear());
                if (d.isBefore(a)) {
                    d = Values.holiday(rule, a.getYear() + 1);
                }
            } else {
                d = s.yearly(yy -> Values.holiday(rule, yy), start, end);
            }
            out.add(Found.date(start, end, Point.of(d, hasYear, true)));
            return;
        }
        if (!hasYear) {
            return;
        }
        if (m.group("wy") != null) {
            Integer n = ChineseNumbers.parse(m.group("wy"));
            String v = n == null ? null : Values.isoWeek(y, n);
            if (v != null) {
                out.add(Found.date(start, end, v));
            }
            return;
        }
        if (m.group("mf") != null) {
            out.add(Found.date(start, end, Point.month(y, 1, true)));
            return;
        }
        Integer n = ChineseNumbers.parse(first(m, "fm", "lm"));
        if (n == null || n < 1 || n > 12) {
            return;
        }
        if (m.group("fm") != null) {
            out.add(Found.date(start, end, Values.month(y, 1) + "/" + Values.month(y, n)));
        } else {
            out.add(Found.date(start, end, Values.month(y, 13 - n) + "/" + Values.month(y, 12)));
        }
    }

    private static void monthPart(Matcher m, Scan s, List<Found> out) {
        Integer y = year(m, s);
        if (y != null && y == REJECT) {
            return;
        }
        YearMonth ym;
        if (m.group("ms") != null) {
            if (y != null) {
                return;
            }
            ym = YearMonth.from(s.anchor()).plusMonths(s.words.number("shift", m.group("ms")));
        } else {
            Integer mo = ChineseNumbers.parse(m.group("mn"));
            if (mo == null || mo < 1 || mo > 12) {
                return;
            }
            ym = YearMonth.of(y != null ? y : s.yearOfMonth(mo, m.start(), m.end()), mo);
        }
        if (m.group("wm") != null) {
            Integer n = ChineseNumbers.parse(m.group("wm"));
            String v = n == null ? null : Values.weekOfMonth(ym, n);
            if (v != null) {
                out.add(Found.date(m.start(), m.end(), v));
            }
            return;
        }
        Integer n = ChineseNumbers.parse(m.group("fd"));
        if (n != null && n >= 1 && n <= ym.lengthOfMonth()) {
            out.add(Found.date(m.start(), m.end(), Values.day(ym.atDay(1)) + "/" + Values.day(ym.atDay(n))));
        }
    }

    // --- weeks and days ---------------------------------------------------------------------------

    private static void weekday(Matcher m, Scan s, List<Found> out) {
        DayOfWeek dow = DayOfWeek.of(s.words.number("weekday", m.group("wd")));
        LocalDate d;
        if (m.group("shift") != null) {
            d = s.anchor().plusWeeks(s.words.number("shift", m.group("shift"))).with(dow);
        } else {
            d = s.weekday(dow, m.start(), m.end());
        }
        out.add(Found.day(m.start(), m.end(), d, timeOfDay(m, s), true, true));
    }

    private static void week(Matcher m, Scan s, List<Found> out) {
        LocalDate d = s.anchor().plusWeeks(s.words.number("shift", m.group("shift")));
        if (m.group("wk").equals("周末")) {
            out.add(Found.date(m.start(), m.end(), Values.weekend(d)));
        } else {
            out.add(Found.date(m.start(), m.end(), Values.week(d)));
        }
    }

    /** 週末 alone: the weekend before or after publication by tense, the nearer one without. */
    private static void weekend(Matcher m, Scan s, List<Found> out) {
        out.add(Found.date(m.start(), m.end(), Values.weekend(s.weekend(s.tense(m.start(), m.end())))));
    }

    /**
     * 今（15）日, 昨（14）日: Taiwanese papers write the day of the month beside the relative word. The
     * number decides; the word only picks the month when the number alone would not.
     */
    private static void dayInBrackets(Matcher m, Scan s, List<Found> out) {
        int day = Integer.parseInt(m.group("dn"));
        int offset = switch (m.group("rd")) {
            case "昨" -> -1;
            case "明" -> 1;
            case "前" -> -2;
            default -> 0;
        };
        LocalDate near = s.anchor().plusDays(offset);
        LocalDate d = null;
        for (int k = -3; k <= 3 && d == null; k++) {
            LocalDate c = near.plusDays(k);
            if (c.getDayOfMonth() == day) {
                d = c;
            }
        }
        if (d == null) {
            return;
        }
        out.add(Found.day(m.start(), m.end(), d, timeOfDay(m, s), true, true));
    }

    private static void dayWord(Matcher m, Scan s, List<Found> out) {
        TimeWords.Word word = s.words.get("day", m.group("rd"));
        LocalDate d = s.anchor().plusDays(Integer.parseInt(word.value()));
        String tod = timeOfDay(m, s);
        if (tod == null && !word.extra().isEmpty()) {
            tod = "T" + word.extra();
        }
        out.add(Found.day(m.start(), m.end(), d, tod, true, true));
    }

    // --- durations and references -----------------------------------------------------------------

    private static void duration(Matcher m, Scan s, List<Found> out) {
        String num = m.group("num");
        String unit = s.words.value("unit", m.group("unit"));
        boolean modified = m.group("pre") != null || m.group("mod") != null;
        if (m.group("unit").equals("世纪")) {
            // 21世紀 is the twenty-first century; a count of centuries says 兩個世紀
            return;
        }
        String count;
        if (num.equals("半")) {
            if (m.group("half") != null || m.group("more") != null) {
                return;
            }
            count = null;
        } else if (num.startsWith("几") || num.startsWith("数") || num.endsWith("几") || num.equals("多")
                || ChineseNumbers.isRough(num)) {
            count = "X";
        } else if (num.startsWith("上")) {
            count = "X";
        } else if (Character.isDigit(num.charAt(0))) {
            count = num;
            if (unit.equals("Y") && !modified && !num.contains(".") && isYearNumber(num, m.start("num"), s)) {
                return;
            }
        } else {
            Integer n = ChineseNumbers.parse(num);
            if (n == null || n == 0) {
                return;
            }
            count = Integer.toString(n);
        }
        String value;
        if ("X".equals(count) && unit.equals("Y") && (num.equals("几十") || num.equals("数十"))) {
            value = Values.duration("X", "10Y"); // 數十年: decades, as in English
        } else if (count == null) {
            value = Values.halfDuration(0, unit);
        } else if (m.group("half") != null && !count.equals("X")) {
            value = Values.halfDuration(Double.parseDouble(count), unit);
        } else {
            value = Values.duration(count, unit);
        }
        String post = m.group("post");
        int start = m.start();
        int end = m.end();
        if (post != null && (post.endsWith("后") || post.endsWith("前")) && m.group("pre") == null) {
            // 三年前, 20天後: a point that far from publication; 幾天後 a vague one.
            boolean later = post.endsWith("后");
            if ("X".equals(count)) {
                out.add(Found.vague(start, end, later ? "FUTURE_REF" : "PAST_REF"));
                return;
            }
            if (count != null && !unit.startsWith("T") && m.group("half") == null && !count.contains(".")) {
                out.add(Found.date(start, end, Values.shifted(s.anchor(), Integer.parseInt(count) * (later ? 1 : -1), unit)));
                return;
            }
        }
        if (post != null && (post.endsWith("后") || post.endsWith("前"))) {
            end -= post.length();
        }
        out.add(Found.duration(start, end, value));
    }

    /** Whether digits before 年 rather write a year (2025年, 07年, 111年 in Taiwan) than count years. */
    private static boolean isYearNumber(String num, int at, Scan s) {
        int n = Integer.parseInt(num);
        return num.length() == 4 && n >= 1000 && n < 3000
                || num.length() == 2 && num.charAt(0) == '0'
                || num.length() == 3 && isRocYear(n, at, at + 4, s);
    }

    /** 30日內: a period, like "within 30 days", not the days up to a date. */
    private static void daysWithin(Matcher m, Scan s, List<Found> out) {
        Integer n = ChineseNumbers.parse(m.group("num"));
        if (n != null && n >= 1) {
            out.add(Found.duration(m.start(), m.end(), Values.duration(Integer.toString(n), "D")));
        }
    }

    private static void few(Matcher m, Scan s, List<Found> out) {
        String p = m.group("p");
        boolean ahead = p.equals("未来") || p.equals("今后") || p.equals("接下来");
        out.add(Found.vague(m.start(), m.end(), ahead ? "FUTURE_REF" : "PAST_REF"));
    }

    private static void century(Matcher m, Scan s, List<Found> out) {
        int ordinal;
        if (m.group("c") != null) {
            Integer c = ChineseNumbers.parse(m.group("c"));
            if (c == null || c < 1 || c > 30) {
                return;
            }
            ordinal = c;
        } else {
            String cs = m.group("cs");
            int now = s.anchor().getYear() / 100 + 1;
            ordinal = cs.startsWith("上") ? now - 1 : cs.startsWith("下") ? now + 1 : now;
        }
        if (m.group("dc") == null) {
            out.add(Found.date(m.start(), m.end(), Values.century(ordinal)));
            return;
        }
        Integer dc = ChineseNumbers.parse(m.group("dc"));
        if (dc == null || dc % 10 != 0 || dc > 90) {
            return;
        }
        out.add(Found.date(m.start(), m.end(), Values.decade((ordinal - 1) * 100 + dc)));
    }

    private static void decade(Matcher m, Scan s, List<Found> out) {
        if (m.group("y4") != null) {
            out.add(Found.date(m.start(), m.end(), Values.decade(Integer.parseInt(m.group("y4")))));
            return;
        }
        Integer dd = ChineseNumbers.parse(m.group("dd"));
        if (dd == null) {
            return;
        }
        // 80年代 without a century: the latest such decade that has begun by publication.
        int year = s.anchor().getYear();
        int first = year / 100 * 100 + dd;
        if (first > year) {
            first -= 100;
        }
        out.add(Found.date(m.start(), m.end(), Values.decade(first)));
    }

    private static void set(Matcher m, Scan s, List<Found> out) {
        if (m.group("wd") != null) {
            out.add(Found.set(m.start(), m.end(), "XXXX-WXX-" + s.words.number("weekday", m.group("wd"))));
            return;
        }
        String v = switch (m.group("u")) {
            case "天", "日" -> "P1D";
            case "月" -> "P1M";
            case "年" -> "P1Y";
            case "季度" -> "P3M";
            case "小时" -> "PT1H";
            default -> "P1W";
        };
        out.add(Found.set(m.start(), m.end(), v));
    }

    private static void twoOf(Matcher m, Scan s, List<Found> out) {
        int a = offset(m.group("a"));
        int b = offset(m.group("b"));
        if (b != a + 1) {
            return;
        }
        LocalDate anchor = s.anchor();
        if (m.group("u").equals("年")) {
            out.add(Found.date(m.start(), m.end(), Values.year(anchor.getYear() + a) + "/" + Values.year(anchor.getYear() + b)));
        } else {
            out.add(Found.date(m.start(), m.end(), Values.day(anchor.plusDays(a)) + "/" + Values.day(anchor.plusDays(b))));
        }
    }

    private static int offset(String c) {
        return switch (c) {
            case "前" -> -2;
            case "去" -> -1;
            case "今" -> 0;
            case "明" -> 1;
            default -> 2;
        };
    }

    private static void yearEnd(Matcher m, Scan s, List<Found> out) {
        int y = s.anchor().getYear();
        if (m.group("suf").equals("初") || m.group("suf").equals("内")) {
            out.add(Found.date(m.start(), m.end(), Values.year(y)));
        } else {
            out.add(Found.date(m.start(), m.end(), Values.day(y, 12, 31)));
        }
    }

    /** 新年前, "before the new year": the last day of the year, as 年底前. */
    private static void beforeNewYear(Matcher m, Scan s, List<Found> out) {
        out.add(Found.date(m.start(), m.end(), Values.day(s.anchor().getYear(), 12, 31)));
    }

    private static void monthEnd(Matcher m, Scan s, List<Found> out) {
        YearMonth ym = YearMonth.from(s.anchor());
        String suf = m.group("suf");
        if (suf.equals("底") || suf.equals("末")) {
            out.add(Found.date(m.start(), m.end(), Values.day(ym.atEndOfMonth())));
        } else {
            out.add(Found.date(m.start(), m.end(), Values.month(ym)));
        }
    }

    /** The date tag closing a CNA report, in the Republic of China calendar: "（編輯：…）1110628". */
    private static void rocTag(Matcher m, Scan s, List<Found> out) {
        int y = 1911 + Integer.parseInt(m.group("r"));
        int mo = Integer.parseInt(m.group("mm"));
        int d = Integer.parseInt(m.group("dd"));
        if (!Point.valid(y, mo, d) || mo == 0 || d == 0) {
            return;
        }
        LocalDate date = LocalDate.of(y, mo, d);
        if (s.hasAnchor() && Math.abs(ChronoUnit.DAYS.between(date, s.anchor())) > 7) {
            return;
        }
        out.add(Found.date(m.start(), m.end(), Values.day(date)));
    }

    private static String first(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }
}
