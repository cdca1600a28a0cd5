package org.eventline.source;

import java.util.regex.Pattern;

/** Small text measures shared by the extractors. */
final class Texts {

    /** Photo captions and credits as pages print them: "▲ …", "…（圖／路透）", "Photo: …", "(Photo by …)". */
    static final Pattern CAPTION = Pattern.compile(
            "(?iu)^\\s*[▲△▼▶►]|[(（](圖|图|照片|攝影|摄影|翻攝|翻摄|資料照|资料照)[^)）]{0,30}[)）]\\s*$"
                    + "|^\\s*[(（]?(photo|image|picture|video)( credit)?s?\\s*[:：]|^\\s*(image|media|video) (caption|source)\\s*[,:：]|[(（]photo by [^)）]{1,60}[)）]\\s*$");

    /** Terminal escape sequences (colours, cursor moves, window titles) as they turn up in pasted text. */
    private static final Pattern TERMINAL_ESCAPE = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B[@-_]");

    private Texts() {
    }

    /**
     * Text fit to print and store: terminal escape sequences and other C0 and C1 controls go (they carry
     * nothing an article says, and would reach terminals and exports); carriage returns, form and line
     * feeds and the Unicode line separators become line breaks; tabs stay; a lone surrogate (from a
     * character reference such as {@code &#xD800;}) becomes U+FFFD, as invalid bytes do.
     */
    static String printable(String s) {
        if (s == null || isPrintable(s)) {
            return s;
        }
        String t = s.indexOf('\u001B') >= 0 ? TERMINAL_ESCAPE.matcher(s).replaceAll("") : s;
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                sb.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                sb.append(c).append(t.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else if (c == '\n' || c == '\t' || !isControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (c != '\n' && c != '\t' && (isControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    /** Whether a text has nothing to read: only spaces of any kind, zero-width characters and controls. */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || isControl(c) || c == '\u200b' || c == '\u200c'
                    || c == '\u200d' || c == '\u2060' || c == '\ufeff')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Amount of text in Latin-letter equivalents: an ideograph or kana carries about as much as three
     * letters, a Hangul syllable two, so that thresholds work alike for Chinese, Korean and English.
     */
    static int units(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += units(s.charAt(i));
        }
        return n;
    }

    static int units(char c) {
        if (c <= ' ' || c == '\u00a0' || c == '\u3000' || Character.isWhitespace(c)) {
            return 0;
        }
        if (c < 0x2e80) {
            return 1;
        }
        if (c >= 0xac00 && c <= 0xd7af) {
            return 2;
        }
        return isCjk(c) ? 3 : 1;
    }

    static boolean isCjk(char c) {
        return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff)
                || (c >= 0xf900 && c <= 0xfaff);
    }

    /** Commas and the like: a sign of running prose. */
    static boolean isComma(char c) {
        return c == ',' || c == '，' || c == '、' || c == '；' || c == ';' || c == '،';
    }

    /** Share of Han characters among the letters of a text. */
    static double hanShare(CharSequence s) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (isCjk(c)) {
                    han++;
                }
            }
        }
        return letters == 0 ? 0 : (double) han / letters;
    }

    /** Whether a line ends as a sentence does. */
    static boolean endsSentence(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "”’\"')）」』]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?。！？…:：".indexOf(c) >= 0;
    }

    /**
     * Collapses runs of whitespace (no-break spaces included) to one space. The ideographic space stays:
     * Chinese headlines use it as a separator.
     */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u3000' && (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b')) {
                space = true;
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
