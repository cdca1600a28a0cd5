package org.eventline.graph;

import org.eventline.model.Extraction;
import org.neo4j.driver.Session;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two other ways of writing the loader's rows, measured against it by {@code eventline bench}: a bare
 * UNWIND script (one statement per node kind and one per relationship type, each finding its nodes by
 * key, batches of the same size, no change detection, alias upkeep, confidence or run links) and one
 * transaction per row (the naive way). Both write the same nodes and relationships as the loader does on
 * an empty graph. The bare script takes the loader's way to the database ({@link Graph#writes()}): as the
 * floor, it must differ from the loader in its statements alone. The naive way is a client's that writes
 * row by row through the driver, over Bolt, as an application without eventline's loader would.
 */
public final class LoadBaselines {

    private static final String ARTICLES = """
            UNWIND $rows AS row
            MERGE (a:Article {id: row.props.id})
            SET a = row.props
            """;

    private static final String ACTORS = """
            UNWIND $rows AS row
            MERGE (x:Actor {key: row.key})
            ON CREATE SET x.name = row.name, x.type = row.type, x.wikidata = row.wikidata, x.aliases = row.aliases
            WITH x, row
            UNWIND row.mentions AS m
            MATCH (a:Article {id: m.article})
            CREATE (x)-[:MENTIONED_IN {texts: m.texts, starts: m.starts, ends: m.ends}]->(a)
            """;

    private static final String PLACES = """
            UNWIND $rows AS row
            MERGE (x:Place {key: row.key})
            ON CREATE SET x.name = row.name, x.wikidata = row.wikidata, x.aliases = row.aliases
            WITH x, row
            UNWIND row.mentions AS m
            MATCH (a:Article {id: m.article})
            CREATE (x)-[:MENTIONED_IN {texts: m.texts, starts: m.starts, ends: m.ends}]->(a)
            """;

    private static final String CLAIMS = """
            UNWIND $rows AS row
            MERGE (c:Claim {key: row.key})
            ON CREATE SET c += row.props
            """;

    private static final String EVENTS = """
            UNWIND $rows AS row
            MERGE (e:Event {key: row.key})
            ON CREATE SET e += row.props
            """;

    // Links and reports each in a statement of its own, finding the fact by its key again: the plain way.
    private static final String HOLDS = """
            UNWIND $rows AS row
            MATCH (c:Claim {key: row.fact}), (x:Actor {key: row.to})
            MERGE (x)-[:HOLDS]->(c)
            """;

    private static final String BENEFITS = """
            UNWIND $rows AS row
            MATCH (c:Claim {key: row.fact}), (x:Actor {key: row.to})
            MERGE (c)-[:BENEFITS]->(x)
            """;

    private static final String CONCERNS = """
            UNWIND $rows AS row
            MATCH (c:Claim {key: row.fact}), (p:Place {key: row.to})
            MERGE (c)-[:CONCERNS]->(p)
            """;

    private static final String PARTICIPATED_IN = """
            UNWIND $rows AS row
            MATCH (e:Event {key: row.fact}), (x:Actor {key: row.to})
            MERGE (x)-[:PARTICIPATED_IN]->(e)
            """;

    private static final String LOCATED_IN = """
            UNWIND $rows AS row
            MATCH (e:Event {key: row.fact}), (p:Place {key: row.to})
            MERGE (e)-[:LOCATED_IN]->(p)
            """;

    private static final String CLAIM_REPORTS = """
            UNWIND $rows AS r
            MATCH (c:Claim {key: r.fact}), (a:Article {id: r.article})
            CREATE (c)-[:REPORTED_IN {evidence: r.evidence, start: r.start, end: r.end,
                                      confidence: r.confidence, condition: r.condition}]->(a)
            """;

    private static final String EVENT_REPORTS = """
            UNWIND $rows AS r
            MATCH (e:Event {key: r.fact}), (a:Article {id: r.article})
            CREATE (e)-[:REPORTED_IN {evidence: r.evidence, start: r.start, end: r.end, confidence: r.confidence}]->(a)
            """;

    // Relationships first, a bounded number per transaction: deleting nodes with DETACH puts all their
    // relationships in one transaction, and a batch of nodes holding the actors most articles mention
    // carries a large share of the graph's relationships (hundreds of MB of transaction state at 10,000
    // articles, beyond Neo4j's transaction memory limit).
    private static final String CLEAR_RELATIONSHIPS = "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS";
    private static final String CLEAR_NODES = "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS";

    private LoadBaselines() {
    }

    /** The rows a set of extractions stands for: nodes merged plus relationships created. */
    public static int rows(List<Extraction> extractions) {
        return new Rows(extractions, Set.of(), ZonedDateTime.now()).rowCount();
    }

    /** Writes the extractions with the bare UNWIND script, {@code batchSize} articles per transaction. */
    public static void bareUnwind(Graph graph, List<Extraction> extractions, int batchSize) {
        for (int from = 0; from < extractions.size(); from += batchSize) {
            Rows rows = new Rows(extractions.subList(from, Math.min(extractions.size(), from + batchSize)), Set.of(),
                    ZonedDateTime.now());
            graph.writes().write(tx -> write(tx, rows));
        }
    }

    /**
     * Writes the extractions the naive way: every node with its own mentions or reports, and every
     * link, in a transaction of its own.
     *
     * @return the number of transactions
     */
    public static int perRow(Graph graph, List<Extraction> extractions) {
        int transactions = 0;
        Writes overBolt = Writes.overBolt(graph);
        for (Extraction e : extractions) {
            Rows rows = new Rows(List.of(e), Set.of(), ZonedDateTime.now());
            List<Runnable> writes = new ArrayList<>();
            each(overBolt, writes, ARTICLES, rows.articles);
            each(overBolt, writes, ACTORS, rows.actors());
            each(overBolt, writes, PLACES, rows.places());
            each(overBolt, writes, CLAIMS, rows.claims());
            each(overBolt, writes, HOLDS, rows.links("HOLDS"));
            each(overBolt, writes, BENEFITS, rows.links("BENEFITS"));
            each(overBolt, writes, CONCERNS, rows.links("CONCERNS"));
            each(overBolt, writes, CLAIM_REPORTS, rows.claimReports());
            each(overBolt, writes, EVENTS, rows.events());
            each(overBolt, writes, PARTICIPATED_IN, rows.links("PARTICIPATED_IN"));
            each(overBolt, writes, LOCATED_IN, rows.links("LOCATED_IN"));
            each(overBolt, writes, EVENT_REPORTS, rows.eventReports());
            writes.forEach(Runnable::run);
            transactions += writes.size();
        }
        return transactions;
    }

    private static void each(Writes way, List<Runnable> writes, String statement, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            writes.add(() -> way.write(tx -> tx.run(statement, Map.of("rows", List.of(row)))));
        }
    }

    private static Void write(WriteTransaction tx, Rows rows) {
        Loader.Counter counter = new Loader.Counter();
        Loader.run(counter, tx, ARTICLES, rows.articles);
        Loader.run(counter, tx, ACTORS, rows.actors());
        Loader.run(counter, tx, PLACES, rows.places());
        Loader.run(counter, tx, CLAIMS, rows.claims());
        Loader.run(counter, tx, HOLDS, rows.links("HOLDS"));
        Loader.run(counter, tx, BENEFITS, rows.links("BENEFITS"));
        Loader.run(counter, tx, CONCERNS, rows.links("CONCERNS"));
        Loader.run(counter, tx, CLAIM_REPORTS, rows.claimReports());
        Loader.run(counter, tx, EVENTS, rows.events());
        Loader.run(counter, tx, PARTICIPATED_IN, rows.links("PARTICIPATED_IN"));
        Loader.run(counter, tx, LOCATED_IN, rows.links("LOCATED_IN"));
        Loader.run(counter, tx, EVENT_REPORTS, rows.eventReports());
        return null;
    }

    /** Deletes every node and relationship, in transactions of bounded size whatever the graph's shape. */
    public static void clear(Graph graph) {
        try (Session s = graph.session()) {
            s.run(CLEAR_RELATIONSHIPS).consume();
            s.run(CLEAR_NODES).consume();
        }
    }

    /** Nodes and relationships in the graph. */
    public static long[] size(Graph graph) {
        return graph.read(tx -> {
            long nodes = tx.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
            long rels = tx.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
            return new long[] {nodes, rels};
        });
    }
}
