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
}
