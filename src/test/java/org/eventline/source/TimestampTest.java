package org.eventline.source;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimestampTest {

    private static String parse(String s) {
        return Timestamp.parse(s).map(Timestamp::iso).orElse(null);
    }

    private static String find(String s) {
        return Timestamp.find(s).map(Timestamp::iso).orElse(null);
    }

    @Test
    void metadataForms() {
        assertEquals("2018-09-16T15:31:57+08:00", parse("2018-09-16T15:31:57+08:00"));
        assertEquals("2018-02-21T18:03", parse("2018-02-21T18:03:00"));
        assertEquals("2016-03-19T10:48", parse("2016/03/19 10:48"));
        assertEquals("2019-11-18T16:54:19Z", parse("2019-11-18T16:54:19.000Z"));
        assertEquals("2018-02-21T18:03:11Z", parse("Wed, 21 Feb 2018 18:03:11 GMT"));
        assertEquals("2025-12-15T09:30+08:00", parse("2025-12-15T09:30:00+0800"));
        assertEquals("2025-12-15", parse("20251215"));
        assertEquals("2025-12-15T01:30Z", parse("1765762200"));
        assertNull(parse("yesterday"));
        assertNull(parse("2025-13-40"));
    }

    @Test
    void datesInRunningText() {
        assertEquals("2019-03-18T23:59", find("2019年3月18日 23:59 聯合報"));
        assertEquals("2025-12-15T18:49", find("2025年12月15日 週一 下午6:49"));
        assertEquals("2016-03-19", find("中央社記者邱俊欽桃園傳真 105年3月19日"));
        assertEquals("2019-11-18T17:30-05:00", find("Published Nov. 18, 2019 5:30 PM EST"));
        assertEquals("2019-11-18T17:30-05:00", find("Updated 5:30 PM EST November 18, 2019"));
        assertEquals("2025-12-14", find("Published 14 December 2025"));
        assertEquals("2016-03-19T10:48", find("最新更新：2016/03/19 10:48"));
        assertEquals(Optional.empty(), Timestamp.find("美方官員今天表示"));
    }

    @Test
    void dateLinesHoldNothingButTheDate() {
        assertTrue(Timestamp.dateLine("2026/01/25 10:42"));
        assertTrue(Timestamp.dateLine("Updated 4:12 PM GMT+1, November 24, 2025"));
        assertTrue(Timestamp.dateLine("2025-12-15 20:31:07　来源：环球网　作者：张明"));
        assertTrue(Timestamp.dateLine("發布時間：2025/12/15 21:04"));
        assertTrue(Timestamp.dateLine("Published 14 December 2025"));
        assertFalse(Timestamp.dateLine("2025-12-16 14:22 記者張文華／台北報導"));
        assertFalse(Timestamp.dateLine("Ministers met on 14 December 2025 in Brussels"));
        assertFalse(Timestamp.dateLine("美方官員今天表示"));
    }
}
