package org.eventline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.model.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench on a small corpus, in batches that do not divide it: every phase writes the same graph. */
class BenchIT {

    @Test
    void everyPhaseWritesTheWholeCorpusAndTheFiguresAgree() throws Exception {
        Cli bench = Cli.run("bench", "--articles", "10", "--batch-size", "4", "--per-row-seconds", "0.001",
                "--format", "json");
        assertEquals(0, bench.code(), bench.err());
        JsonNode f = Json.MAPPER.readTree(bench.out());
        assertEquals(10, f.get("articles").asInt());
        assertTrue(f.get("nodes").asLong() > 10 && f.get("rows").asLong() > f.get("nodes").asLong(), f.toString());
        // The loader and the bare script write the same relationships on an empty graph.
        assertEquals(f.get("relationships").asLong(), f.get("bare_unwind_relationships").asLong(), f.toString());
        assertTrue(f.get("claims_found").asInt() > 0 && f.get("actor_mentions").asInt() > 0, f.toString());
        // Out of time after its first article, the per-row baseline says it extrapolated the rest.
        assertEquals(1, f.get("per_row_sampled_articles").asInt(), f.toString());
        assertEquals(true, f.get("per_row_extrapolated").asBoolean(), f.toString());
        assertTrue(f.get("peak_rss_mb").asLong() > 0, f.toString());
    }
}
