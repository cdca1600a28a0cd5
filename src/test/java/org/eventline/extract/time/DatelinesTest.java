package org.eventline.extract.time;

import org.eventline.extract.Lexicon;
import org.eventline.text.AnalyzedText;
import org.eventline.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Wire datelines: where they stand, the day they were filed, and what only looks like one. */
class DatelinesTest {

    private static final Datelines DATELINES = new Datelines(TimeWords.from(Lexicon.bundled()));

    private static Dateline find(String text, String published) {
        String language = Language.detect(text);
        boolean chinese = Language.isChinese(language);
        AnalyzedText t = AnalyzedText.of(text, language);
        return DATELINES.find(Scan.matchable(chinese ? t.normalized() : t.text()), LocalDate.parse(published), chinese);
    }

    @ParameterizedTest(name = "{0} on {1}: filed {2}, ends after {3}")
    @CsvSource(delimiter = '|', textBlock = """
            （中央社記者田明如安克拉治15日專電）兩國元首今天會面       | 2025-08-16 | 2025-08-15 | 專電）
            新华社莫斯科12月3日电（记者王明）普京当天会见美国特使      | 2025-12-04 | 2025-12-03 | 日电
            中央社／ 柏林15日綜合外電報導                               | 2025-12-15 | 2025-12-15 | 報導
            KYIV, Dec 15 (Reuters) - Ukraine said on Monday             | 2025-12-16 | 2025-12-15 | (Reuters) -
            WASHINGTON, Nov. 28 — The White House said                 | 2025-11-28 | 2025-11-28 | 28 —
            BERLIN, December 14, 2025 (dpa) - Talks went on             | 2025-12-15 | 2025-12-14 | (dpa) -
            """)
    void datelinesAndTheirDay(String text, String published, String filed, String endsAfter) {
        text = text.strip();
        Dateline d = find(text, published);
        assertNotNull(d, text);
        assertEquals(LocalDate.parse(filed), d.filed());
        assertEquals(0, d.start());
        assertEquals(text.indexOf(endsAfter) + endsAfter.length(), d.end(), text.substring(0, d.end()));
    }

    @Test
    void aDatelineOnTheLineAfterTheHeadlineStartsThatLine() {
        String text = "普京會見美國特使\n（中央社記者田明如莫斯科3日專電）俄方表示";
        Dateline d = find(text, "2025-12-03");
        assertNotNull(d);
        assertEquals(text.indexOf('（'), d.start());
    }

    @Test
    void aDispatchDatedDaysBeforeThePageLeavesThePageDateToDecide() {
        Dateline d = find("（中央社記者王大明台北12日電）雙方今天會面", "2025-12-16");
        assertNotNull(d, "still a dateline: its names take part in nothing the story tells");
        assertNull(d.filed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            據法新社15日報導，烏克蘭今天宣布停火
            川普15日電話普丁，雙方談了兩小時
            Ukraine said on Dec 15 that it would not cede land
            The talks on Dec. 15 - the third round - ended
            """)
    void whatOnlyLooksLikeADateline(String text) {
        assertNull(find(text, "2025-12-16"), text);
    }

    @Test
    void theDatelineDayIsWhereRelativeDaysStart() {
        Times.assertFound("2025-12-04", "新华社莫斯科12月3日电 两国代表今天会谈", "今天", "2025-12-03");
        Times.assertFound("2025-12-16", "KYIV, Dec 15 (Reuters) - Ukraine said today it would talk", "today", "2025-12-15");
    }
}
