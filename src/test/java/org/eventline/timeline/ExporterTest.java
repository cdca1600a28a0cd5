package org.eventline.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.model.Json;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExporterTest {

    private static final Source SOURCE = new Source("美國不會派地面部隊", "Talks, \"day 2\"", "udn", "https://x.example/a",
            "2025-12-15", "https://x.example/a");
    private static final List<TimelineEntry> ENTRIES = List.of(
            new TimelineEntry("CLAIM", "claim:1", "SECURITY_GUARANTEE", "REJECT", true, "2025-12-15",
                    LocalDate.parse("2025-12-15"), LocalDate.parse("2025-12-15"), "day", "United States",
                    List.of("Ukraine"), List.of(), List.of(SOURCE)),
            new TimelineEntry("EVENT", "event:2", "MEETING", null, false, "2025-12",
                    LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-31"), "month", null,
                    List.of("United States", "Ukraine"), List.of("Berlin"), List.of(SOURCE)));

    private static String export(Exporter e) {
        StringWriter w = new StringWriter();
        e.export(ENTRIES, w);
        return w.toString();
    }

    @Test
    void timelineJsKeepsPrecisionHonest() throws Exception {
        JsonNode root = Json.MAPPER.readTree(export(Exporter.TIMELINEJS));
        JsonNode events = root.get("events");
        assertEquals(2, events.size());
        assertEquals(15, events.get(0).get("start_date").get("day").asInt());
        assertTrue(events.get(1).get("start_date").has("month"));
        assertFalse(events.get(1).get("start_date").has("day"), "a month is not its first day");
        for (JsonNode ev : events) {
            assertTrue(ev.get("text").has("headline"));
            assertTrue(ev.has("unique_id"));
            assertTrue(ev.has("group"));
        }
    }

    @Test
    void csvHasBomHeaderAndQuotedCells() {
        String csv = export(Exporter.CSV);
        assertTrue(csv.startsWith("\uFEFF\"date\",\"precision\""));
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].contains("\"美國不會派地面部隊\""));
        assertTrue(lines[1].contains("Talks, \"\"day 2\"\""), lines[1]);
    }

    @Test
    void markdownGroupsByDateWithSourceLinks() {
        String md = export(Exporter.MARKDOWN);
        assertTrue(md.contains("## 2025-12-15"));
        assertTrue(md.contains("## 2025-12\n"));
        assertTrue(md.contains("(https://x.example/a)"));
        assertTrue(md.contains("United States REJECT security guarantee → Ukraine"));
    }
}
