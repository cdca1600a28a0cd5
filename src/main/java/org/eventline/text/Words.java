package org.eventline.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Chinese word knowledge from HanLP's core dictionary: whether a string of Simplified characters is a
 * word. Cheap (a dictionary look-up, no segmentation): it tells a name glued into a longer word
 * (其中國家, 完美方案) from a name standing on its own.
 */
public final class Words {

    private Words() {
    }

    public static boolean isWord(String simplified) {
        return CoreDictionary.contains(simplified);
    }

    /**
     * Whether {@code text[start, end)} is part of a longer place or person name the dictionary knows that
     * reaches up to two characters further on either side (柏林 in 都柏林, 德里 in 新德里). Characters before
     * {@code from} belong to something else already and are not looked at.
     */
    public static boolean insideLongerName(String simplified, int start, int end, int from) {
        for (int left = 0; left <= 2; left++) {
            for (int right = 0; right <= 2; right++) {
                int s = start - left;
                int e = end + right;
                if (left + right == 0 || s < Math.max(0, from) || e > simplified.length()) {
                    continue;
                }
                if (properName(simplified.substring(s, e))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean properName(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (var nature : a.nature) {
            String n = nature.toString();
            if (n.startsWith("ns") || n.startsWith("nr")) {
                return true;
            }
        }
        return false;
    }
}
