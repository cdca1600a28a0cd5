package org.eventline.text;

import com.hankcs.hanlp.HanLP;

/**
 * Chinese script normalisation. Analysis runs on Simplified text (segmenter and cue lists see one
 * script) while every offset still points into the original: the conversion keeps the length.
 */
public final class Scripts {

    private Scripts() {
    }

    /** Simplified Chinese of the same length as {@code text}; non-Chinese characters are untouched. */
    public static String toSimplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        // A phrase mapping changed the length: fall back to character by character.
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
                out.append(s.length() == 1 ? s.charAt(0) : c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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
