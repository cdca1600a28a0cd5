package org.eventline.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @Test
    void tellsTraditionalFromSimplifiedAndEnglish() {
        assertEquals("zh-Hant", Language.detect("烏克蘭總統澤倫斯基表示，任何領土讓步都必須經過公投。"));
        assertEquals("zh-Hans", Language.detect("乌克兰总统泽连斯基表示，任何领土让步都必须经过公投。"));
        assertEquals("en", Language.detect("Zelensky said any territorial concession needs a referendum (公投)."));
    }

    @Test
    void simplifiedKeepsLengthAndNonChinese() {
        String t = "澤倫斯基（Volodymyr Zelenskyy）說";
        String s = Scripts.toSimplified(t);
        assertEquals(t.length(), s.length());
        assertEquals("泽伦斯基（Volodymyr Zelenskyy）说", s);
    }
}
