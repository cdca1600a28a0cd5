package org.eventline.graph;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphIT {

    @Test
    void schemaIsAppliedAndIdempotent() {
        Graph graph = TestGraph.get();
        Schema.apply(graph);
        List<Map<String, Object>> constraints = graph.query("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name", Map.of());
        assertTrue(constraints.stream().map(r -> r.get("name")).toList()
                .containsAll(List.of("actor_key", "article_id", "claim_key", "event_key", "place_key")));
    }

    @Test
    void queriesAreReadOnly() {
        Graph graph = TestGraph.get();
        assertThrows(IllegalArgumentException.class, () -> graph.query("CREATE (:Hack)", Map.of()));
        assertEquals(0L, graph.query("MATCH (h:Hack) RETURN count(h) AS n", Map.of()).get(0).get("n"));
    }

    @Test
    void generatedPasswordIsOwnerOnly() throws Exception {
        var file = Graph.passwordFile(TestGraph.store());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
        assertThrows(GraphUnavailableException.class, () -> Graph.open(new GraphTarget(
                TestGraph.get().boltUri(), "neo4j", "wrong-password", "neo4j", null, true, 0, -1)));
    }

    @Test
    void unreachableServerIsReportedAsUnavailable() {
        int port = EmbeddedServer.freePortForTests();
        GraphUnavailableException e = assertThrows(GraphUnavailableException.class, () -> Graph.open(new GraphTarget(
                "bolt://127.0.0.1:" + port, "neo4j", "x", "neo4j", null, true, 0, -1)));
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }
}
