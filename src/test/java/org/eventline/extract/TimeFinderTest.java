package org.eventline.extract;

import org.eventline.model.Timex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.eventline.extract.Extracting.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeFinderTest {

    @ParameterizedTest(name = "{0} on {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            美方官員今天表示             | 2025-12-15 | 今天          | 2025-12-15
            G7峰會昨天傳出               | 2022-06-28 | 昨天          | 2022-06-27
            經14、15日兩天會談           | 2025-12-15 | 14、15日      | 2025-12-14/2025-12-15
            華府目標是在年底前完成        | 2025-12-15 | 年底前        | 2025-12-31
            川普曾於8月時說              | 2025-12-15 | 8月           | 2025-08
            長達8小時的會談              | 2025-12-15 | 8小時         | PT8H
            2025年12月15日在柏林         | 2026-01-02 | 2025年12月15日 | 2025-12-15
            柏林15日綜合外電報導          | 2025-12-15 | 15日          | 2025-12-15
            明年更預估只有2.8%           | 2022-06-28 | 明年          | 2023
            a deal to be in place by Christmas | 2025-12-13 | by Christmas | 2025-12-25
            will travel to Germany this weekend | 2025-12-13 | this weekend | 2025-12-13/2025-12-14
            On Friday, governments agreed | 2025-12-13 | On Friday | 2025-12-12
            an EU summit next week        | 2025-12-13 | next week    | 2025-W51
            invasion in February 2022     | 2025-12-13 | February 2022 | 2022-02
            as soon as January 2027       | 2025-12-13 | January 2027 | 2027-01
            """)
    void normalisesAgainstThePublicationDate(String text, String published, String expression, String value) {
        List<Timex> times = extract(text, published).times();
        assertTrue(times.stream().anyMatch(t -> t.text().equals(expression) && t.value().equals(value)),
                () -> expression + " → " + value + " not in " + times);
    }

    @ParameterizedTest
    @CsvSource({"十五,15", "兩,2", "二十,20", "一百二十,120", "90,90"})
    void chineseNumbers(String text, int value) {
        assertEquals(value, org.eventline.extract.time.ChineseNumbers.parse(text));
    }
}
