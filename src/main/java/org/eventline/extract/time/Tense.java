package org.eventline.extract.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the clause around a time expression reports the past or looks ahead, from the cue words
 * of times.tsv (said, will, 表示, 將於) and English past-tense verbs. The cue nearest to the
 * expression decides; without a cue the tense is unknown. Bare days, months and weekdays resolve by
 * it: "met on Friday" is the last Friday, "will meet on Friday" the coming one.
 */
final class Tense {

    enum Kind { PAST, FUTURE, NONE }

    /** Words ending in -ed that are no past tense. */
    private static final Set<String> NOT_PAST = Set.of("need", "indeed", "speed", "proceed", "succeed", "exceed",
            "feed", "seed", "breed", "heed", "bleed", "weed", "deed", "greed", "hundred", "kindred", "sacred",
            "naked", "wicked", "rugged", "shed", "bred", "embed", "united", "red", "bed", "wed");

    private static final int CHINESE_WINDOW = 40;
    private static final int ENGLISH_WINDOW = 160;

    private final Pattern chinese;
    private final Pattern english;
    private final Pattern blocks;
    private final TimeWords words;

    Tense(TimeWords words) {
        this.words = words;
        String zhPast = words.chinese("past");
        String zhFuture = words.chinese("future");
        chinese = Pattern.compile("(?<f>" + zhFuture + ")|(?<p>" + zhPast + ")");
        english = Pattern.compile("(?i)\\b(?:(?<f>" + words.english("future") + ")|(?<p>" + words.english("past")
                + ")|(?<ed>[a-z]{2,}ed))\\b");
        blocks = Pattern.compile(words.alternation("block"));
    }

    /** The tense of the clause around text[start, end). */
    Kind of(String text, int start, int end, boolean zh) {
        return of(text, start, end, zh, false);
    }

    /**
     * The tense of the clause around text[start, end), or with {@code onlyBefore} of the part before it: an
     * adverbial like "over the weekend" belongs to the verb before it ("proposals circulated over the weekend
     * would ...").
     */
    Kind of(String text, int start, int end, boolean zh, boolean onlyBefore) {
        int from = clauseStart(text, start, zh);
        int to = onlyBefore ? start : clauseEnd(text, end, zh);
        if (!zh && !onlyBefore && end < text.length() && text.charAt(end) == ',') {
            // "The plan, presented at talks on Sunday, would halt…": a phrase closed by a comma after its time
            // has the tense of its own verb, not of the clause it is set in
            Kind own = nearest(text, start, end, false, Math.max(from, text.lastIndexOf(',', start) + 1), start);
            if (own != Kind.NONE) {
                return own;
            }
        }
        Kind kind = nearest(text, start, end, zh, from, to);
        if (kind == Kind.NONE && zh && !onlyBefore && to - end <= TOPIC_TAIL && to < text.length()
                && (text.charAt(to) == '，' || text.charAt(to) == ',')) {
            // 週末期間，俄軍發動襲擊: a time set off by a comma at the head of a sentence dates the clause after it.
            kind = nearest(text, start, end, true, to + 1, clauseEnd(text, to + 1, true));
        }
        return kind;
    }

    /** Up to this many characters may follow a time before the comma that makes it a topic (期間, 晚間). */
    private static final int TOPIC_TAIL = 4;

    private Kind nearest(String text, int start, int end, boolean zh, int from, int to) {
        Matcher m = (zh ? chinese : english).matcher(text);
        m.region(from, to).useTransparentBounds(true);
        Kind best = Kind.NONE;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.end() > start && m.start() < end) {
                continue;
            }
            if (!zh && Character.isUpperCase(text.charAt(m.start())) && words.get("month", m.group()) != null) {
                continue; // "May" the month, not the verb
            }
            Kind k;
            if (m.group("f") != null) {
                k = Kind.FUTURE;
            } else if (m.group("p") != null) {
                k = Kind.PAST;
            } else {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (NOT_PAST.contains(w) || words.get("future", w) != null || afterBe(text, m.start())
                        || m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                    continue; // "so-called", "US-backed": an adjective, no verb
                }
                k = Kind.PAST;
            }
            if (zh && blocked(text, m.start(), m.end())) {
                continue;
            }
            int distance = m.start() >= end ? m.start() - end : start - m.end();
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "to be published", "will be held": a participle after "be" carries no tense of its own. */
    private static boolean afterBe(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 1 && text.regionMatches(true, i - 1, "be", 0, 2) && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
    }

    /** Whether a cue lies inside a word that only looks like it (為了, 除了, 將軍). */
    private boolean blocked(String text, int start, int end) {
        Matcher b = blocks.matcher(text);
        b.region(Math.max(0, start - 3), Math.min(text.length(), end + 3));
        while (b.find()) {
            if (b.start() <= start && end <= b.end()) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String text, int start, boolean zh) {
        int limit = Math.max(0, start - (zh ? CHINESE_WINDOW : ENGLISH_WINDOW));
        for (int i = start - 1; i >= limit; i--) {
            if (isBoundary(text, i, zh)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int clauseEnd(String text, int end, boolean zh) {
        int limit = Math.min(text.length(), end + (zh ? CHINESE_WINDOW : ENGLISH_WINDOW));
        for (int i = end; i < limit; i++) {
            // "…on Tuesday under which it would…", "issued a statement on Monday saying Kyiv would…": a relative
            // clause or reported words after a time have a tense of their own
            if (isBoundary(text, i, zh) || !zh && (text.startsWith(" which ", i) || text.startsWith(" saying ", i)
                    || text.startsWith(" that ", i))) {
                return i;
            }
        }
        return limit;
    }

    private static boolean isBoundary(String text, int i, boolean zh) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (zh) {
            return "。！？；，!?;".indexOf(c) >= 0;
        }
        if (c == ';' || c == '!' || c == '?') {
            return true;
        }
        // A full stop ends a sentence before a blank and a capital, not in "U.S. officials" or "Dec. 15".
        return c == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                && i > 0 && Character.isLowerCase(text.charAt(i - 1));
    }
}
