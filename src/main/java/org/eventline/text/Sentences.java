package org.eventline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence splitting for Chinese and English news. Chinese sentences end at 。！？ (and ； as a
 * clause boundary); English at . ! ? followed by a space and a capital, except after abbreviations.
 * Closing quotes and brackets stay with the sentence they close. Line breaks always end a sentence:
 * headlines and datelines stand on lines of their own.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
            "rep", "st", "sr", "jr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.u", "a.m",
            "p.m", "i.e", "e.g", "pres", "rev", "ft", "mt");

    private Sentences() {
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int cut = i + 1;
            if (c == '\n') {
                end = true;
                cut = i;
            } else if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?') {
                cut = swallowClosers(text, i + 1);
                end = true;
            } else if (c == '.' && isEnglishSentenceEnd(text, i)) {
                cut = swallowClosers(text, i + 1);
                end = true;
            }
            if (end) {
                add(out, text, start, cut);
                start = c == '\n' ? i + 1 : cut;
                i = Math.max(i, cut - 1);
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static int swallowClosers(String text, int i) {
        while (i < text.length() && "」』”’\"')）】》".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isEnglishSentenceEnd(String text, int dot) {
        int next = swallowClosers(text, dot + 1);
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int k = next;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k < text.length() && text.charAt(k) != '\n' && !Character.isUpperCase(text.charAt(k))
                && "\"“‘(".indexOf(text.charAt(k)) < 0 && !Character.isDigit(text.charAt(k))) {
            return false;
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase();
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // A single capital ("Anthony H. Cordesman") is an initial, not a sentence end.
        return !(word.length() == 1 && Character.isUpperCase(text.charAt(w)));
    }

    private static void add(List<Span> out, String text, int start, int end) {
        Span s = Span.trimmed(text, start, end);
        if (s != null) {
            out.add(s);
        }
    }
}
