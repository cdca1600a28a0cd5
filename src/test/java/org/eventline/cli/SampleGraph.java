package org.eventline.cli;

import org.eventline.graph.TestGraph;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test graph holding the bundled samples, ingested the normal way (reader, extractor, loader) by demo. */
final class SampleGraph {

    private SampleGraph() {
    }

    /** Loads the samples into an empty test graph and returns its store, which the CLI reaches over Bolt. */
    static String load() {
        String store = TestGraph.store().toString();
        TestGraph.get().announce();
        List<Map<String, Object>> articles = TestGraph.get().query(
                "MATCH (a:Article) RETURN count(a) AS total, count(CASE WHEN a.id STARTS WITH 'sample:' THEN 1 END) AS samples",
                Map.of());
        if (articles.get(0).get("total").equals(4L) && articles.get(0).get("samples").equals(4L)) {
            return store;  // left by another test class: ingesting again would change nothing
        }
        TestGraph.clean();
        Cli demo = Cli.run("demo", "--no-serve", "--store", store);
        assertEquals(0, demo.code(), demo.err());
        return store;
    }
}
