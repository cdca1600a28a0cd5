package org.eventline.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptsTest {

    @Test
    void normalisedCopyIsSimplifiedAndKeepsEveryOffset() {
        String text = "烏克蘭總統澤倫斯基說，北約（ＮＡＴＯ）與Ｇ７";
        String norm = Scripts.normalize(text, true);
        assertEquals(text.length(), norm.length());
        assertEquals("乌克兰总统泽伦斯基说，北约（NATO）与G7", norm);
    }

    @Test
    void typographicApostrophesReadAsPlainOnes() {
        assertEquals("Russia's central bank", Scripts.normalize("Russia’s central bank", false));
    }

    @Test
    void chineseNamesInAnEnglishTextAreSimplifiedToo() {
        assertEquals("citing 纽约时报", Scripts.normalize("citing 紐約時報", false));
    }
}
