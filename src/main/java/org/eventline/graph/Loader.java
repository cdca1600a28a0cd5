package org.eventline.graph;

import org.eventline.model.Actor;
import org.eventline.model.Article;
import org.eventline.model.Claim;
import org.eventline.model.Event;
import org.eventline.model.Extraction;
import org.eventline.model.Mention;
import org.eventline.model.Place;
import org.eventline.model.TimeValue;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes extractions into the graph, one managed transaction per batch of articles, rows sent with
 * UNWIND. An article whose hash and extractor fingerprint the graph already holds is left alone; a
 * changed one first loses its own facts (provenance links, and claims and events no other article
 * reports), then gets the new ones. See cypher/README.md for the model and the merge rules.
 */
public final class Loader {

    /** What one call to {@link #load} did. */
    public record Result(int added, int replaced, int unchanged, long nodesCreated, long nodesDeleted,
                         long relationshipsCreated, long relationshipsDeleted) {

        public static final Result EMPTY = new Result(0, 0, 0, 0, 0, 0, 0);

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

    /** Articles known by any of the given addresses: their id, the source they were read from, or their URL. */
    private static final String EXISTING = """
            MATCH (a:Article)
            WHERE a.id IN $ids OR a.source IN $ids OR a.url IN $ids
            RETURN a.id AS id, a.source AS source, a.url AS url
            """;

    private static final String REMOVE_FACTS = """
            UNWIND $ids AS id
            MATCH (a:Article {id: id})<-[r:REPORTED_IN|MENTIONED_IN]-(x)
            DELETE r
            WITH DISTINCT x
            WHERE NOT (x)-[:REPORTED_IN|MENTIONED_IN]->()
            DETACH DELETE x
            """;

    private static final String ARTICLES = """
            UNWIND $rows AS row
            MERGE (a:Article {id: row.id})
            SET a = row
            """;

    private static final String ACTORS = """
            UNWIND $rows AS row
            MERGE (x:Actor {key: row.key})
            ON CREATE SET x.name = row.name, x.type = row.type, x.wikidata = row.wikidata
            WITH x, row
            MATCH (a:Article {id: row.article})
            CREATE (x)-[:MENTIONED_IN {texts: row.texts, starts: row.starts, ends: row.ends}]->(a)
            """;

    private static final String PLACES = """
            UNWIND $rows AS row
            MERGE (x:Place {key: row.key})
            ON CREATE SET x.name = row.name, x.wikidata = row.wikidata
            WITH x, row
            MATCH (a:Article {id: row.article})
            CREATE (x)-[:MENTIONED_IN {texts: row.texts, starts: row.starts, ends: row.ends}]->(a)
            """;

    /** Names as written, over all articles: what Browser users and --actor filters search. */
    private static final String ALIASES = """
            UNWIND $keys AS key
            MATCH (x {key: key})-[m:MENTIONED_IN]->()
            WHERE x:Actor OR x:Place
            UNWIND m.texts AS t
            WITH x, t ORDER BY t
            WITH x, collect(DISTINCT t) AS aliases
            SET x.aliases = aliases
            """;

    private static final String CLAIMS = """
            UNWIND $rows AS row
            MERGE (c:Claim {key: row.key})
            ON CREATE SET c += row.props
            WITH c, row
            MATCH (h:Actor {key: row.holder})
            MERGE (h)-[:HOLDS]->(c)
            WITH c, row
            CALL (c, row) {
              UNWIND row.beneficiaries AS b
              MATCH (x:Actor {key: b})
              MERGE (c)-[:BENEFITS]->(x)
            }
            CALL (c, row) {
              UNWIND row.territories AS t
              MATCH (p:Place {key: t})
              MERGE (c)-[:CONCERNS]->(p)
            }
            WITH c, row
            MATCH (a:Article {id: row.article})
            CREATE (c)-[:REPORTED_IN {evidence: row.evidence, start: row.start, end: row.end,
                                      confidence: row.confidence, condition: row.condition}]->(a)
            """;

    private static final String EVENTS = """
            UNWIND $rows AS row
            MERGE (e:Event {key: row.key})
            ON CREATE SET e += row.props
            WITH e, row
            CALL (e, row) {
              UNWIND row.participants AS p
              MATCH (x:Actor {key: p})
              MERGE (x)-[:PARTICIPATED_IN]->(e)
            }
            CALL (e, row) {
              WITH e, row WHERE row.place IS NOT NULL
              MATCH (p:Place {key: row.place})
              MERGE (e)-[:LOCATED_IN]->(p)
            }
            WITH e, row
            MATCH (a:Article {id: row.article})
            CREATE (e)-[:REPORTED_IN {evidence: row.evidence, start: row.start, end: row.end,
                                      confidence: row.confidence}]->(a)
            """;

    private final Graph graph;

    public Loader(Graph graph) {
        this.graph = graph;
    }

    /** The identity of an article in the graph: its canonical URL, else its URL, else its absolute path. */
    public static String articleId(Article a) {
        if (a.url() != null && !a.url().isBlank()) {
            return a.url();
        }
        String source = a.source();
        if (source == null || source.equals("-")) {
            return "sha256:" + a.hash();
        }
        if (source.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            return source;  // a URL or another named source such as a bundled sample
        }
        return Path.of(source).toAbsolutePath().normalize().toString();
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
        Map<String, String[]> known = known(hashes.keySet());
        Set<String> same = new TreeSet<>();
        hashes.forEach((id, hash) -> {
            String[] k = known.get(id);
            if (k != null && hash != null && hash.equals(k[0]) && extractor != null && extractor.equals(k[1])) {
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
        Set<String> wanted = new HashSet<>(ids);
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

    private Map<String, String[]> known(Collection<String> ids) {
        return graph.read(tx -> known(tx, ids));
    }

    private static Map<String, String[]> known(TransactionContext tx, Collection<String> ids) {
        Map<String, String[]> out = new HashMap<>();
        for (Record r : tx.run(KNOWN, Map.of("ids", List.copyOf(ids))).list()) {
            out.put(r.get("id").asString(), new String[] {r.get("hash").asString(null), r.get("extractor").asString(null)});
        }
        return out;
    }

    /** Loads a batch in one transaction; the batch's articles are all in the graph afterwards, or none is. */
    public Result load(List<Extraction> batch) {
        if (batch.isEmpty()) {
            return Result.EMPTY;
        }
        return graph.write(tx -> {
            Map<String, Extraction> byId = new LinkedHashMap<>();
            for (Extraction e : batch) {
                byId.put(articleId(e.document()), e);
            }
            Map<String, String[]> known = known(tx, byId.keySet());
            List<String> replaced = new ArrayList<>();
            List<Extraction> toWrite = new ArrayList<>();
            int unchanged = 0;
            for (Map.Entry<String, Extraction> entry : byId.entrySet()) {
                String[] k = known.get(entry.getKey());
                Extraction e = entry.getValue();
                if (k == null) {
                    toWrite.add(e);
                } else if (e.document().hash() != null && e.document().hash().equals(k[0])
                        && e.extractor() != null && e.extractor().equals(k[1])) {
                    unchanged++;
                } else {
                    replaced.add(entry.getKey());
                    toWrite.add(e);
                }
            }
            Counter counter = new Counter();
            if (!replaced.isEmpty()) {
                counter.add(tx.run(REMOVE_FACTS, Map.of("ids", replaced)).consume().counters());
            }
            if (!toWrite.isEmpty()) {
                Rows rows = rows(toWrite);
                counter.add(tx.run(ARTICLES, Map.of("rows", rows.articles)).consume().counters());
                counter.add(tx.run(ACTORS, Map.of("rows", rows.actors)).consume().counters());
                counter.add(tx.run(PLACES, Map.of("rows", rows.places)).consume().counters());
                counter.add(tx.run(ALIASES, Map.of("keys", List.copyOf(rows.entityKeys))).consume().counters());
                counter.add(tx.run(CLAIMS, Map.of("rows", rows.claims)).consume().counters());
                counter.add(tx.run(EVENTS, Map.of("rows", rows.events)).consume().counters());
            }
            return new Result(toWrite.size() - replaced.size(), replaced.size(), unchanged, counter.nodesCreated,
                    counter.nodesDeleted, counter.relsCreated, counter.relsDeleted);
        });
    }

    private static final class Counter {
        long nodesCreated;
        long nodesDeleted;
        long relsCreated;
        long relsDeleted;

        void add(SummaryCounters c) {
            nodesCreated += c.nodesCreated();
            nodesDeleted += c.nodesDeleted();
            relsCreated += c.relationshipsCreated();
            relsDeleted += c.relationshipsDeleted();
        }
    }

    /** Parameter rows for one batch. */
    private static final class Rows {
        final List<Map<String, Object>> articles = new ArrayList<>();
        final List<Map<String, Object>> actors = new ArrayList<>();
        final List<Map<String, Object>> places = new ArrayList<>();
        final List<Map<String, Object>> claims = new ArrayList<>();
        final List<Map<String, Object>> events = new ArrayList<>();
        final Set<String> entityKeys = new TreeSet<>();
    }

    private static Rows rows(List<Extraction> batch) {
        Rows rows = new Rows();
        String now = ZonedDateTime.now().toOffsetDateTime().toString();
        for (Extraction e : batch) {
            Article doc = e.document();
            String id = articleId(doc);
            Map<String, Object> article = new HashMap<>();
            article.put("id", id);
            article.put("source", doc.source());
            article.put("url", doc.url());
            article.put("title", doc.title());
            article.put("site", doc.site());
            article.put("author", doc.author());
            article.put("language", doc.language());
            article.put("publishedText", doc.published());
            article.put("published", TimeValue.parse(doc.publishedDate()).map(TimeValue::start).orElse(null));
            article.put("hash", doc.hash());
            article.put("extractor", e.extractor());
            article.put("ingestedAt", now);
            article.put("length", doc.body().length());
            rows.articles.add(article);
            for (Actor a : e.actors()) {
                Map<String, Object> row = entityRow(id, a.id(), a.name(), a.wikidata(), a.mentions());
                row.put("type", a.type().name());
                rows.actors.add(row);
                rows.entityKeys.add(a.id());
            }
            for (Place p : e.places()) {
                rows.places.add(entityRow(id, p.id(), p.name(), p.wikidata(), p.mentions()));
                rows.entityKeys.add(p.id());
            }
            for (Claim c : e.claims()) {
                rows.claims.add(claimRow(id, c));
            }
            for (Event ev : e.events()) {
                rows.events.add(eventRow(id, ev));
            }
        }
        return rows;
    }

    private static Map<String, Object> entityRow(String article, String key, String name, String wikidata,
                                                 List<Mention> mentions) {
        Map<String, Object> row = new HashMap<>();
        row.put("article", article);
        row.put("key", key);
        row.put("name", name);
        row.put("wikidata", wikidata);
        row.put("texts", mentions.stream().map(Mention::text).toList());
        row.put("starts", mentions.stream().map(Mention::start).toList());
        row.put("ends", mentions.stream().map(Mention::end).toList());
        return row;
    }

    /** A claim's identity: type, holder, stance, negation, targets and date (see cypher/README.md). */
    static String claimKey(Claim c) {
        return "claim:" + digest(String.join("|", c.type(), c.holder(), c.stance().name(), Boolean.toString(c.negated()),
                String.join(",", new TreeSet<>(c.beneficiaries())), String.join(",", new TreeSet<>(c.territories())),
                String.valueOf(c.date())));
    }

    /** An event's identity: type, date, place and participants. */
    static String eventKey(Event e) {
        return "event:" + digest(String.join("|", e.type(), String.valueOf(e.date()), String.valueOf(e.place()),
                String.join(",", new TreeSet<>(e.participants()))));
    }

    private static Map<String, Object> claimRow(String article, Claim c) {
        Map<String, Object> props = new HashMap<>();
        props.put("type", c.type());
        props.put("stance", c.stance().name());
        props.put("negated", c.negated());
        putDate(props, c.date());
        Map<String, Object> row = new HashMap<>();
        row.put("key", claimKey(c));
        row.put("props", props);
        row.put("holder", c.holder());
        row.put("beneficiaries", c.beneficiaries());
        row.put("territories", c.territories());
        row.put("article", article);
        row.put("evidence", c.evidence());
        row.put("start", c.start());
        row.put("end", c.end());
        row.put("confidence", c.confidence());
        row.put("condition", c.condition());
        return row;
    }

    private static Map<String, Object> eventRow(String article, Event e) {
        Map<String, Object> props = new HashMap<>();
        props.put("type", e.type());
        putDate(props, e.date());
        Map<String, Object> row = new HashMap<>();
        row.put("key", eventKey(e));
        row.put("props", props);
        row.put("participants", e.participants());
        row.put("place", e.place());
        row.put("article", article);
        row.put("evidence", e.evidence());
        row.put("start", e.start());
        row.put("end", e.end());
        row.put("confidence", e.confidence());
        return row;
    }

    /** Dates as Neo4j dates (first and last day) plus the precision and the value as extracted. */
    private static void putDate(Map<String, Object> props, String value) {
        props.put("dateValue", value);
        Optional<TimeValue> t = TimeValue.parse(value);
        props.put("date", t.map(TimeValue::start).orElse(null));
        props.put("dateEnd", t.map(TimeValue::end).orElse(null));
        props.put("datePrecision", t.map(TimeValue::precision).orElse(value == null ? null : "vague"));
    }

    private static String digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
