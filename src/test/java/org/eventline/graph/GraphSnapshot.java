package org.eventline.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the graph holds about articles and their facts, in a canonical form that two graphs can be
 * compared by: nodes per label, relationships per type, and every node and relationship with all its
 * properties, sorted. Left out: run records (IngestRun and its links) and the time an article was
 * written, which differ between any two runs by nature.
 *
 * @param nodes         one canonical JSON text per node: labels and properties
 * @param relationships one canonical JSON text per relationship: type, end nodes by key, properties
 */
public record GraphSnapshot(Map<String, Long> labels, Map<String, Long> types, List<String> nodes,
                            List<String> relationships) {

    /** One row of two lists; run by the graph in process or by {@code eventline query} in another. */
    public static final String QUERY = """
            CALL () {
              MATCH (n) WHERE NOT n:IngestRun
              RETURN collect({labels: labels(n), props: n {.*, ingestedAt: null}}) AS nodes
            }
            CALL () {
              MATCH (a)-[r]->(b) WHERE NOT a:IngestRun
              RETURN collect({type: type(r), props: properties(r),
                              from: labels(a)[0] + ' ' + coalesce(a.key, a.id),
                              to: labels(b)[0] + ' ' + coalesce(b.key, b.id)}) AS relationships
            }
            RETURN nodes, relationships
            """;

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public static GraphSnapshot of(Graph graph) {
        Map<String, Object> row = graph.query(QUERY, Map.of()).get(0);
        return of(row);
    }

    /** From the one row of {@link #QUERY}, as the driver gives it or as {@code query --format json} prints it. */
    @SuppressWarnings("unchecked")
    public static GraphSnapshot of(Map<String, Object> row) {
        Map<String, Long> labels = new TreeMap<>();
        Map<String, Long> types = new TreeMap<>();
        List<String> nodes = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        for (Map<String, Object> n : (List<Map<String, Object>>) row.get("nodes")) {
            for (Object label : (List<Object>) n.get("labels")) {
                labels.merge(String.valueOf(label), 1L, Long::sum);
            }
            nodes.add(canonical(n));
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) row.get("relationships")) {
            types.merge(String.valueOf(r.get("type")), 1L, Long::sum);
            relationships.add(canonical(r));
        }
        nodes.sort(null);
        relationships.sort(null);
        return new GraphSnapshot(labels, types, nodes, relationships);
    }

    private static String canonical(Object value) {
        try {
            // Through a plain tree first: numbers, lists and maps compare alike whatever produced them.
            Object plain = CANONICAL.readValue(CANONICAL.writeValueAsString(value), Object.class);
            return CANONICAL.writeValueAsString(plain);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short account of where two snapshots differ, for assertion messages. */
    public String diff(GraphSnapshot other) {
        StringBuilder out = new StringBuilder();
        if (!labels.equals(other.labels)) {
            out.append("labels ").append(labels).append(" vs ").append(other.labels).append('\n');
        }
        if (!types.equals(other.types)) {
            out.append("types ").append(types).append(" vs ").append(other.types).append('\n');
        }
        firstDifference(out, "node", nodes, other.nodes);
        firstDifference(out, "relationship", relationships, other.relationships);
        return out.toString();
    }

    private static void firstDifference(StringBuilder out, String what, List<String> a, List<String> b) {
        List<String> onlyA = new ArrayList<>(a);
        onlyA.removeAll(b);
        List<String> onlyB = new ArrayList<>(b);
        onlyB.removeAll(a);
        if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
            out.append(what).append("s only in the first: ").append(onlyA.stream().limit(3).toList()).append('\n')
                    .append(what).append("s only in the second: ").append(onlyB.stream().limit(3).toList()).append('\n');
        }
    }
}
