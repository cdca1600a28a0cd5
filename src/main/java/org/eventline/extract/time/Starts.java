package org.eventline.extract.time;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a rule's matches can begin, so that a rule is tried only there: a regular expression tried
 * at every position of every article is what would make the finder slow.
 *
 * <p>Chinese rules begin at given characters or two-character heads (上週, 今年); English rules at
 * the start of given words (the first word of "the end of", "Friday", any number).
 */
final class Starts {

    static final String DIGITS = "0123456789";
    static final String CHINESE_NUMERALS = "〇零一二两三四五六七八九十廿卅百千";
    /** The word of a token that begins with a digit. */
    static final String NUMBER = "#";

    private final boolean[] single = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] pairFirst = new boolean[Character.MAX_VALUE + 1];
    private final Set<Integer> pairs = new HashSet<>();
    private final Set<String> firstWords = new HashSet<>();
    private final boolean byWord;

    private Starts(boolean byWord) {
        this.byWord = byWord;
    }

    /** Starts at characters, or at two-character heads. */
    static Starts chars(String chars) {
        Starts s = new Starts(false);
        for (int i = 0; i < chars.length(); i++) {
            s.single[chars.charAt(i)] = true;
        }
        return s;
    }

    /** Starts at the beginning of words (lower case; "#" for any number). */
    static Starts words(String... words) {
        Starts s = new Starts(true);
        for (String w : words) {
            s.firstWords.add(w.toLowerCase(Locale.ROOT));
        }
        return s;
    }

    /** Adds the heads of texts: their first word (English), or their first two characters. */
    Starts heads(Iterable<String> texts) {
        for (String t : texts) {
            if (t.isEmpty()) {
                continue;
            }
            if (byWord) {
                firstWords.add(firstWord(t));
            } else if (t.length() == 1) {
                single[t.charAt(0)] = true;
            } else {
                pairFirst[t.charAt(0)] = true;
                pairs.add(t.charAt(0) << 16 | t.charAt(1));
            }
        }
        return this;
    }

    Starts heads(String... texts) {
        return heads(Arrays.asList(texts));
    }

    /** Adds the heads of the words of a kind, each followed by any of the given endings. */
    Starts vocabulary(TimeWords words, String kind, String... endings) {
        for (TimeWords.Word w : words.all(kind)) {
            if (endings.length == 0) {
                heads(w.text());
            }
            for (String e : endings) {
                heads(w.text() + e);
            }
        }
        return this;
    }

    /** Adds heads made of one character of a set followed by one of another ("前" and a numeral). */
    Starts pairs(String first, String second) {
        for (int i = 0; i < first.length(); i++) {
            for (int j = 0; j < second.length(); j++) {
                heads(String.valueOf(first.charAt(i)) + second.charAt(j));
            }
        }
        return this;
    }

    private static String firstWord(String text) {
        char c = text.charAt(0);
        if (Character.isDigit(c)) {
            return NUMBER;
        }
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end == 0 ? text.substring(0, 1) : text.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The first position at or after i where a match may begin, or the text's length. */
    int next(Scan s, int i) {
        return byWord ? nextWord(s, i) : nextChar(s.text, i);
    }

    private int nextChar(String text, int i) {
        int n = text.length();
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (single[c] || pairFirst[c] && i + 1 < n && pairs.contains(c << 16 | text.charAt(i + 1))) {
                return i;
            }
        }
        return n;
    }

    private int nextWord(Scan s, int i) {
        Scan.Tokens tokens = s.tokens();
        for (int k = tokens.indexAtOrAfter(i); k < tokens.size(); k++) {
            if (firstWords.contains(tokens.word(k))) {
                return tokens.start(k);
            }
        }
        return s.text.length();
    }
}
