package org.eventline.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeValueTest {

    private static void range(String value, String start, String end, String precision) {
        TimeValue t = TimeValue.parse(value).orElseThrow();
        assertEquals(LocalDate.parse(start), t.start(), value);
        assertEquals(LocalDate.parse(end), t.end(), value);
        assertEquals(precision, t.precision(), value);
    }

    @Test
    void valuesBecomeDayRangesWithTheirPrecision() {
        range("2025-12-15", "2025-12-15", "2025-12-15", "day");
        range("2025-08", "2025-08-01", "2025-08-31", "month");
        range("2025", "2025-01-01", "2025-12-31", "year");
        range("2025-W50", "2025-12-08", "2025-12-14", "week");
        range("2025-W50-WE", "2025-12-13", "2025-12-14", "week");
        range("2025-Q3", "2025-07-01", "2025-09-30", "quarter");
        range("2025-H1", "2025-01-01", "2025-06-30", "half");
        range("2025-12-14/2025-12-15", "2025-12-14", "2025-12-15", "interval");
        range("199", "1990-01-01", "1999-12-31", "decade");
    }

    @Test
    void durationsVagueAndBrokenValuesHaveNoRange() {
        for (String v : new String[] {"P2D", "PT8H", "PAST_REF", "FUTURE_REF", "2025-13", "2025-12-15/2025-12-01", "", null}) {
            assertTrue(TimeValue.parse(v).isEmpty(), String.valueOf(v));
        }
    }
}
