package org.eventline.graph;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.SummaryCounters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the loader's write transactions reach the database. The embedded engine running in this process
 * takes them {@linkplain InProcessWrites in process}, which spares encoding and decoding the large
 * parameter lists for Bolt; any other server takes them over Bolt. Either way a transaction is retried
 * as a whole on transient errors, and commits all its statements or none.
 */
public interface Writes {

    /** Runs {@code work} in one write transaction and commits it; retried as a whole on transient errors. */
    <T> T write(Function<WriteTransaction, T> work);

    /** Write transactions over Bolt, managed and retried by the driver ({@link Graph#write}). */
    static Writes overBolt(Graph graph) {
        return new Writes() {
            @Override
            public <T> T write(Function<WriteTransaction, T> work) {
                return graph.write(tx -> work.apply((statement, params) -> {
                    Result result = tx.run(statement, params);
                    List<Map<String, Object>> records = new ArrayList<>();
                    for (Record r : result.list()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (String key : r.keys()) {
                            row.put(key, Graph.plain(r.get(key)));
                        }
                        records.add(row);
                    }
                    return new WriteTransaction.Outcome(records, counts(result.consume().counters()));
                }));
            }
        };
    }

    private static WriteTransaction.Counts counts(SummaryCounters c) {
        return new WriteTransaction.Counts(c.nodesCreated(), c.nodesDeleted(), c.relationshipsCreated(),
                c.relationshipsDeleted());
    }
}
