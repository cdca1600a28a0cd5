package org.eventline.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmenterTest {

    @Test
    void chineseNamesAreRomanisedSurnameFirst() {
        assertEquals("Tian Mingru", Segmenter.romanize("田明如"));
        assertEquals("Wang Yi", Segmenter.romanize("王毅"));
    }

    @Test
    void aWindowAfterATitleStartsWithAPersonsName() {
        assertEquals(2, Segmenter.personAt("王毅表示，中方支持"));
        assertEquals(0, Segmenter.personAt("表示中方支持和谈"));
    }

    @Test
    void dictionaryTellsWordsFromNames() {
        assertEquals(true, Words.isWord("办法"));
        assertEquals(false, Words.isWord("俄乌"));
    }
}
