package org.eventline.extract.cue;

import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses: at commas, semicolons and colons outside brackets and quoted phrases
 * (「集體防禦」 stays whole; quoted speech, long or with clauses of its own, is split like any text) and
 * outside lists of names, at a space between Chinese phrases (headlines join their parts with spaces), at a
 * spaced dash ("MOSCOW, March 3 - Russia…"), before "but" and "and that", and at the enumeration comma 、
 * where the next item begins with a verb: 「允保護烏克蘭、支援歐洲」 are two commitments.
 */
public final class Clauses {

    /** Quotes at most this long are phrases, not speech. */
    private static final int SHORT_QUOTE = 24;
    /** The longest aside between two dashes read as one ("… - jets, radar and a pledge - …"). */
    private static final int DASH_ASIDE = 120;
    /** A connective set off by commas ("Moscow, however, remains opposed"): an aside, no clause of its own. */
    private static final Pattern CONNECTIVE_ASIDE = Pattern.compile(", (however|meanwhile|though|too|also|in turn|"
            + "by contrast|in contrast|moreover|instead|nonetheless|nevertheless|in fact|for now|so far|"
            + "for (its|his|her|their) part|today|now),");
    /** Where a place lies, set off by commas ("the hub at Rzeszow airport, near the border, as a base"). */
    private static final Pattern PLACE_ASIDE = Pattern.compile(
            ", (near|close to|outside|(north|south|east|west)(-?(east|west))? of) [^,;:]{1,40},");
    private static final String OPEN = "「『“（(【《";
    private static final String CLOSE = "」』”）)】》";

    private Clauses() {
    }

    public static List<Span> split(String text, Span sentence) {
        return split(text, sentence, i -> false);
    }

    /**
     * @param verbAt true where a verb starts: an enumeration comma right before it ends a clause
     */
    public static List<Span> split(String text, Span sentence, IntPredicate verbAt) {
        return split(text, sentence, verbAt, i -> false);
    }

    /**
     * @param verbAt    true where a verb starts: an enumeration comma right before it ends a clause
     * @param listComma true for a comma that joins the names of a list ("Donetsk, Luhansk and Kherson
     *                  regions"): it ends no clause
     */
    public static List<Span> split(String text, Span sentence, IntPredicate verbAt, IntPredicate listComma) {
        boolean[] kept = protectedRanges(text, sentence);
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (kept[i - sentence.start()]) {
                continue;
            }
            char c = text.charAt(i);
            boolean dash = (c == ' ') && spacedDash(text, i, sentence);
            if (c == ' ' && text.startsWith(" but ", i) && i > sentence.start() && Character.isLetter(text.charAt(i - 1))) {
                add(out, text, start, i); // "ready to talk but would never cede": two positions
                start = i + 1;
                continue;
            }
            if (c == ' ' && text.startsWith(" and that ", i) && i > sentence.start()
                    && (Character.isLetter(text.charAt(i - 1)) || "\"”'’".indexOf(text.charAt(i - 1)) >= 0)) {
                add(out, text, start, i); // "said the border was not negotiable and that troops would stay": two
                start = i + 1;
                continue;
            }
            boolean cut = dash || switch (c) {
                case '，', '；', '：', ';', ':' -> true;
                case ',' -> !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1))) && !listComma.test(i);
                case ' ', '\u3000' -> hanAround(text, i, sentence);
                case '、' -> verbAt.test(i + 1);
                default -> false;
            };
            if (cut) {
                add(out, text, start, i);
                start = dash ? i + 3 : i + 1;
                i = start - 1;
            }
        }
        add(out, text, start, sentence.end());
        return out;
    }

    /** A space between Chinese phrases, a quoted one included (川普：烏克蘭須接受「現實」 澤倫斯基：…). */
    private static boolean hanAround(String text, int i, Span sentence) {
        if (i <= sentence.start() || i + 1 >= sentence.end()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        return (isHan(before) || "」』”".indexOf(before) >= 0) && (isHan(after) || "「『“".indexOf(after) >= 0);
    }

    /** " - ", " – ", " — " between words: a dateline or an aside ends there. */
    private static boolean spacedDash(String text, int i, Span sentence) {
        return i + 2 < sentence.end() && "-–—".indexOf(text.charAt(i + 1)) >= 0 && text.charAt(i + 2) == ' ';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Marks the insides of brackets, short quotes and asides between dashes, where no clause ends. */
    private static boolean[] protectedRanges(String text, Span sentence) {
        boolean[] kept = new boolean[sentence.length()];
        int straightOpen = -1;
        List<int[]> stack = new ArrayList<>();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            int open = OPEN.indexOf(c);
            int close = CLOSE.indexOf(c);
            if (open >= 0) {
                stack.add(new int[] {i, open});
            } else if (close >= 0) {
                for (int k = stack.size() - 1; k >= 0; k--) {
                    if (stack.get(k)[1] == close) {
                        int from = stack.get(k)[0];
                        if (c == '）' || c == ')' || c == '】' || i - from <= SHORT_QUOTE && phrase(text, from, i)) {
                            mark(kept, sentence, from, i);
                        }
                        stack.subList(k, stack.size()).clear();
                        break;
                    }
                }
            } else if (c == '"') {
                if (straightOpen < 0) {
                    straightOpen = i;
                } else {
                    if (i - straightOpen <= SHORT_QUOTE && phrase(text, straightOpen, i)) {
                        mark(kept, sentence, straightOpen, i);
                    }
                    straightOpen = -1;
                }
            }
        }
        for (Pattern p : List.of(CONNECTIVE_ASIDE, PLACE_ASIDE)) {
            Matcher aside = p.matcher(text).region(sentence.start(), sentence.end());
            while (aside.find()) {
                mark(kept, sentence, aside.start(), aside.end() - 1);
            }
        }
        // "a peace force would require a backstop - jets, radar and a pledge - to work": an aside
        // between two dashes ends no clause, nor do its commas
        int dash = -1;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (text.charAt(i) == ' ' && spacedDash(text, i, sentence)) {
                if (dash >= 0 && i - dash <= DASH_ASIDE) {
                    // "… from two regions - Kherson and Zaporizhzhia - and dropped its claim": the clause after
                    // the aside is one of its own
                    boolean goesOn = text.startsWith("and ", i + 3) || text.startsWith("but ", i + 3);
                    mark(kept, sentence, dash, goesOn ? i - 1 : i + 2);
                    dash = -1;
                } else {
                    dash = i;
                }
                i += 2;
            }
        }
        return kept;
    }

    /** A quoted phrase (「集體防禦」, "special economic zone"), not quoted speech with clauses of its own. */
    private static boolean phrase(String text, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if ("，。！？；".indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] kept, Span sentence, int from, int to) {
        for (int k = from; k <= to; k++) {
            kept[k - sentence.start()] = true;
        }
    }

    private static void add(List<Span> out, String text, int start, int end) {
        Span s = Span.trimmed(text, start, end);
        if (s != null) {
            out.add(s);
        }
    }
}
