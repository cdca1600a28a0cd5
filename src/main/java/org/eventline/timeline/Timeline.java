package org.eventline.timeline;

import org.eventline.graph.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads timeline entries (claims and events with their sources) from the graph, in date order. */
public final class Timeline {

    private static final String CLAIMS = """
            MATCH (h:Actor)-[:HOLDS]->(c:Claim)
            WHERE (size($keys) = 0 OR c.key IN $keys)
              AND (size($types) = 0 OR c.type IN $types)
              AND (size($stances) = 0 OR c.stance IN $stances)
              AND ($from IS NULL OR coalesce(c.dateEnd, c.date) >= $from)
              AND ($to IS NULL OR c.date <= $to)
              AND ((size($actorKeys) = 0 AND size($actorNames) = 0) OR h.key IN $actorKeys
                   OR toLower(h.name) IN $actorNames
                   OR any(a IN coalesce(h.aliases, []) WHERE toLower(a) IN $actorNames))
              AND ((size($territoryKeys) = 0 AND size($territoryNames) = 0) OR EXISTS {
                     MATCH (c)-[:CONCERNS]->(p:Place)
                     WHERE p.key IN $territoryKeys OR toLower(p.name) IN $territoryNames
                        OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) IN $territoryNames) })
            MATCH (c)-[r:REPORTED_IN]->(a:Article)
            WHERE $article IS NULL OR a.id = $article OR a.source = $article
            WITH h, c, r, a ORDER BY a.published, a.id, r.start
            WITH h, c, collect({evidence: r.evidence, title: a.title, site: a.site,
                                url: coalesce(a.url, a.source), published: a.publishedText, article: a.id}) AS sources
            OPTIONAL MATCH (c)-[:BENEFITS]->(b:Actor)
            WITH h, c, sources, collect(DISTINCT {key: b.key, name: b.name}) AS actors
            OPTIONAL MATCH (c)-[:CONCERNS]->(p:Place)
            RETURN c.key AS key, c.type AS type, c.stance AS stance, c.negated AS negated,
                   c.dateValue AS date, c.date AS start, c.dateEnd AS end, c.datePrecision AS precision,
                   {key: h.key, name: h.name} AS holder, actors,
                   collect(DISTINCT {key: p.key, name: p.name}) AS places, sources
            """;

    private static final String EVENTS = """
            MATCH (e:Event)
            WHERE (size($types) = 0 OR e.type IN $types)
              AND ($from IS NULL OR coalesce(e.dateEnd, e.date) >= $from)
              AND ($to IS NULL OR e.date <= $to)
              AND ((size($actorKeys) = 0 AND size($actorNames) = 0) OR EXISTS {
                     MATCH (x:Actor)-[:PARTICIPATED_IN]->(e)
                     WHERE x.key IN $actorKeys OR toLower(x.name) IN $actorNames
                        OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) IN $actorNames) })
              AND ((size($territoryKeys) = 0 AND size($territoryNames) = 0) OR EXISTS {
                     MATCH (e)-[:LOCATED_IN]->(p:Place)
                     WHERE p.key IN $territoryKeys OR toLower(p.name) IN $territoryNames
                        OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) IN $territoryNames) })
            MATCH (e)-[r:REPORTED_IN]->(a:Article)
            WHERE $article IS NULL OR a.id = $article OR a.source = $article
            WITH e, r, a ORDER BY a.published, a.id, r.start
            WITH e, collect({evidence: r.evidence, title: a.title, site: a.site,
                             url: coalesce(a.url, a.source), published: a.publishedText, article: a.id}) AS sources
            OPTIONAL MATCH (x:Actor)-[:PARTICIPATED_IN]->(e)
            WITH e, sources, collect(DISTINCT {key: x.key, name: x.name}) AS actors
            OPTIONAL MATCH (e)-[:LOCATED_IN]->(p:Place)
            RETURN e.key AS key, e.type AS type, null AS stance, false AS negated,
                   e.dateValue AS date, e.date AS start, e.dateEnd AS end, e.datePrecision AS precision,
                   null AS holder, actors, collect(DISTINCT {key: p.key, name: p.name}) AS places, sources
            """;

    /** Date order; undated last; at equal start the shorter range first; then kind, type and key. */
    static final Comparator<TimelineEntry> ORDER = Comparator
            .comparing(TimelineEntry::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::end, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::kind)
            .thenComparing(TimelineEntry::type)
            .thenComparing(TimelineEntry::key);

    private static final Comparator<Named> BY_NAME = Comparator.comparing(Named::name).thenComparing(Named::key);

    private Timeline() {
    }

    /** The entries a filter selects, in date order. */
    public static List<TimelineEntry> read(Graph graph, Filter f) {
        Map<String, Object> params = params(f, List.of());
        List<TimelineEntry> entries = new ArrayList<>();
        graph.read(tx -> {
            tx.run(CLAIMS, params).list().forEach(r -> entries.add(entry(TimelineEntry.Kind.CLAIM, r)));
            // Stance filters are about claims: events have none.
            if (f.includeEvents() && f.stances().isEmpty()) {
                tx.run(EVENTS, params).list().forEach(r -> entries.add(entry(TimelineEntry.Kind.EVENT, r)));
            }
            return null;
        });
        entries.sort(ORDER);
        return entries;
    }

    /** The claims with these keys, each with all its sources, in date order. */
    public static List<TimelineEntry> claims(Graph graph, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = params(Filter.all(), List.copyOf(keys));
        List<TimelineEntry> entries = new ArrayList<>(graph.read(tx -> tx.run(CLAIMS, params).list(
                r -> entry(TimelineEntry.Kind.CLAIM, r))));
        entries.sort(ORDER);
        return entries;
    }

    private static Map<String, Object> params(Filter f, List<String> keys) {
        Map<String, Object> params = new HashMap<>();
        params.put("keys", keys);
        params.put("types", List.copyOf(f.types()));
        params.put("stances", List.copyOf(f.stances()));
        params.put("from", f.from());
        params.put("to", f.to());
        params.put("actorKeys", List.copyOf(f.actorKeys()));
        params.put("actorNames", lower(f.actorNames()));
        params.put("territoryKeys", List.copyOf(f.territoryKeys()));
        params.put("territoryNames", lower(f.territoryNames()));
        params.put("article", f.article());
        return params;
    }

    private static List<String> lower(Set<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static TimelineEntry entry(TimelineEntry.Kind kind, Record r) {
        List<Source> sources = r.get("sources").asList(v -> new Source(str(v.get("evidence")), str(v.get("title")),
                str(v.get("site")), str(v.get("url")), str(v.get("published")), str(v.get("article"))));
        return new TimelineEntry(kind, r.get("key").asString(), r.get("type").asString(), str(r.get("stance")),
                r.get("negated").asBoolean(false), str(r.get("date")), date(r.get("start")), date(r.get("end")),
                str(r.get("precision")), named(r.get("holder")), namedList(r.get("actors")),
                namedList(r.get("places")), sources, null);
    }

    private static Named named(Value v) {
        return v == null || v.isNull() || v.get("key").isNull() ? null
                : new Named(v.get("key").asString(), v.get("name").asString(v.get("key").asString()));
    }

    /** OPTIONAL MATCH leaves one map of nulls when nothing matched: dropped here. */
    private static List<Named> namedList(Value v) {
        List<Named> out = new ArrayList<>();
        for (Value x : v.values()) {
            Named n = named(x);
            if (n != null) {
                out.add(n);
            }
        }
        out.sort(BY_NAME);
        return out;
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }
}
