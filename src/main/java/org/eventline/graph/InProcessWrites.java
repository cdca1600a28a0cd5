package org.eventline.graph;

import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.kernel.api.exceptions.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Write transactions run by the embedded engine of this process through its own transaction API: the
 * same statements and parameters as over Bolt, without encoding them for the wire and decoding them in
 * the server. Parameters are taken as they are: integers must be longs, as Bolt would deliver them
 * ({@link Rows}), for the stored properties to be of the same types. Retried like the driver retries a
 * managed transaction: the whole transaction again, on transient errors (a deadlock with another writer,
 * say), for up to {@link Graph#RETRY_SECONDS}.
 */
final class InProcessWrites implements Writes {

    private static final long FIRST_PAUSE_MS = 50;
    private static final long LONGEST_PAUSE_MS = 5_000;

    private final EmbeddedServer server;
    private final String database;

    InProcessWrites(EmbeddedServer server, String database) {
        this.server = server;
        this.database = database;
    }

    @Override
    public <T> T write(Function<WriteTransaction, T> work) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Graph.RETRY_SECONDS);
        long pause = FIRST_PAUSE_MS;
        GraphDatabaseService db = server.database(database);
        while (true) {
            try (Transaction tx = db.beginTx()) {
                T result = work.apply((statement, params) -> run(tx, statement, params));
                tx.commit();
                return result;
            } catch (DatabaseShutdownException e) {
                throw new GraphUnavailableException("the embedded Neo4j stopped (" + e.getMessage()
                        + "); what was written before is kept: run the same command again to complete it", e);
            } catch (RuntimeException e) {
                if (!isTransient(e) || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                    throw e;
                }
            }
            sleep(pause);
            pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
        }
    }

    private static WriteTransaction.Outcome run(Transaction tx, String statement, Map<String, Object> params) {
        try (Result result = tx.execute(statement, params)) {
            List<String> columns = result.columns();
            List<Map<String, Object>> records = new ArrayList<>();
            while (result.hasNext()) {
                Map<String, Object> row = result.next();
                Map<String, Object> ordered = new LinkedHashMap<>();
                for (String column : columns) {
                    ordered.put(column, row.get(column));
                }
                records.add(ordered);
            }
            QueryStatistics s = result.getQueryStatistics();
            return new WriteTransaction.Outcome(records, new WriteTransaction.Counts(s.getNodesCreated(),
                    s.getNodesDeleted(), s.getRelationshipsCreated(), s.getRelationshipsDeleted()));
        }
    }

    /** Transient errors the driver would not retry either: the transaction was stopped on purpose. */
    private static final Set<String> NOT_RETRIED = Set.of(
            "Neo.TransientError.Transaction.Terminated", "Neo.TransientError.Transaction.LockClientStopped");

    /** Errors worth running the transaction again for, judged by their status as the driver judges them. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String code = t instanceof Status.HasStatus s ? s.status().code().serialize()
                    : t instanceof QueryExecutionException q ? q.getStatusCode() : null;
            if (code != null && code.startsWith("Neo.TransientError.")) {
                return !NOT_RETRIED.contains(code);
            }
            if (t instanceof TransientFailureException) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long pauseMs) {
        try {
            Thread.sleep(pauseMs / 2 + ThreadLocalRandom.current().nextLong(pauseMs / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
        }
    }
}
