package org.eventline.graph;

import org.eventline.model.Actor;
import org.eventline.model.Article;
import org.eventline.model.Claim;
import org.eventline.model.Event;
import org.eventline.model.Extraction;
import org.eventline.model.Mention;
import org.eventline.model.Place;
import org.eventline.model.TimeValue;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameter rows of one batch of extractions, grouped so that each node appears once per batch:
 * one row per actor, place, claim and event key, carrying every mention or report of it in the batch.
 * Integers are longs, as Bolt delivers them: in process they are stored as given, so the graph is the
 * same whichever way the rows reach it.
 */
final class Rows {

    /** Neo4j orders strings by code point; aliases are kept in that order whatever wrote them. */
    static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    final List<Map<String, Object>> articles = new ArrayList<>();
    private final Map<String, Map<String, Object>> actors = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> places = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> claims = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> events = new LinkedHashMap<>();
    /** Links of the facts to actors and places, by relationship type: rows of {fact, to}. */
    private final Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();
    private int rowCount;

    /**
     * @param replaced ids of articles that replace an earlier version of themselves (for the run's links)
     */
    Rows(List<Extraction> batch, Set<String> replaced, ZonedDateTime now) {
        for (Extraction e : batch) {
            Article doc = e.document();
            String id = Identity.article(doc);
            articles.add(Map.of("props", articleProps(id, doc, e.extractor(), now), "replaced", replaced.contains(id)));
            rowCount++;
            for (Actor a : e.actors()) {
                Map<String, Object> row = entity(actors, a.id(), a.name(), a.wikidata());
                row.put("type", a.type().name());
                addMentions(row, id, a.mentions());
            }
            for (Place p : e.places()) {
                addMentions(entity(places, p.id(), p.name(), p.wikidata()), id, p.mentions());
            }
            for (Claim c : e.claims()) {
                addClaim(id, c);
            }
            for (Event ev : e.events()) {
                addEvent(id, ev);
            }
        }
        // Holders and targets are normally mentioned; a key that is not still gets its node.
        for (Map<String, Object> row : claims.values()) {
            String holder = (String) row.get("holder");
            reference(actors, "HOLDS", row, holder == null ? List.of() : List.of(holder));
            reference(actors, "BENEFITS", row, listOf(row, "beneficiaries"));
            reference(places, "CONCERNS", row, listOf(row, "territories"));
        }
        for (Map<String, Object> row : events.values()) {
            reference(actors, "PARTICIPATED_IN", row, listOf(row, "participants"));
            String place = (String) row.get("place");
            reference(places, "LOCATED_IN", row, place == null ? List.of() : List.of(place));
        }
        for (Map<String, Object> row : actors.values()) {
            finishEntity(row);
        }
        for (Map<String, Object> row : places.values()) {
            finishEntity(row);
        }
    }

    List<Map<String, Object>> actors() {
        return List.copyOf(actors.values());
    }

    List<Map<String, Object>> places() {
        return List.copyOf(places.values());
    }

    List<Map<String, Object>> claims() {
        return List.copyOf(claims.values());
    }

    List<Map<String, Object>> events() {
        return List.copyOf(events.values());
    }

    /** Rows of {fact, to} for one relationship type between facts and actors or places. */
    List<Map<String, Object>> links(String type) {
        return links.getOrDefault(type, List.of());
    }

    /** Each claim's reports, one row each: {fact, article, evidence, start, end, confidence, condition}. */
    List<Map<String, Object>> claimReports() {
        return reports(claims);
    }

    /** Each event's reports, one row each: {fact, article, evidence, start, end, confidence}. */
    List<Map<String, Object>> eventReports() {
        return reports(events);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reports(Map<String, Map<String, Object>> facts) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> fact : facts.values()) {
            all.addAll((List<Map<String, Object>>) fact.get("reports"));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<String> listOf(Map<String, Object> row, String key) {
        return (List<String>) row.get(key);
    }

    private void reference(Map<String, Map<String, Object>> entities, String type, Map<String, Object> fact,
                           List<String> keys) {
        for (String key : keys) {
            if (!entities.containsKey(key)) {
                entity(entities, key, null, null);
            }
            links.computeIfAbsent(type, t -> new ArrayList<>()).add(Map.of("fact", fact.get("key"), "to", key));
            rowCount++;
        }
    }

    /** Writes this batch stands for: nodes merged and relationships created, one per mention, report or link. */
    int rowCount() {
        return rowCount;
    }

    private static Map<String, Object> articleProps(String id, Article doc, String extractor, ZonedDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("source", doc.source());
        p.put("input", Identity.input(doc.source()));
        p.put("url", doc.url());
        p.put("title", doc.title());
        p.put("site", doc.site());
        p.put("author", doc.author());
        p.put("language", doc.language());
        p.put("publishedText", doc.published());
        p.put("published", TimeValue.parse(doc.publishedDate()).map(TimeValue::start).orElse(null));
        p.put("hash", doc.hash());
        p.put("inputHash", doc.inputHash());
        p.put("extractor", extractor);
        p.put("ingestedAt", now);
        p.put("length", (long) doc.body().length());
        return p;
    }

    private Map<String, Object> entity(Map<String, Map<String, Object>> into, String key, String name, String wikidata) {
        return into.computeIfAbsent(key, k -> {
            Map<String, Object> row = new HashMap<>();
            row.put("key", k);
            row.put("name", name);
            row.put("wikidata", wikidata);
            row.put("aliases", new TreeSet<>(CODE_POINTS));
            row.put("mentions", new ArrayList<Map<String, Object>>());
            rowCount++;
            return row;
        });
    }

    @SuppressWarnings("unchecked")
    private void addMentions(Map<String, Object> row, String article, List<Mention> mentions) {
        ((Set<String>) row.get("aliases")).addAll(mentions.stream().map(Mention::text).toList());
        ((List<Map<String, Object>>) row.get("mentions")).add(Map.of("article", article,
                "texts", mentions.stream().map(Mention::text).toList(),
                "starts", mentions.stream().map(m -> (long) m.start()).toList(),
                "ends", mentions.stream().map(m -> (long) m.end()).toList()));
        rowCount++;
    }

    @SuppressWarnings("unchecked")
    private static void finishEntity(Map<String, Object> row) {
        row.put("aliases", List.copyOf((Set<String>) row.get("aliases")));
    }

    private void addClaim(String article, Claim c) {
        Map<String, Object> row = claims.computeIfAbsent(Identity.claim(c), key -> {
            Map<String, Object> props = new HashMap<>();
            props.put("type", c.type());
            props.put("stance", c.stance().name());
            props.put("negated", c.negated());
            putDate(props, c.date());
            Map<String, Object> links = new HashMap<>();
            links.put("holder", c.holder());
            links.put("beneficiaries", new ArrayList<>(new TreeSet<>(c.beneficiaries())));
            links.put("territories", new ArrayList<>(new TreeSet<>(c.territories())));
            return fact(key, props, links);
        });
        Map<String, Object> report = report(row, article, c.evidence(), c.start(), c.end(), c.confidence());
        report.put("condition", c.condition());
    }

    private void addEvent(String article, Event e) {
        Map<String, Object> row = events.computeIfAbsent(Identity.event(e), key -> {
            Map<String, Object> props = new HashMap<>();
            props.put("type", e.type());
            putDate(props, e.date());
            Map<String, Object> links = new HashMap<>();
            links.put("participants", new ArrayList<>(new TreeSet<>(e.participants())));
            links.put("place", e.place());
            return fact(key, props, links);
        });
        report(row, article, e.evidence(), e.start(), e.end(), e.confidence());
    }

    private Map<String, Object> fact(String key, Map<String, Object> props, Map<String, Object> links) {
        Map<String, Object> row = new HashMap<>(links);
        row.put("key", key);
        row.put("props", props);
        row.put("confidence", 0.0);
        row.put("reports", new ArrayList<Map<String, Object>>());
        rowCount++;
        return row;
    }

    /** One report of a fact by an article, added to the fact's; the fact's confidence is the highest of its reports. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> report(Map<String, Object> fact, String article, String evidence, int start, int end,
                                       double confidence) {
        fact.put("confidence", Math.max((double) fact.get("confidence"), confidence));
        rowCount++;
        Map<String, Object> r = new HashMap<>();
        r.put("fact", fact.get("key"));
        r.put("article", article);
        r.put("evidence", evidence);
        r.put("start", (long) start);
        r.put("end", (long) end);
        r.put("confidence", confidence);
        ((List<Map<String, Object>>) fact.get("reports")).add(r);
        return r;
    }

    /**
     * Dates as Neo4j dates (first and last day) plus the precision; {@code dateValue} is the value at its
     * precision as it identifies the fact.
     */
    private static void putDate(Map<String, Object> props, String value) {
        String canonical = Identity.date(value);
        props.put("dateValue", canonical);
        Optional<TimeValue> t = TimeValue.parse(canonical);
        props.put("date", t.map(TimeValue::start).orElse(null));
        props.put("dateEnd", t.map(TimeValue::end).orElse(null));
        props.put("datePrecision", t.map(TimeValue::precision).orElse(value == null ? null : "vague"));
    }
}
