package org.eventline.text;

/**
 * Chinese script normalisation. Analysis runs on Simplified text (segmenter and cue lists see one
 * script) while every offset still points into the original: the conversion keeps the length.
 */
public final class Scripts {

    private Scripts() {
    }

    /** Simplified Chinese of the same length as {@code text}; non-Chinese characters are untouched. */
    public static String toSimplified(String text) {
        Simplifier simplifier = Simplifier.get();
        String converted = simplifier.convert(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        // A phrase mapping changed the length: fall back to character by character.
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                String s = simplifier.convert(String.valueOf(c));
                out.append(s.length() == 1 ? s.charAt(0) : c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The analysis copy of a text, same length: Simplified script for Chinese, full-width Latin letters,
     * digits and punctuation folded to ASCII (ＮＡＴＯ, Ｇ７), and typographic apostrophes to ' so that
     * "Russia’s" reads like "Russia's".
     */
    public static String normalize(String text, boolean chinese) {
        String base = chinese || hasHan(text) ? toSimplified(text) : text;
        char[] out = null;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = base.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? base : new String(out);
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09' && c != '\uFF0C'
                && c != '\uFF1A' && c != '\uFF1B' && c != '\uFF01' && c != '\uFF1F') {
            // Full-width ASCII; full-width brackets and clause punctuation stay, they mark Chinese syntax.
            return (char) (c - 0xFEE0);
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isHan(char c) {
        // The CJK ideograph blocks, tested by range: Character.UnicodeScript.of is a binary search.
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF'
                || c == '\u3007';
    }

    /** Share of Han characters among letters, 0 to 1. */
    public static double hanShare(CharSequence text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                han++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters == 0 ? 0 : (double) han / letters;
    }
}
