package org.eventline.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.model.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.eventline.timeline.Entries.DONBAS;
import static org.eventline.timeline.Entries.RUSSIA;
import static org.eventline.timeline.Entries.UKRAINE;
import static org.eventline.timeline.Entries.US;
import static org.eventline.timeline.Entries.ZELENSKYY;
import static org.eventline.timeline.Entries.claim;
import static org.eventline.timeline.Entries.event;
import static org.eventline.timeline.Entries.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExporterTest {

    private static final Source UDN = source("美國不會派地面部隊", "Talks, \"day 2\"", "https://x.example/a?b=1&c=2",
            "2025-12-15");
    private static final Source LOCAL = new Source("=HYPERLINK(\"http://evil\")", "<b>local</b>", null,
            "/data/news/a b.html", "2025-12-16", "/data/news/a b.html");
    private static final List<TimelineEntry> ENTRIES = List.of(
            claim("claim:1", "SECURITY_GUARANTEE", US, "REJECT", true, "2025-12-15", "2025-12-15", "2025-12-15", "day",
                    List.of(UKRAINE), List.of(), UDN),
            claim("claim:2", "TERRITORIAL_POSITION", ZELENSKYY, "OFFER", true, "2025-12", "2025-12-01", "2025-12-31",
                    "month", List.of(RUSSIA), List.of(DONBAS), LOCAL, UDN),
            event("event:3", "MEETING", "2025-12-14/2025-12-15", "2025-12-14", "2025-12-15", "interval",
                    List.of(US, UKRAINE), List.of(new Named("Q64", "Berlin")), UDN),
            event("event:4", "MEETING", "2025-W50", "2025-12-08", "2025-12-14", "week", List.of(US), List.of(), UDN),
            claim("claim:5", "SECURITY_GUARANTEE", US, "OFFER", false, "FUTURE_REF", null, null, "vague",
                    List.of(UKRAINE), List.of(), UDN));

    private static String export(Exporter e) {
        return export(e, ENTRIES);
    }

    private static String export(Exporter e, List<TimelineEntry> entries) {
        StringWriter w = new StringWriter();
        e.export(entries, w);
        return w.toString();
    }

    @Test
    void jsonFollowsItsSchemaAndKeepsPrecision() throws Exception {
        JsonNode root = Json.MAPPER.readTree(export(Exporter.JSON));
        assertEquals(List.of(), TimelineSchema.problems(root));
        JsonNode month = root.get("entries").get(1);
        assertEquals("2025-12", month.get("date").asText());
        assertEquals("month", month.get("precision").asText());
        assertEquals("2025-12-31", month.get("end").asText());
        assertEquals("Q3874799", month.at("/holder/key").asText());
        assertEquals("Donbas", month.at("/places/0/name").asText());
        assertEquals(2, month.get("sources").size());
        assertEquals(LOCAL.evidence(), month.get("evidence").asText(), "the earliest report's sentence");
        JsonNode undated = root.get("entries").get(4);
        assertEquals("FUTURE_REF", undated.get("date").asText(), "kept as extracted");
        assertEquals("vague", undated.get("precision").asText());
        assertTrue(undated.get("start").isNull(), "a vague reference is no day");
        JsonNode broken = Json.MAPPER.readTree(export(Exporter.JSON));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("entries").get(0)).remove("sources");
        assertFalse(TimelineSchema.problems(broken).isEmpty(), "the schema check can fail");
    }

    @Test
    void timelineJsIsStructurallyValidAndHonestAboutPrecision() throws Exception {
        JsonNode root = Json.MAPPER.readTree(export(Exporter.TIMELINEJS));
        assertEquals(List.of(), TimelineJsCheck.problems(root));
        JsonNode events = root.get("events");
        assertEquals(4, events.size(), "the undated entry cannot be placed");
        assertTrue(root.at("/title/text/text").asText().contains("1 undated"));
        assertEquals(15, events.get(0).at("/start_date/day").asInt());
        assertFalse(events.get(0).has("end_date"), "one day is no interval");
        JsonNode month = events.get(1);
        assertEquals(12, month.at("/start_date/month").asInt());
        assertFalse(month.get("start_date").has("day"), "a month is not its first day");
        assertFalse(month.has("end_date"));
        assertEquals("2025-12", month.get("display_date").asText());
        JsonNode interval = events.get(2);
        assertEquals(14, interval.at("/start_date/day").asInt());
        assertEquals(15, interval.at("/end_date/day").asInt());
        JsonNode week = events.get(3);
        assertEquals(8, week.at("/start_date/day").asInt());
        assertEquals(14, week.at("/end_date/day").asInt(), "a week spans its seven days");
        assertEquals("United States", events.get(0).get("group").asText());
        assertEquals("meeting", interval.get("group").asText());
        assertEquals("claim-1", events.get(0).get("unique_id").asText());
        assertTrue(events.get(1).at("/text/text").asText().contains("&lt;b&gt;local&lt;/b&gt;"), "titles escaped");
        assertTrue(events.get(1).at("/text/text").asText().contains("href=\"file:///data/news/a%20b.html\""));
    }

    @Test
    void csvHasBomHeaderQuotedCellsAndNoFormulas() {
        String csv = export(Exporter.CSV);
        assertTrue(csv.startsWith("\uFEFF\"date\",\"start\",\"end\",\"precision\""));
        String[] lines = csv.split("\r\n");
        assertEquals(ENTRIES.size() + 1, lines.length);
        assertTrue(lines[1].contains("\"美國不會派地面部隊\""));
        assertTrue(lines[1].contains("Talks, \"\"day 2\"\""), lines[1]);
        assertTrue(lines[1].contains("\"REJECT\""), lines[1]);
        assertTrue(lines[2].contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "a formula is defused: " + lines[2]);
        assertTrue(lines[2].startsWith("\"2025-12\",\"2025-12-01\",\"2025-12-31\",\"month\""), lines[2]);
        assertTrue(lines[2].contains("\"NOT OFFER\""), lines[2]);
        assertTrue(lines[5].startsWith("\"undated\",\"\",\"\",\"vague\""), lines[5]);
    }

    @Test
    void markdownGroupsByDateWithSourceLinks() {
        String md = export(Exporter.MARKDOWN);
        assertTrue(md.indexOf("## 2025-12-15\n") < md.indexOf("## 2025-12 (month)\n"), md);
        assertTrue(md.contains("## 2025-W50 (week)\n"), md);
        assertTrue(md.contains("## undated\n"), md);
        assertTrue(md.contains("(<https://x.example/a?b=1&c=2>)"), md);
        assertTrue(md.contains("(<file:///data/news/a%20b.html>)"), md);
        assertTrue(md.contains("United States REJECT security guarantee → Ukraine"), md);
        assertTrue(md.contains("\\<b\\>local\\</b\\>"), "markup in titles is escaped: " + md);
    }

    @Test
    void htmlIsOneSelfContainedPageWithLanesAndCards() {
        Document doc = Jsoup.parse(export(Exporter.HTML));
        assertTrue(doc.select("script[src], link, img, iframe").isEmpty(), "nothing is fetched");
        assertEquals(1, doc.select("style").size());
        assertFalse(doc.select("script").first().data().isBlank(), "the script is inlined");
        List<String> lanes = doc.select(".lane-head").eachText();
        assertEquals(List.of("United States", "Volodymyr Zelenskyy", HtmlPage.EVENTS_LANE), lanes);
        assertEquals(ENTRIES.size(), doc.select("article.card").size());
        Element local = doc.getElementById("claim-2");
        assertTrue(local.hasClass("stance-OFFER") && local.hasClass("negated"));
        assertEquals("NOT OFFER", local.selectFirst(".badge.stance").text());
        assertEquals("<b>local</b>", local.selectFirst(".sources a").text(), "escaped, shown as text");
        assertEquals("file:///data/news/a%20b.html", local.selectFirst(".sources a").attr("href"));
        assertEquals("1", local.attr("data-lane"));
        Element interval = doc.getElementById("event-3");
        assertEquals("2025-12-14", interval.attr("data-start"));
        assertEquals(ENTRIES.size(), doc.select(".date").size(), "five different dates, five rows");
        assertTrue(doc.select(".date").get(1).text().contains("month"), "a month says it is one");
    }

    @Test
    void headlinesSayWhoStandsHowOnWhat() {
        assertEquals("United States REJECT security guarantee → Ukraine", ENTRIES.get(0).headline());
        assertEquals("Volodymyr Zelenskyy NOT OFFER territorial position → Russia (Donbas)", ENTRIES.get(1).headline());
        assertEquals("meeting: United States, Ukraine (Berlin)", ENTRIES.get(2).headline());
        assertNull(ENTRIES.get(2).stanceLabel());
    }
}
