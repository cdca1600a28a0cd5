package org.eventline.extract.time;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.HashSet;
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
    /** The characters set in either table: a union visits these rather than every character. */
    private final BitSet marked = new BitSet();
    /** Two-character heads as (first << 16 | second), in an open-addressing table without boxing. */
    private int[] pairs = new int[64];
    private int pairCount;
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
            s.marked.set(chars.charAt(i));
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
                marked.set(t.charAt(0));
            } else {
                pairFirst[t.charAt(0)] = true;
                marked.set(t.charAt(0));
                addPair(t.charAt(0) << 16 | t.charAt(1));
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

    private void addPair(int key) {
        if (hasPair(key)) {
            return;
        }
        if (2 * (pairCount + 1) > pairs.length) {
            int[] old = pairs;
            pairs = new int[old.length * 2];
            pairCount = 0;
            for (int k : old) {
                if (k != 0) {
                    addPair(k);
                }
            }
        }
        int i = slot(key, pairs.length);
        while (pairs[i] != 0) {
            i = (i + 1) & (pairs.length - 1);
        }
        pairs[i] = key;
        pairCount++;
    }

    private boolean hasPair(int key) {
        for (int i = slot(key, pairs.length); pairs[i] != 0; i = (i + 1) & (pairs.length - 1)) {
            if (pairs[i] == key) {
                return true;
            }
        }
        return false;
    }

    private static int slot(int key, int length) {
        return (key * 0x9E3779B9 >>> 16) & (length - 1);
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
        return byWord ? nextWord(s, i) : nextChar(s, i);
    }

    /** Positions of a text where any of the rules may start, found in one pass, to spare each rule a pass. */
    private int nextChar(Scan s, int i) {
        String text = s.text;
        int[] candidates = s.candidates();
        for (int k = Scan.indexAtOrAfter(candidates, candidates.length, i); k < candidates.length; k++) {
            if (accepts(text, candidates[k])) {
                return candidates[k];
            }
        }
        return text.length();
    }

    boolean accepts(String text, int i) {
        char c = text.charAt(i);
        return single[c] || pairFirst[c] && i + 1 < text.length() && hasPair(c << 16 | text.charAt(i + 1));
    }

    /** Where any of several rules may start (for character starts). */
    static Starts union(Iterable<Starts> all) {
        Starts u = new Starts(false);
        for (Starts s : all) {
            if (s.byWord) {
                continue;
            }
            for (int c = s.marked.nextSetBit(0); c >= 0; c = s.marked.nextSetBit(c + 1)) {
                u.single[c] |= s.single[c];
                u.pairFirst[c] |= s.pairFirst[c];
            }
            u.marked.or(s.marked);
            for (int key : s.pairs) {
                if (key != 0) {
                    u.addPair(key);
                }
            }
        }
        return u;
    }

    /** The positions of a text where this may start, in order. */
    int[] positions(String text) {
        int[] out = new int[16];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (accepts(text, i)) {
                if (k == out.length) {
                    out = Arrays.copyOf(out, k * 2);
                }
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
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
