package org.eventline.timeline;

import org.eventline.graph.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pairs of actors holding opposing stances on the same territory or guarantee. The rule is the query
 * {@code cypher/queries/disagreements.cypher}, the one Browser users run too:
 * <ul>
 *   <li>same claim type, different holders;</li>
 *   <li>one supports (OFFER, PROPOSE, DEMAND or ACCEPT, not negated), the other opposes (REJECT, or a
 *       supporting stance negated); CONDITION and STATE take no side;</li>
 *   <li>about the same thing: both concern a common place, or, when neither names a place, both
 *       benefit a common actor.</li>
 * </ul>
 */
public final class Disagreements {

    private static final String QUERY = Queries.load("disagreements");

    private Disagreements() {
    }

    /**
     * @param type   one claim type, or null for all
     * @param actors keys or names of actors of which at least one side must be, or empty
     * @param from   both claims dated on or after this day, or null
     * @param to     both claims dated on or before this day, or null
     */
    public static List<Disagreement> find(Graph graph, String type, Set<String> actors, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type);
        params.put("actors", List.copyOf(actors));
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        List<Record> rows = graph.read(tx -> tx.run(QUERY, params).list());
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> {
            keys.add(r.get("claim").asString());
            keys.add(r.get("opponentClaim").asString());
        });
        Map<String, TimelineEntry> claims = Timeline.claims(graph, keys).stream()
                .collect(Collectors.toMap(TimelineEntry::key, Function.identity()));
        List<Disagreement> out = new ArrayList<>();
        for (Record r : rows) {
            TimelineEntry support = claims.get(r.get("claim").asString());
            TimelineEntry opposition = claims.get(r.get("opponentClaim").asString());
            if (support != null && opposition != null) {
                out.add(new Disagreement(r.get("type").asString(), r.get("at").asList(Value::asString), support,
                        opposition, r.get("opponentAlsoSupports").asBoolean(false)));
            }
        }
        return out;
    }
}
