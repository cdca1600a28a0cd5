package org.eventline.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded Neo4j for all integration tests of a JVM (it takes seconds to start), on a temporary
 * store with free ports and authentication on, reached over Bolt with the real driver like any server.
 * Tests start from an empty graph with {@link #clean()}.
 */
public final class TestGraph {

    private static Graph graph;
    private static Path store;

    private TestGraph() {
    }

    public static synchronized Graph get() {
        if (graph == null) {
            try {
                store = Files.createTempDirectory("eventline-it-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            graph = Graph.open(GraphTarget.embedded(store));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> graph.close()));
        }
        return graph;
    }

    public static Path store() {
        get();
        return store;
    }

    public static Graph clean() {
        Graph g = get();
        try (var session = g.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume();
        }
        return g;
    }
}
