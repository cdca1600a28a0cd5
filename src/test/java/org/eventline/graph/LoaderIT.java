package org.eventline.graph;

import org.eventline.extract.Extracting;
import org.eventline.model.Article;
import org.eventline.model.Extraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoaderIT {

    private Graph graph;
    private Loader loader;

    @BeforeEach
    void setUp() {
        graph = TestGraph.clean();
        loader = new Loader(graph);
    }

    private static Extraction article(String source, String body, String hash) {
        return Extracting.EXTRACTOR.extract(new Article(source, null, "t", "2025-12-15", null, null, null, body, hash));
    }

    private long count(String cypher) {
        return (long) graph.query(cypher, Map.of()).get(0).values().iterator().next();
    }

    private Map<String, Object> counts() {
        return graph.query("""
                MATCH (n) WITH count(n) AS nodes
                OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS rels
                MATCH (c:Claim) WITH nodes, rels, count(c) AS claims
                MATCH (a:Actor) RETURN nodes, rels, claims, count(a) AS actors
                """, Map.of()).get(0);
    }

    @Test
    void reingestOfAnUnchangedArticleChangesNothing() {
        Extraction e = article("sample:a", "美方官員今天表示，美國不會派地面部隊。澤倫斯基表示，烏克蘭拒絕割讓領土。", "h1");
        Loader.Result first = loader.load(List.of(e));
        assertEquals(1, first.added());
        Map<String, Object> before = counts();
        assertTrue((long) before.get("claims") >= 2, before.toString());
        Loader.Result second = loader.load(List.of(e));
        assertEquals(1, second.unchanged());
        assertEquals(0, second.nodesCreated() + second.relationshipsCreated());
        assertEquals(before, counts());
        assertEquals(Set1.of("sample:a"), loader.unchanged(List.of(e.document()), e.extractor()));
    }

    @Test
    void aChangedArticleReplacesOnlyItsOwnFacts() {
        Extraction a = article("sample:a", "美方官員今天表示，美國不會派地面部隊。", "h1");
        Extraction b = article("sample:b", "美方官員今天表示，美國不會派地面部隊。普丁要求烏克蘭割讓頓巴斯領土。", "h2");
        loader.load(List.of(a, b));
        long shared = count("MATCH (c:Claim {type: 'SECURITY_GUARANTEE'})-[r:REPORTED_IN]->() RETURN count(r) AS n");
        assertEquals(2, shared, "one claim, reported by both");
        assertEquals(1, count("MATCH (c:Claim {type: 'SECURITY_GUARANTEE'}) RETURN count(c) AS n"));

        Extraction a2 = article("sample:a", "澤倫斯基表示，烏克蘭拒絕割讓領土。", "h1-changed");
        Loader.Result r = loader.load(List.of(a2));
        assertEquals(1, r.replaced());
        assertEquals(1, count("MATCH (c:Claim {type: 'SECURITY_GUARANTEE'})-[r:REPORTED_IN]->() RETURN count(r) AS n"),
                "the shared claim keeps b's provenance only");
        assertEquals(1, count("""
                MATCH (:Actor {key: 'Q3874799'})-[:HOLDS]->(c:Claim)-[:REPORTED_IN]->(:Article {id: 'sample:a'})
                RETURN count(c) AS n"""));
        assertEquals(1, count("MATCH (:Actor {key: 'Q7747'})-[:HOLDS]->(c:Claim) RETURN count(c) AS n"),
                "b's own claims untouched");
        assertEquals(0, count("MATCH (c:Claim) WHERE NOT (c)-[:REPORTED_IN]->() RETURN count(c) AS n"));
    }

    @Test
    void theSameActorInEveryScriptIsOneNode() {
        loader.load(List.of(article("sample:hant", "烏克蘭總統澤倫斯基表示，拒絕割讓領土。", "1"),
                article("sample:hans", "乌克兰总统泽连斯基表示，拒绝割让领土。", "2"),
                article("sample:en", "Ukrainian President Volodymyr Zelensky said he refuses to cede territory.", "3")));
        assertEquals(1, count("MATCH (a:Actor {key: 'Q3874799'}) RETURN count(a) AS n"));
        assertEquals(3, count("MATCH (:Actor {key: 'Q3874799'})-[m:MENTIONED_IN]->() RETURN count(m) AS n"));
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) graph.query("MATCH (a:Actor {key: 'Q3874799'}) RETURN a.aliases AS x",
                Map.of()).get(0).get("x");
        assertTrue(aliases.containsAll(List.of("澤倫斯基", "泽连斯基", "Volodymyr Zelensky")), aliases.toString());
    }

    @Test
    void datesAreNeo4jDatesWithPrecision() {
        loader.load(List.of(article("sample:a", "川普曾於8月時說，華府會準備好動用空中力量支援維和部隊。", "1")));
        Map<String, Object> row = graph.query("""
                MATCH (c:Claim) WHERE c.dateValue = '2025-08'
                RETURN toString(c.date) AS date, toString(c.dateEnd) AS end, c.datePrecision AS precision
                """, Map.of()).get(0);
        assertEquals(Map.of("date", "2025-08-01", "end", "2025-08-31", "precision", "month"), row);
    }

    /** Set.of that reads well in assertions about id sets. */
    private static final class Set1 {
        static java.util.Set<String> of(String s) {
            return new java.util.TreeSet<>(List.of(s));
        }
    }
}
