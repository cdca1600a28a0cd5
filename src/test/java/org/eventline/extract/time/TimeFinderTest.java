package org.eventline.extract.time;

import org.eventline.extract.Lexicon;
import org.eventline.model.TimeType;
import org.eventline.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.eventline.extract.Extracting.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time finder inside the extractor, its vocabulary file and its building blocks. */
class TimeFinderTest {

    @ParameterizedTest(name = "{2} on {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            美方官員今天表示             | 2025-12-15 | 今天           | 2025-12-15
            G7峰會昨天傳出               | 2022-06-28 | 昨天           | 2022-06-27
            經14、15日兩天會談           | 2025-12-15 | 14、15日       | 2025-12-14/2025-12-15
            華府目標是在年底前完成        | 2025-12-15 | 年底前         | 2025-12-31
            a deal to be in place by Christmas | 2025-12-13 | Christmas | 2025-12-25
            On Friday, governments agreed | 2025-12-13 | Friday        | 2025-12-12
            """)
    void extractorResolvesAgainstThePublicationDate(String text, String published, String expression, String value) {
        List<Timex> times = extract(text, published).times();
        assertTrue(times.stream().anyMatch(t -> t.text().equals(expression) && t.value().equals(value)),
                () -> expression + " → " + value + " not in " + times);
    }

    @Test
    void offsetsPointIntoTheOriginalTraditionalText() {
        String text = "據報導，雙方於上週五晚間在柏林會晤，並將於下週再談。";
        List<Timex> times = Times.find(text, "2025-12-15");
        assertEquals(List.of("上週五晚間", "下週"), times.stream().map(Timex::text).toList());
        for (Timex t : times) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals("2025-12-12TEV", times.get(0).value());
        assertEquals(TimeType.DATE, times.get(1).type());
    }

    @Test
    void typesDurationsAndSets() {
        List<Timex> times = Times.find("會談長達8小時，雙方每週一通話。", "2025-12-15");
        assertEquals(TimeType.DURATION, times.get(0).type());
        assertEquals(TimeType.SET, times.get(1).type());
    }

    @Test
    void withoutPublicationDateKeepsOnlyWhatTheTextFixes() {
        List<Timex> times = Times.find("On Friday, leaders met in Berlin; the invasion began on 24 February 2022.", null);
        assertEquals(List.of("24 February 2022"), times.stream().map(Timex::text).toList());
        assertEquals("2022-02-24", times.get(0).value());
    }

    @Test
    void fullWidthDigitsAreRead() {
        List<Timex> times = Times.find("雙方於２０２５年１２月１５日簽署協議", "2025-12-20");
        assertEquals("２０２５年１２月１５日", times.get(0).text());
        assertEquals("2025-12-15", times.get(0).value());
    }

    @Test
    void usersExtendTheVocabulary(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("times.tsv"), "holiday\tNowruz\t03-21\nvague\t眼下\tPRESENT_REF\n",
                StandardCharsets.UTF_8);
        TimeFinder finder = new TimeFinder(Lexicon.load(List.of(dir)));
        String english = "Talks will resume after Nowruz.";
        List<Timex> en = finder.find(english, english, "en", LocalDate.of(2025, 12, 13), List.of());
        assertEquals("2026-03-21", en.get(0).value());
        String chinese = "眼下雙方仍在談判";
        List<Timex> zh = finder.find(chinese, chinese, "zh-Hant", LocalDate.of(2025, 12, 13), List.of());
        assertEquals("PRESENT_REF", zh.get(0).value());
        assertEquals("眼下", zh.get(0).text());
    }

    @Test
    void aBadVocabularyLineNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("times.tsv"), "# mine\nweekdays\tFriday\t5\n", StandardCharsets.UTF_8);
        Lexicon lexicon = Lexicon.load(List.of(dir));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimeFinder(lexicon));
        assertTrue(e.getMessage().contains("times.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("weekdays"), e.getMessage());
    }

    @Test
    void aTimeInsideALongerNameIsNone() {
        String text = "The Good Friday Agreement was signed.";
        String named = "The Friday Club met.";
        assertTrue(Times.find(text, "2025-12-13").isEmpty());
        List<Timex> inName = Times.FINDER.find(named, named, "en", LocalDate.of(2025, 12, 13),
                List.of(new org.eventline.text.Span(4, 15)));
        assertTrue(inName.isEmpty(), inName::toString);
    }

    @ParameterizedTest
    @CsvSource({"十五,15", "兩,2", "二十,20", "一百二十,120", "90,90", "三十一,31", "百,100", "一萬二千,12000", "十,10"})
    void chineseNumbers(String text, int value) {
        assertEquals(value, ChineseNumbers.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"二〇二五,2025", "二零零三,2003", "九八,98", "零七,7"})
    void chineseDigitByDigit(String text, int value) {
        assertEquals(value, ChineseNumbers.digits(text));
    }

    @Test
    void roughCountsAndNonNumbers() {
        assertTrue(ChineseNumbers.isRough("兩三"));
        assertTrue(ChineseNumbers.isRough("七八"));
        assertTrue(!ChineseNumbers.isRough("三三"));
        assertNull(ChineseNumbers.parse("月"));
        assertNull(ChineseNumbers.digits("十五"));
    }

    @ParameterizedTest
    @CsvSource({"12-25,2025,2025-12-25", "11-4-4,2025,2025-11-27", "05-2-7,2021,2021-05-09", "05-L-1,2025,2025-05-26",
            "EASTER,2024,2024-03-31", "ORTHODOX_EASTER,2024,2024-05-05", "EASTER,2025,2025-04-20",
            "ORTHODOX_EASTER,2025,2025-04-20", "ORTHODOX_EASTER,2023,2023-04-16"})
    void holidays(String rule, int year, String date) {
        assertEquals(LocalDate.parse(date), Values.holiday(rule, year));
    }

    @ParameterizedTest
    @CsvSource({"2,Y,P2Y", "8,TH,PT8H", "X,W,PXW", "3,10Y,P30Y", "X,10Y,PXDE", "1.5,Y,P1.5Y"})
    void durations(String count, String unit, String value) {
        assertEquals(value, Values.duration(count, unit));
    }

    @Test
    void weeksOfMonthAndYear() {
        assertEquals("2021-W24", Values.weekOfMonth(java.time.YearMonth.of(2021, 6), 2));
        assertNull(Values.weekOfMonth(java.time.YearMonth.of(2021, 6), 5));
        assertEquals("2020-W53", Values.isoWeek(2020, 53));
        assertNull(Values.isoWeek(2021, 53));
    }

    @Test
    void aRangeTakesWhatItsSecondDateLeavesOut() {
        Point first = new Point(2017, 8, 11, true, true);
        assertEquals("2017-08-22", new Point(2025, 12, 22, false, false).after(first).value());
        assertEquals("2018-01", Point.month(2025, 1, false).after(Point.month(2017, 12, true)).value());
    }
}
