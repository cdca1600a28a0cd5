package org.eventline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    @Test
    void jsonFollowsTheContract(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "美方提出安全保障方案\n\n美方官員今天表示，美國不會派地面部隊進駐烏克蘭。");
        Cli r = Cli.run("extract", "--published", "2025-12-15", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode n = Json.MAPPER.readTree(r.out());
        assertEquals(f.toString(), n.at("/document/source").asText());
        assertEquals("zh-Hant", n.at("/document/language").asText());
        assertTrue(n.at("/document/body").asText().contains("美國不會派地面部隊"));
        for (String field : new String[] {"actors", "places", "times", "claims", "events"}) {
            assertTrue(n.get(field).isArray(), field);
        }
        JsonNode claim = n.get("claims").get(0);
        for (String field : new String[] {"type", "holder", "stance", "negated", "beneficiaries", "territories", "date",
                "evidence", "start", "end", "confidence"}) {
            assertTrue(claim.has(field), field);
        }
        assertTrue(n.get("actors").get(0).has("mentions"));
    }

    @Test
    void jsonlKeepsInputOrderAndABadInputFailsAlone(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Zelensky said Ukraine would not cede territory in the Donbas.");
        Path b = Files.writeString(dir.resolve("b.txt"), "普丁要求烏克蘭割讓頓巴斯。");
        Path missing = dir.resolve("missing.txt");
        Cli r = Cli.run("extract", "--format", "jsonl", a.toString(), missing.toString(), b.toString());
        assertEquals(1, r.code());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals(a.toString(), Json.MAPPER.readTree(lines[0]).at("/document/source").asText());
        assertEquals(b.toString(), Json.MAPPER.readTree(lines[1]).at("/document/source").asText());
        assertEquals("eventline: " + missing + ": no such file", r.err().strip());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli r = Cli.run("extract", "--published", "15 Dec", "x.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--published expects a date as YYYY-MM-DD"), r.err());
        assertEquals(2, Cli.run("extract").code());
        assertEquals(2, Cli.run("no-such-command").code());
        assertFalse(Cli.run("extract", "--help").out().isBlank());
    }
}
