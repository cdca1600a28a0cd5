package org.eventline.timeline;

import org.eventline.graph.Graph;

/** The queries of {@code cypher/queries/}, bundled with the application: one copy for Browser users and the code. */
public final class Queries {

    private Queries() {
    }

    /** The query in {@code cypher/queries/NAME.cypher}, without its final semicolon (which the driver refuses). */
    public static String load(String name) {
        String text = Graph.cypherResource("queries/" + name + ".cypher").strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }
}
