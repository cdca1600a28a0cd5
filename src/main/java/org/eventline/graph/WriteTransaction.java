package org.eventline.graph;

import java.util.List;
import java.util.Map;

/**
 * One write transaction of the loader, whichever way its statements reach the database: in process
 * through the embedded engine, or over Bolt through the driver ({@link Writes}). Statements and
 * parameters are the same either way; parameters are plain Java values (strings, numbers, booleans,
 * dates, lists and maps of them).
 */
public interface WriteTransaction {

    /** Runs a statement to its end: the rows it returned, as ordered maps of column to plain value, and what it changed. */
    Outcome run(String statement, Map<String, Object> params);

    /** What a statement returned and changed. */
    record Outcome(List<Map<String, Object>> records, Counts counts) {
    }

    /** What a statement or a transaction changed. */
    record Counts(long nodesCreated, long nodesDeleted, long relationshipsCreated, long relationshipsDeleted) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(nodesCreated + o.nodesCreated, nodesDeleted + o.nodesDeleted,
                    relationshipsCreated + o.relationshipsCreated, relationshipsDeleted + o.relationshipsDeleted);
        }
    }
}
