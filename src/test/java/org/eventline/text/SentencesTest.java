package org.eventline.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void chineseSentencesEndAtFullStopsAndKeepTheirClosingQuote() {
        assertEquals(List.of("他說：「不會。」", "美方表示同意！", "是否可行？"),
                sentences("他說：「不會。」美方表示同意！是否可行？"));
    }

    @Test
    void englishAbbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("The U.S. envoy met Gen. Smith on Dec. 14 in Berlin.", "Anthony H. Cordesman said so."),
                sentences("The U.S. envoy met Gen. Smith on Dec. 14 in Berlin. Anthony H. Cordesman said so."));
    }

    @Test
    void headlinesOnTheirOwnLineAreSentences() {
        assertEquals(List.of("Talks end in Berlin", "The talks ended on Monday."),
                sentences("Talks end in Berlin\n\nThe talks ended on Monday."));
    }

    @Test
    void semicolonsSplitChineseClauses() {
        assertEquals(List.of("一、軍備競賽；", "二、經濟封鎖。"), sentences("一、軍備競賽；二、經濟封鎖。"));
    }
}
