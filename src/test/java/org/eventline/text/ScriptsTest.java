package org.eventline.text;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    @Test
    void convertsAsHanLPDoesEveryEntryOfItsTableAloneAndInContext() throws IOException {
        String table;
        try (InputStream in = HanLP.class.getClassLoader().getResourceAsStream("data/dictionary/tc/t2s.txt")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> texts = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (String line : table.split("\n")) {
            String from = line.split("=", 2)[0];
            texts.add(from);
            // Phrases overlapping one another and the characters around them.
            texts.add("在" + from + "中");
            all.append(from);
        }
        texts.add(all.toString());
        StringBuilder everyChar = new StringBuilder();
        for (char c = 1; c < Character.MIN_SURROGATE; c++) {
            everyChar.append(c);
        }
        texts.add(everyChar.toString());
        texts.add("臺灣「國防部」說，烏克蘭總統澤倫斯基與美國總統川普15日在柏林會談；筆記簿型電腦、士多啤梨。");
        texts.add("Zelensky met 川普 in Berlin on Dec. 15, 2025: ＮＡＴＯ");
        Simplifier simplifier = Simplifier.get();
        for (String t : texts) {
            assertEquals(HanLP.convertToSimplifiedChinese(t), simplifier.convert(t), t);
        }
    }
}
