package org.eventline.graph;

import org.eventline.model.Article;
import org.eventline.model.Extraction;
import org.neo4j.driver.Record;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes extractions into the graph: one write transaction per batch of articles ({@link Writes}: in
 * process on the embedded server, else over Bolt), rows sent with UNWIND, one row per node. An article
 * whose hash and extractor fingerprint the graph already holds is left alone; a changed one first loses
 * its own facts (its provenance links, and the claims, events, actors and places nothing else supports),
 * then gets the new ones, in the same transaction. See cypher/README.md for the model and the merge rules.
 */
public final class Loader {

    /** What one call to {@link #load} did. */
    public record Result(int added, int replaced, int unchanged, long nodesCreated, long nodesDeleted,
                         long relationshipsCreated, long relationshipsDeleted) {

        public static final Result EMPTY = new Result(0, 0, 0, 0, 0, 0, 0);

        public static Result unchanged(int n) {
            return new Result(0, 0, n, 0, 0, 0, 0);
        }

        public Result plus(Result o) {
            return new Result(added + o.added, replaced + o.replaced, unchanged + o.unchanged,
                    nodesCreated + o.nodesCreated, nodesDeleted + o.nodesDeleted,
                    relationshipsCreated + o.relationshipsCreated, relationshipsDeleted + o.relationshipsDeleted);
        }
    }

    private static final String KNOWN = """
            UNWIND $ids AS id
            MATCH (a:Article {id: id})
            RETURN a.id AS id, a.hash AS hash, a.extractor AS extractor
            """;

    /**
     * The write path's view of a batch's articles: each is merged and write-locked (in id order, so two
     * loads lock alike) before its hash is read, so that of two runs loading one article at once, the
     * second waits for the first and finds it there instead of writing it again. A node this creates has
     * no hash yet: the article is new.
     */
    private static final String LOCK_ARTICLES = """
            UNWIND $ids AS id
            MERGE (a:Article {id: id})
            SET a.locked = true
            REMOVE a.locked
            RETURN a.id AS id, a.hash AS hash, a.extractor AS extractor
            """;

    /** Articles known by any of the given addresses: their id, the source they were read from, or their URL. */
    private static final String EXISTING = """
            MATCH (a:Article)
            WHERE a.id IN $ids OR a.source IN $ids OR a.url IN $ids
            RETURN a.id AS id, a.source AS source, a.url AS url
            """;

    private static final String KNOWN_INPUTS = """
            UNWIND $rows AS row
            MATCH (a:Article {input: row.input})
            WHERE a.inputHash = row.hash AND a.extractor = $extractor
            RETURN DISTINCT row.input AS input
            """;

    /** A replaced article's claims and events lose its reports; those left without any go. */
    private static final String REMOVE_REPORTS = """
            UNWIND $ids AS id
            MATCH (:Article {id: id})<-[r:REPORTED_IN]-(x)
            DELETE r
            WITH DISTINCT x
            OPTIONAL MATCH (x)-[other:REPORTED_IN]->()
            WITH x, count(other) AS reports, max(other.confidence) AS confidence
            FOREACH (_ IN CASE WHEN reports = 0 THEN [1] ELSE [] END | DETACH DELETE x)
            FOREACH (_ IN CASE WHEN reports = 0 THEN [] ELSE [1] END | SET x.confidence = confidence)
            """;

    /** A replaced article's mentions go; the names the remaining mentions use stay as aliases. */
    private static final String REMOVE_MENTIONS = """
            UNWIND $ids AS id
            MATCH (:Article {id: id})<-[m:MENTIONED_IN]-(x)
            DELETE m
            WITH DISTINCT x
            SET x.aliases = COLLECT {
              MATCH (x)-[o:MENTIONED_IN]->() UNWIND o.texts AS t WITH DISTINCT t ORDER BY t RETURN t
            }
            """;

    private static final String REMOVE_LONE_ACTORS = "MATCH (x:Actor) WHERE NOT (x)--() DELETE x";
    private static final String REMOVE_LONE_PLACES = "MATCH (x:Place) WHERE NOT (x)--() DELETE x";

    private static final String ARTICLES = """
            UNWIND $rows AS row
            MERGE (a:Article {id: row.props.id})
            SET a = row.props
            """;

    // The run's links in statements of their own: a load without a run (the bench, tests) pays nothing for them.
    private static final String RUN_ADDED = """
            MATCH (run:IngestRun {id: $run})
            UNWIND $ids AS id
            MATCH (a:Article {id: id})
            CREATE (run)-[:ADDED]->(a)
            """;

    private static final String RUN_REPLACED = """
            MATCH (run:IngestRun {id: $run})
            UNWIND $ids AS id
            MATCH (a:Article {id: id})
            CREATE (run)-[:REPLACED]->(a)
            """;

    // Alias upkeep only where a name or alias is new; a FOREACH over zero or one element costs less per row
    // than a CALL subquery (measured on 1,500 bench articles: the actors statement a quarter cheaper).
    private static final String ACTORS = """
            UNWIND $rows AS row
            MERGE (x:Actor {key: row.key})
            ON CREATE SET x.name = row.name, x.type = row.type, x.wikidata = row.wikidata, x.aliases = row.aliases
            WITH x, row
            FOREACH (_ IN CASE WHEN x.name IS NULL OR any(t IN row.aliases WHERE NOT t IN x.aliases) THEN [1] ELSE [] END |
              SET x.name = coalesce(x.name, row.name), x.type = coalesce(x.type, row.type),
                  x.wikidata = coalesce(x.wikidata, row.wikidata),
                  x.aliases = COLLECT { UNWIND coalesce(x.aliases, []) + row.aliases AS t WITH DISTINCT t ORDER BY t RETURN t })
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
            FOREACH (_ IN CASE WHEN x.name IS NULL OR any(t IN row.aliases WHERE NOT t IN x.aliases) THEN [1] ELSE [] END |
              SET x.name = coalesce(x.name, row.name), x.wikidata = coalesce(x.wikidata, row.wikidata),
                  x.aliases = COLLECT { UNWIND coalesce(x.aliases, []) + row.aliases AS t WITH DISTINCT t ORDER BY t RETURN t })
            WITH x, row
            UNWIND row.mentions AS m
            MATCH (a:Article {id: m.article})
            CREATE (x)-[:MENTIONED_IN {texts: m.texts, starts: m.starts, ends: m.ends}]->(a)
            """;

    // A fact's links follow from its key, so a fact already in the graph has them: they are created with the
    // fact, in its own statement, only where the MERGE created it (a new fact has no confidence yet). Its
    // reports, one per article, are created whatever it was. One statement per kind of fact, instead of one
    // per link type, and no lookup of the fact by its key again for each link and report.
    private static final String CLAIMS = """
            UNWIND $rows AS row
            MERGE (c:Claim {key: row.key})
            ON CREATE SET c += row.props
            WITH c, row, c.confidence IS NULL AS created
            FOREACH (_ IN CASE WHEN created OR c.confidence < row.confidence THEN [1] ELSE [] END |
              SET c.confidence = row.confidence)
            WITH c, row, created
            CALL (c, row, created) {
              WITH * WHERE created
              MATCH (x:Actor {key: row.holder})
              CREATE (x)-[:HOLDS]->(c)
            }
            CALL (c, row, created) {
              WITH * WHERE created
              UNWIND row.beneficiaries AS key
              MATCH (x:Actor {key: key})
              CREATE (c)-[:BENEFITS]->(x)
            }
            CALL (c, row, created) {
              WITH * WHERE created
              UNWIND row.territories AS key
              MATCH (p:Place {key: key})
              CREATE (c)-[:CONCERNS]->(p)
            }
            WITH c, row
            UNWIND row.reports AS r
            MATCH (a:Article {id: r.article})
            CREATE (c)-[:REPORTED_IN {evidence: r.evidence, start: r.start, end: r.end,
                                      confidence: r.confidence, condition: r.condition}]->(a)
            """;

    private static final String EVENTS = """
            UNWIND $rows AS row
            MERGE (e:Event {key: row.key})
            ON CREATE SET e += row.props
            WITH e, row, e.confidence IS NULL AS created
            FOREACH (_ IN CASE WHEN created OR e.confidence < row.confidence THEN [1] ELSE [] END |
              SET e.confidence = row.confidence)
            WITH e, row, created
            CALL (e, row, created) {
              WITH * WHERE created
              UNWIND row.participants AS key
              MATCH (x:Actor {key: key})
              CREATE (x)-[:PARTICIPATED_IN]->(e)
            }
            CALL (e, row, created) {
              WITH * WHERE created
              MATCH (p:Place {key: row.place})
              CREATE (e)-[:LOCATED_IN]->(p)
            }
            WITH e, row
            UNWIND row.reports AS r
            MATCH (a:Article {id: r.article})
            CREATE (e)-[:REPORTED_IN {evidence: r.evidence, start: r.start, end: r.end, confidence: r.confidence}]->(a)
            """;

    private final Graph graph;
    private final Writes writes;
    private final IngestRun run;

    public Loader(Graph graph) {
        this(graph, graph.writes(), null);
    }

    /** A loader writing its transactions the given way (tests compare the two). */
    Loader(Graph graph, Writes writes) {
        this(graph, writes, null);
    }

    private Loader(Graph graph, Writes writes, IngestRun run) {
        this.graph = graph;
        this.writes = writes;
        this.run = run;
    }

    /** The same loader, linking the articles it adds or replaces to a run. */
    public Loader forRun(IngestRun run) {
        return new Loader(graph, writes, run);
    }

    public Graph graph() {
        return graph;
    }

    /** The identity of an article in the graph: see {@link Identity#article}. */
    public static String articleId(Article a) {
        return Identity.article(a);
    }

    /**
     * Of the given articles, the ids of those the graph holds with the same hash and extractor: they
     * need neither extraction nor loading.
     */
    public Set<String> unchanged(Collection<Article> articles, String extractor) {
        Map<String, String> hashes = new HashMap<>();
        for (Article a : articles) {
            hashes.put(articleId(a), a.hash());
        }
        Map<String, Known> known = known(graph.query(KNOWN, Map.of("ids", List.copyOf(hashes.keySet()))));
        Set<String> same = new TreeSet<>();
        hashes.forEach((id, hash) -> {
            Known k = known.get(id);
            if (k != null && k.same(hash, extractor)) {
                same.add(id);
            }
        });
        return same;
    }

    /**
     * Of the given addresses (feed items' links, say), those the graph already holds an article for, by
     * the article's id, the source it was read from or its URL. Read-only.
     */
    public Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> wanted = new java.util.HashSet<>(ids);
        return graph.read(tx -> {
            Set<String> found = new TreeSet<>();
            for (Record r : tx.run(EXISTING, Map.of("ids", List.copyOf(wanted))).list()) {
                for (String key : new String[] {"id", "source", "url"}) {
                    String v = r.get(key).asString(null);
                    if (v != null && wanted.contains(v)) {
                        found.add(v);
                    }
                }
            }
            return found;
        });
    }

    /**
     * Of the given inputs (an input as in {@link Identity#input} → the hash its article would get), those
     * the graph holds an article of with that hash and extractor: they need not even be parsed.
     */
    public Set<String> unchangedInputs(Map<String, String> hashes, String extractor) {
        if (hashes.isEmpty() || extractor == null) {
            return Set.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> byNormal = new HashMap<>();
        hashes.forEach((input, hash) -> {
            String normal = Identity.input(input);
            if (normal != null && hash != null) {
                rows.add(Map.of("input", normal, "hash", hash));
                byNormal.put(normal, input);
            }
        });
        Set<String> same = new TreeSet<>();
        graph.read(tx -> {
            for (Record r : tx.run(KNOWN_INPUTS, Map.of("rows", rows, "extractor", extractor)).list()) {
                same.add(byNormal.get(r.get("input").asString()));
            }
            return null;
        });
        return same;
    }

    private record Known(String hash, String extractor) {
        boolean same(String otherHash, String otherExtractor) {
            return hash != null && hash.equals(otherHash) && extractor != null && extractor.equals(otherExtractor);
        }
    }

    private static Map<String, Known> lock(Counter counter, WriteTransaction tx, Collection<String> ids) {
        WriteTransaction.Outcome outcome = tx.run(LOCK_ARTICLES, Map.of("ids", List.copyOf(ids)));
        counter.add(outcome.counts());
        return known(outcome.records());
    }

    private static Map<String, Known> known(List<Map<String, Object>> records) {
        Map<String, Known> out = new HashMap<>();
        for (Map<String, Object> r : records) {
            out.put((String) r.get("id"), new Known((String) r.get("hash"), (String) r.get("extractor")));
        }
        return out;
    }

    /**
     * Loads a batch in one transaction: the batch's articles are all in the graph afterwards, or none is.
     * Of several extractions of one article in a batch, the last counts.
     */
    public Result load(List<Extraction> batch) {
        if (batch.isEmpty()) {
            return Result.EMPTY;
        }
        Map<String, Extraction> byId = new LinkedHashMap<>();
        for (Extraction e : batch) {
            byId.remove(articleId(e.document()));
            byId.put(articleId(e.document()), e);
        }
        ZonedDateTime now = ZonedDateTime.now();
        return writes.write(tx -> {
            Counter counter = new Counter();
            Map<String, Known> known = lock(counter, tx, new TreeSet<>(byId.keySet()));
            Set<String> replaced = new TreeSet<>();
            List<Extraction> toWrite = new ArrayList<>();
            int unchanged = 0;
            for (Map.Entry<String, Extraction> entry : byId.entrySet()) {
                Known k = known.get(entry.getKey());
                Extraction e = entry.getValue();
                if (k == null || k.hash() == null) {
                    toWrite.add(e);
                } else if (k.same(e.document().hash(), e.extractor())) {
                    unchanged++;
                } else {
                    replaced.add(entry.getKey());
                    toWrite.add(e);
                }
            }
            if (!replaced.isEmpty()) {
                Map<String, Object> ids = Map.of("ids", List.copyOf(replaced));
                counter.add(tx.run(REMOVE_REPORTS, ids).counts());
                counter.add(tx.run(REMOVE_MENTIONS, ids).counts());
                counter.add(tx.run(REMOVE_LONE_ACTORS, Map.of()).counts());
                counter.add(tx.run(REMOVE_LONE_PLACES, Map.of()).counts());
            }
            if (!toWrite.isEmpty()) {
                Rows rows = new Rows(toWrite, replaced, now);
                run(counter, tx, ARTICLES, rows.articles);
                if (run != null) {
                    List<String> added = new ArrayList<>();
                    for (Extraction e : toWrite) {
                        String id = articleId(e.document());
                        if (!replaced.contains(id)) {
                            added.add(id);
                        }
                    }
                    linkToRun(counter, tx, RUN_ADDED, added);
                    linkToRun(counter, tx, RUN_REPLACED, List.copyOf(replaced));
                }
                run(counter, tx, ACTORS, rows.actors());
                run(counter, tx, PLACES, rows.places());
                run(counter, tx, CLAIMS, rows.claims());
                run(counter, tx, EVENTS, rows.events());
            }
            WriteTransaction.Counts c = counter.counts;
            return new Result(toWrite.size() - replaced.size(), replaced.size(), unchanged, c.nodesCreated(),
                    c.nodesDeleted(), c.relationshipsCreated(), c.relationshipsDeleted());
        });
    }

    static void run(Counter counter, WriteTransaction tx, String statement, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            counter.add(tx.run(statement, Map.of("rows", rows)).counts());
        }
    }

    private void linkToRun(Counter counter, WriteTransaction tx, String statement, List<String> ids) {
        if (!ids.isEmpty()) {
            counter.add(tx.run(statement, Map.of("run", run.id(), "ids", ids)).counts());
        }
    }

    /** What the statements of one transaction changed. */
    static final class Counter {
        WriteTransaction.Counts counts = WriteTransaction.Counts.NONE;

        void add(WriteTransaction.Counts c) {
            counts = counts.plus(c);
        }
    }
}
