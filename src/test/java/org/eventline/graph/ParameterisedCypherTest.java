package org.eventline.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every Cypher statement of the application is a constant with parameters; nothing is built from strings. */
class ParameterisedCypherTest {

    /**
     * The one place a query is not the application's own, with the reason it is safe: the query command
     * runs the user's query, read-only (a read transaction refuses writes: CommandsIT#queryRefusesWrites).
     */
    private static final Map<String, String> USER_QUERIES = Map.of("org.eventline.cli.QueryCommand",
            "the query command runs the user's own query in a read transaction");

    private static final String CLASS_PATH = System.getProperty("java.class.path");

    @Test
    void everyQueryOfTheApplicationIsAConstant() throws Exception {
        List<CypherScan.Finding> findings = CypherScan.scan(CypherScan.javaFiles(Path.of("src/main/java")), CLASS_PATH);
        List<CypherScan.Finding> unexpected = findings.stream()
                .filter(f -> !USER_QUERIES.containsKey(f.origin().className())).toList();
        assertEquals(List.of(), unexpected, "Cypher built from strings: make it a constant with parameters");
        assertEquals(USER_QUERIES.keySet(), findings.stream().map(f -> f.origin().className()).collect(Collectors.toSet()),
                "the user's query reaches Neo4j from the query command only: " + findings);
    }

    @Test
    void theScanFindsQueriesBuiltFromStrings(@TempDir Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("Bad.java"), """
                import java.util.Map;
import java.util.stream.Collectors;
                import org.neo4j.driver.Query;
                import org.neo4j.driver.Session;
                import org.neo4j.driver.TransactionContext;

                class Bad {
                    static final String OK = "MATCH (n {name: $name}) RETURN n";
                    static String mutable = "MATCH (n) RETURN n";

                    void concatenated(Session s, String name) { s.run("MATCH (n {name: '" + name + "'}) RETURN n"); }
                    void formatted(Session s, String label) { s.run(String.format("MATCH (n:%s) RETURN n", label)); }
                    void textBlock(Session s, String label) { s.run(\"""
                            MATCH (n:%s) RETURN n
                            \""".formatted(label)); }
                    void local(Session s, String name) { String q = "MATCH (n) WHERE n.name = '" + name + "'"; s.run(q); }
                    void appended(Session s, String name) { String q = OK; q += " AND " + name; s.run(q); }
                    void replaced(Session s, String label) { s.run(OK.replace("(n ", "(n:" + label + " ")); }
                    void viaCaller(Session s) { helper(s, System.getenv("QUERY")); }
                    void helper(Session s, String q) { s.run(q, Map.of()); }
                    void builder(TransactionContext tx, StringBuilder sb) { tx.run(sb.toString()); }
                    void query(Session s, String name) { s.run(new Query("MATCH (n) WHERE n.name = '" + name + "'")); }
                    void field(Session s) { s.run(mutable); }

                    void fine(Session s, String name) {
                        s.run(OK, Map.of("name", name));
                        helper(s, OK);
                        String q = OK + " LIMIT 1";
                        s.run(q, Map.of("name", name));
                        for (String statement : java.util.List.of(OK, "RETURN 1")) {
                            s.run(statement);
                        }
                        org.eventline.graph.WriteTransaction tx = (statement, parameters) -> {
                            s.run(statement, parameters);
                            return null;
                        };
                        tx.run(OK, Map.of("name", name));
                    }

                    void writeTransaction(org.eventline.graph.WriteTransaction tx, String name) {
                        tx.run("MATCH (n {name: '" + name + "'}) RETURN n", Map.of());
                    }
                }
                """);
        List<CypherScan.Finding> findings = CypherScan.scan(List.of(source), CLASS_PATH);
        assertEquals(List.of("Bad.java:11", "Bad.java:12", "Bad.java:13", "Bad.java:16", "Bad.java:17", "Bad.java:18",
                "Bad.java:20", "Bad.java:21", "Bad.java:22", "Bad.java:23", "Bad.java:41"),
                findings.stream().map(CypherScan.Finding::sink).toList(), "each bad query, and only those: " + findings);
        assertEquals("System.getenv(\"QUERY\")", findings.get(6).origin().expression(), "traced through the caller");
    }
}
