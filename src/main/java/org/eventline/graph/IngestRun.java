package org.eventline.graph;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The record of one ingest run in the graph: an {@code IngestRun} node written when the run starts,
 * completed with its counts when it ends, and linked by {@code ADDED} and {@code REPLACED} to the
 * articles it wrote (in the transactions that wrote them). A run without {@code finishedAt} was
 * interrupted.
 */
public record IngestRun(String id) {

    /** The inputs a run node lists; beyond that only their number is kept. */
    static final int MAX_LISTED_INPUTS = 1000;

    private static final String BEGIN = """
            CREATE (r:IngestRun {id: $id, startedAt: $now, command: $command, inputs: $inputs,
                                 inputCount: $inputCount, extractor: $extractor})
            """;

    private static final String FINISH = """
            MATCH (r:IngestRun {id: $id})
            SET r.finishedAt = $now, r += $counts
            """;

    /**
     * Writes the start of a run.
     *
     * @param command   what ran, e.g. "ingest" or "ingest --from-jsonl"
     * @param inputs    the inputs as named (files, folders, URLs)
     * @param extractor fingerprint of the extractor, or null when loading extractions made elsewhere
     */
    public static IngestRun begin(Graph graph, String command, List<String> inputs, int inputCount, String extractor) {
        IngestRun run = new IngestRun("run:" + UUID.randomUUID());
        Map<String, Object> p = new HashMap<>();
        p.put("id", run.id);
        p.put("now", ZonedDateTime.now());
        p.put("command", command);
        p.put("inputs", List.copyOf(inputs.subList(0, Math.min(inputs.size(), MAX_LISTED_INPUTS))));
        p.put("inputCount", inputCount);
        p.put("extractor", extractor);
        graph.write(tx -> tx.run(BEGIN, p).consume());
        return run;
    }

    /** Completes the run's record with its totals. */
    public void finish(Graph graph, Loader.Result totals, int failed) {
        Map<String, Object> counts = new HashMap<>();
        counts.put("added", totals.added());
        counts.put("replaced", totals.replaced());
        counts.put("unchanged", totals.unchanged());
        counts.put("failed", failed);
        counts.put("nodesCreated", totals.nodesCreated());
        counts.put("nodesDeleted", totals.nodesDeleted());
        counts.put("relationshipsCreated", totals.relationshipsCreated());
        counts.put("relationshipsDeleted", totals.relationshipsDeleted());
        graph.write(tx -> tx.run(FINISH, Map.of("id", id, "now", ZonedDateTime.now(), "counts", counts)).consume());
    }
}
