package org.eventline.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class LoadBaselinesIT {

    /** Small enough that one transaction deleting the hub below with all its relationships goes beyond it. */
    private static final String TRANSACTION_LIMIT = "24m";

    private static final String HUB = "CREATE (:Actor {key: 'hub'})";

    private static final String SPOKES = """
            MATCH (hub:Actor {key: 'hub'})
            UNWIND range($from, $to) AS i
            CREATE (hub)-[:MENTIONED_IN {texts: ['hub'], starts: [i], ends: [i + 3]}]->(:Article {id: 'a' + i})
            """;

    /**
     * The bench clears the graph between its runs. An actor most articles mention has as many relationships
     * as there are articles: clearing must not put them all in one transaction, or a graph of a few thousand
     * articles goes beyond the server's transaction memory limit.
     */
    @Test
    void clearingAGraphWithADenseNodeStaysWithinTheTransactionMemoryLimit(@TempDir Path store) {
        EmbeddedServer server = EmbeddedServer.start(store, 0, -1, false,
                Map.of("db.memory.transaction.max", TRANSACTION_LIMIT));
        try (Graph graph = Graph.onServer(server)) {
            graph.write(tx -> tx.run(HUB).consume());
            int spokes = 30_000;
            for (int from = 0; from < spokes; from += 5_000) {
                Map<String, Object> range = Map.of("from", from, "to", from + 4_999);
                graph.write(tx -> tx.run(SPOKES, range).consume());
            }
            assertArrayEquals(new long[] {spokes + 1, spokes}, LoadBaselines.size(graph));
            LoadBaselines.clear(graph);
            assertArrayEquals(new long[] {0, 0}, LoadBaselines.size(graph));
        }
    }
}
