package org.eventline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.graph.EmbeddedServer;
import org.eventline.graph.TestGraph;
import org.eventline.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph commands against the test server: it serves its store, so the commands connect over Bolt. */
class CommandsIT {

    private static String store;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() {
        TestGraph.get().announce();
        store = TestGraph.store().toString();
    }

    @BeforeEach
    void clean() {
        TestGraph.clean();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void ingestTwiceLeavesTheGraphAsItWas() throws Exception {
        Path a = write("a.txt", "美方提出安全保障方案\n\n美方官員今天表示，美國不會派地面部隊進駐烏克蘭。澤倫斯基表示，烏克蘭拒絕割讓領土。");
        Cli first = Cli.run("ingest", "--store", store, "--published", "2025-12-15", a.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("1 new, 0 unchanged, 0 replaced, 0 failed"), first.out());
        String count = "MATCH (c:Claim) RETURN count(c) AS claims";
        JsonNode before = Json.MAPPER.readTree(Cli.run("query", "--store", store, "--format", "json", count).out());
        Cli second = Cli.run("ingest", "--store", store, "--published", "2025-12-15", a.toString());
        assertTrue(second.out().contains("0 new, 1 unchanged, 0 replaced, 0 failed"), second.out());
        JsonNode after = Json.MAPPER.readTree(Cli.run("query", "--store", store, "--format", "json", count).out());
        assertEquals(before, after);
        assertTrue(after.get(0).get("claims").asInt() >= 2, after.toString());
    }

    @Test
    void aBadInputFailsAloneAndTheRestIsLoaded() throws Exception {
        Path good = write("good.txt", "Zelensky said Ukraine refuses to cede territory in the Donbas.");
        Path empty = write("empty.txt", "");
        Cli r = Cli.run("ingest", "--store", store, "--published", "2025-12-13", good.toString(), empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(empty + ": empty input"), r.err());
        assertTrue(r.out().contains("1 new"), r.out());
        Cli q = Cli.run("query", "--store", store, "--format", "csv", "MATCH (a:Article) RETURN count(a) AS n");
        assertEquals("\"n\"\r\n\"1\"\r\n", q.out());
    }

    @Test
    void exportTimelineJsFiltersByActorInAnyScript() throws Exception {
        Path a = write("a.txt", "澤倫斯基表示，烏克蘭拒絕割讓頓巴斯的領土。美方官員今天表示，美國不會派地面部隊。");
        assertEquals(0, Cli.run("ingest", "--store", store, "--published", "2025-12-15", a.toString()).code());
        for (String name : new String[] {"Zelensky", "澤倫斯基", "泽连斯基"}) {
            Cli r = Cli.run("export", "--store", store, "--format", "timelinejs", "--actor", name);
            assertEquals(0, r.code(), r.err());
            JsonNode events = Json.MAPPER.readTree(r.out()).get("events");
            assertEquals(1, events.size(), name + ": " + r.out());
            assertEquals("Volodymyr Zelenskyy", events.get(0).get("group").asText());
            assertEquals(2025, events.get(0).at("/start_date/year").asInt());
        }
    }

    @Test
    void queryRefusesWrites() {
        Cli r = Cli.run("query", "--store", store, "CREATE (:X) RETURN 1");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("eventline: query failed"), r.err());
    }

    @Test
    void anUnreachableDatabaseExitsWithThree() {
        Cli r = Cli.run("query", "--uri", "bolt://127.0.0.1:" + EmbeddedServer.freePortForTests(), "RETURN 1");
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("eventline: cannot connect to Neo4j"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace");
    }
}
