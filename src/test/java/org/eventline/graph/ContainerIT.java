package org.eventline.graph;

import org.eventline.extract.Extracting;
import org.eventline.model.Article;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The loader against a Neo4j server in Docker, like docker-compose.yml; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("eventline-test");

    @Test
    void loadsAndSkipsUnchangedOnAnExternalServer() {
        GraphTarget target = new GraphTarget(NEO4J.getBoltUrl(), "neo4j", "eventline-test", "neo4j", null, true, 0, -1);
        try (Graph graph = Graph.open(target)) {
            Loader loader = new Loader(graph);
            var e = Extracting.EXTRACTOR.extract(new Article("sample:c", null, "t", "2025-12-15", null, null, null,
                    "美方官員今天表示，美國不會派地面部隊。", "h"));
            assertEquals(1, loader.load(List.of(e)).added());
            assertEquals(1, loader.load(List.of(e)).unchanged());
            assertEquals(1L, graph.query("MATCH (a:Article) RETURN count(a) AS n", Map.of()).get(0).get("n"));
        }
    }
}
