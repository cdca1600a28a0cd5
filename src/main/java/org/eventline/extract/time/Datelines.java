package org.eventline.extract.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@link Dateline} among the first lines of an article; its closing words are in times.tsv. */
final class Datelines {

    /** Where a dateline may stand: the first lines of the body, near their start. */
    private static final int LINES = 3;
    private static final int REACH = 80;

    private final TimeWords words;
    private final Pattern chinese;
    private final Pattern english;

    Datelines(TimeWords words) {
        // 电 is also the first character of 电话, 电视 …
        chinese = Pattern.compile("(?:(?<m>\\d{1,2})月)?(?<d>\\d{1,2})日" + words.chinese("dateline")
                + "(?![话视脑影台网力子池梯车邮])[）)]?");
        english = Pattern.compile("^(?:[A-Z][A-Za-z .'\\-]{1,40},\\s)?(?<mon>" + words.englishNames("month", w -> true)
                + ")\\.?\\s(?<d>\\d{1,2})(?:,\\s\\d{4})?(?:\\s\\(" + words.english("dateline") + "\\)(?:\\s?(?:--|[-—–]))?"
                + "|\\s?(?:--|[-—–])(?=\\s))");
        this.words = words;
    }

    /**
     * The dateline of a text, or null.
     *
     * @param text the text as the rules read it: Simplified script, ASCII digits
     */
    Dateline find(String text, LocalDate published, boolean isChinese) {
        int lineStart = 0;
        for (int line = 0; line < LINES && lineStart < text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String head = text.substring(lineStart, Math.min(lineEnd, lineStart + REACH));
            Dateline found = isChinese ? chinese(head, lineStart, published) : english(head, lineStart, published);
            if (found != null) {
                return found;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    private Dateline chinese(String head, int offset, LocalDate published) {
        Matcher m = chinese.matcher(head);
        if (!m.find() || head.lastIndexOf('据', m.start()) >= 0) {
            return null;  // 据法新社15日报道 names when a source reported, not where the dispatch was filed
        }
        Integer month = m.group("m") == null ? null : Integer.valueOf(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        return new Dateline(offset, offset + m.end(), Dateline.filed(published, month, day));
    }

    private Dateline english(String head, int offset, LocalDate published) {
        Matcher m = english.matcher(head);
        if (!m.find()) {
            return null;
        }
        int month = words.number("month", m.group("mon"));
        return new Dateline(offset, offset + m.end(), Dateline.filed(published, month, Integer.parseInt(m.group("d"))));
    }
}
