package org.eventline.graph;

import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.List;

/** Applies {@code cypher/schema.cypher}: every statement is idempotent (IF NOT EXISTS). */
public final class Schema {

    private Schema() {
    }

    public static void apply(Graph graph) {
        try (Session s = graph.session()) {
            for (String statement : statements(Graph.cypherResource("schema.cypher"))) {
                s.run(statement).consume();
            }
            s.run("CALL db.awaitIndexes(120)").consume();
        }
    }

    /** Statements of a Cypher script: split at semicolons ending a line, comment lines dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("//") || t.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String stmt = current.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
