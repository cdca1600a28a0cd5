package org.eventline.cli;

import org.eventline.extract.Extracting;
import org.eventline.extract.Lexicon;
import org.eventline.graph.EmbeddedServer;
import org.eventline.graph.Graph;
import org.eventline.graph.GraphSnapshot;
import org.eventline.graph.GraphTarget;
import org.eventline.graph.TestGraph;
import org.eventline.source.ArticleReader;
import org.eventline.source.Inputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults during ingest: a process killed with SIGKILL at random points, the server restarted mid-run, a
 * database that cannot be reached or a store another process holds. Whatever happens, running the same
 * command again gives the graph an uninterrupted run gives.
 *
 * <p>The kill trials run {@code -Deventline.killTrials=N} times (3 by default, each starting Neo4j in
 * other processes); {@code -Deventline.killSeed=S} repeats a sequence of kill points.
 */
class FaultsIT {

    /** Enough articles for progress lines (a tenth of the run each) and twenty transactions to kill. */
    private static final int ARTICLES = 60;
    private static final Pattern PROGRESS = Pattern.compile("^ingest: (\\d+)/(\\d+)");
    private static final Pattern SUMMARY = Pattern.compile("articles: (\\d+) new, (\\d+) unchanged, (\\d+) replaced, (\\d+) failed");

    @TempDir
    static Path dir;

    private static Path corpus;
    private static GraphSnapshot uninterrupted;

    @BeforeAll
    static void ingestTheCorpusUninterrupted() {
        corpus = dir.resolve("corpus");
        new SyntheticCorpus(Lexicon.bundled(), Extracting.EXTRACTOR.gazetteer(), 11).write(corpus, ARTICLES);
        Graph graph = TestGraph.clean();
        List<String> inputs = Inputs.names(Inputs.expand(List.of(corpus.toString()), new ArticleReader(), m -> { }));
        Ingestion.Summary whole = new Ingestion(new org.eventline.graph.Loader(graph), Extracting.EXTRACTOR, 2, 3)
                .run(inputs, Ingestion.ArticleSource.of(new ArticleReader(), null));
        assertEquals(ARTICLES, whole.loaded().added());
        uninterrupted = GraphSnapshot.of(graph);
    }

    private static List<String> ingest(Path store) {
        return List.of("ingest", "--store", store.toString(), "--no-auth", "--batch-size", "3", corpus.toString());
    }

    /** Where a trial killed the ingest and what the run after it did. */
    private record Trial(int number, String mode, String killedAt, long committed, int added, int unchanged, boolean equal) {
        @Override
        public String toString() {
            return String.format("trial %2d  %-6s  killed %-40s  committed before %2d  rerun added %2d, unchanged %2d  %s",
                    number, mode, killedAt, committed, added, unchanged, equal ? "graph equal" : "GRAPH DIFFERS");
        }
    }

    /**
     * Kills ingests with SIGKILL, then runs them again. The first quarter kill the process that owns the store
     * (its Neo4j dies with it, and the next start recovers the store); the others kill a client of a served
     * store, mid-transaction or between two. While the first owner runs, a second ingest on its store is
     * refused with exit code 3.
     */
    private static final String FINISHED_FIRST = "never: it finished first";
    private static final String FINISHED_RUNS =
            "MATCH (r:IngestRun) WHERE r.finishedAt IS NOT NULL RETURN count(r) AS n";

    @Test
    void ingestsKilledAtRandomPointsThenRunAgainGiveTheGraphOfAnUninterruptedRun() throws Exception {
        int trials = Integer.getInteger("eventline.killTrials", 3);
        int owners = Math.max(1, trials / 4);  // an owner trial starts Neo4j twice: the costlier kind
        long seed = Long.getLong("eventline.killSeed", System.nanoTime());
        Random random = new Random(seed);
        Path store = dir.resolve("killed-store");
        GraphTarget target = new GraphTarget(null, null, null, GraphTarget.DEFAULT_DATABASE, store, false, 0, -1);
        List<Trial> results = new ArrayList<>();
        ServeChild serve = null;
        try {
            for (int i = 1; i <= trials; i++) {
                boolean owner = i <= owners;
                if (owner && serve != null) {
                    serve.stop();
                    serve = null;
                }
                if (!owner && serve == null) {
                    serve = ServeChild.start(store, false, 0);
                }
                Runnable whileOwned = i == 1 ? () -> aSecondIngestIsRefused(store) : null;
                String killedAt = killAtRandom(ingest(store), random, owner, whileOwned);
                if (serve == null) {
                    serve = ServeChild.start(store, false, 0);  // recovers the store after the kill
                }
                long committed;
                long finishedBeforeKill;
                try (Graph graph = Graph.open(target)) {
                    committed = count(graph, "MATCH (a:Article) RETURN count(a) AS n");
                    finishedBeforeKill = count(graph, FINISHED_RUNS);
                }
                Cli rerun = Cli.run(ingest(store).toArray(String[]::new));
                assertEquals(Main.OK, rerun.code(), "trial " + i + ": " + rerun.err());
                Matcher summary = SUMMARY.matcher(rerun.out());
                assertTrue(summary.find(), rerun.out());
                int added = Integer.parseInt(summary.group(1));
                int unchanged = Integer.parseInt(summary.group(2));
                try (Graph graph = Graph.open(target)) {
                    GraphSnapshot resumed = GraphSnapshot.of(graph);
                    Trial t = new Trial(i, owner ? "owner" : "client", killedAt, committed, added, unchanged,
                            uninterrupted.equals(resumed));
                    results.add(t);
                    System.out.println(t);
                    assertEquals(uninterrupted, resumed, t + "\n" + uninterrupted.diff(resumed));
                    assertEquals(ARTICLES, added + unchanged, t.toString());
                    assertEquals(committed, unchanged, "what was committed before the kill stays, and only that: " + t);
                    // A child may finish its run and be killed while it closes the store: its run is then recorded
                    // as finished, and only then, with every article in.
                    if (killedAt.startsWith(FINISHED_FIRST)) {
                        assertEquals(1, finishedBeforeKill, "a child that exited before the kill finished its run: " + t);
                    }
                    if (finishedBeforeKill == 1) {
                        assertEquals(ARTICLES, committed, "a run recorded as finished wrote every article: " + t);
                    }
                    assertEquals(finishedBeforeKill + 1, count(graph, FINISHED_RUNS),
                            "the rerun is recorded as finished, the killed run as interrupted unless it had finished");
                    graph.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
                }
            }
        } finally {
            if (serve != null) {
                serve.stop();
            }
            System.out.println("kill trials (seed " + seed + "): " + results.size() + " of " + trials + " give the graph "
                    + "of an uninterrupted run");
        }
    }

    /** While an ingest owns the store (its Neo4j holds the lock), another one exits 3 with one line. */
    private static void aSecondIngestIsRefused(Path store) {
        Path lock = store.resolve("data").resolve("databases").resolve("store_lock");
        assertTrue(StoreLocks.held(lock), "the child's Neo4j holds the store lock (in /proc/locks)");
        Cli other = Cli.run("ingest", "--store", store.toString(), "--no-auth", corpus.toString());
        assertEquals(Main.DATABASE_UNAVAILABLE, other.code(), other.err());
        assertEquals("eventline: the store " + store.toAbsolutePath().normalize() + " is in use by another process; run "
                + "`eventline serve` on it to share it, or wait for the other command to finish", other.err().strip());
    }

    /**
     * Runs an ingest in a child JVM and kills it with SIGKILL: after a random number of progress lines (a
     * tenth of the articles each) and a random delay, or, one time in ten, at a random moment of its start.
     * {@code whileRunning}, when given, runs once the child has written its first articles.
     */
    private static String killAtRandom(List<String> args, Random random, boolean owner, Runnable whileRunning)
            throws Exception {
        int lines = whileRunning == null ? random.nextInt(10) : 1 + random.nextInt(9);
        long delay = lines == 0 ? random.nextInt(owner ? 8_000 : 4_000) : random.nextInt(300);
        Process child = ChildJvm.start(args, Files.createTempFile(dir, "killed-", ".out"));
        long started = System.nanoTime();
        String at;
        try (BufferedReader err = ChildJvm.err(child)) {
            int seen = 0;
            String progress = "start";
            StringBuilder log = new StringBuilder();
            while (seen < lines) {
                String line = ChildJvm.awaitLine(err, l -> PROGRESS.matcher(l).find(), log);
                if (line == null) {
                    break;
                }
                if (seen++ == 0 && whileRunning != null) {
                    whileRunning.run();
                }
                progress = line.substring(0, line.indexOf(' ', 8));
            }
            Thread.sleep(delay);
            at = child.isAlive() ? (lines == 0 ? delay + " ms after start" : delay + " ms after " + progress)
                    : FINISHED_FIRST;
            child.destroyForcibly();  // SIGKILL: no shutdown hook, no clean close of the store or the connection
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "killed");
        return at + (lines == 0 ? "" : String.format(" (%.1f s)", (System.nanoTime() - started) / 1e9));
    }

    @Test
    void aServerRestartedMidRunLosesNothing() throws Exception {
        Path store = dir.resolve("restarted-store");
        ServeChild serve = ServeChild.start(store, true, 0);
        String password = Files.readString(Graph.passwordFile(store)).strip();
        GraphTarget target = new GraphTarget(serve.boltUri(), Graph.USER, password, GraphTarget.DEFAULT_DATABASE, null,
                true, 0, -1);
        List<String> args = List.of("ingest", "--uri", serve.boltUri(), "--password", "--batch-size", "4", corpus.toString());
        try {
            CompletableFuture<Cli> running = CompletableFuture.supplyAsync(
                    () -> Cli.runWithInput(password + "\n", args.toArray(String[]::new)));
            try (Graph watch = Graph.open(target)) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (count(watch, "MATCH (a:Article) RETURN count(a) AS n") < ARTICLES / 10 && !running.isDone()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            assertFalse(running.isDone(), "the run is still going when the server stops");
            serve.stop();
            serve = ServeChild.start(store, true, serve.boltPort());
            Cli first = running.get(5, TimeUnit.MINUTES);
            String outcome;
            if (first.code() == Main.OK) {
                outcome = "the driver's retries finished the run";
            } else {
                assertEquals(Main.DATABASE_UNAVAILABLE, first.code(), first.err());
                String lost = "eventline: lost the connection to Neo4j at " + target.uri();
                assertTrue(first.err().strip().lines().anyMatch(l -> l.startsWith(lost)), first.err());
                Cli again = Cli.runWithInput(password + "\n", args.toArray(String[]::new));
                assertEquals(Main.OK, again.code(), again.err());
                outcome = "the run stopped cleanly and the next one completed it";
                assertFalse(again.err().contains(password) || again.out().contains(password));
            }
            System.out.println("server restarted mid-run: " + outcome);
            assertFalse(first.err().contains(password) || first.out().contains(password), "the password is never shown");
            assertFalse(first.err().contains("\tat "), "no stack trace: " + first.err());
            try (Graph graph = Graph.open(target)) {
                GraphSnapshot after = GraphSnapshot.of(graph);
                assertEquals(uninterrupted, after, uninterrupted.diff(after));
            }
        } finally {
            serve.stop();
        }
    }

    @Test
    void anUnreachableDatabaseExitsWithThreeAndOneLineUnlessDebugging() {
        String uri = "bolt://127.0.0.1:" + EmbeddedServer.freePortForTests();
        Cli r = Cli.run("ingest", "--uri", uri, corpus.toString());
        assertEquals(Main.DATABASE_UNAVAILABLE, r.code());
        assertEquals("eventline: cannot connect to Neo4j at " + uri + ": not reachable", r.err().strip());
        Cli debug = Cli.run("ingest", "--debug", "--uri", uri, corpus.toString());
        assertEquals(Main.DATABASE_UNAVAILABLE, debug.code());
        assertTrue(debug.err().contains("\tat org.eventline.graph.Graph"), "--debug shows the stack trace: " + debug.err());
        Cli after = Cli.run("ingest", "--uri", uri, corpus.toString());
        assertEquals(1, after.err().strip().lines().count(), "--debug does not stick: " + after.err());
    }

    private static long count(Graph graph, String query) {
        return ((Number) graph.query(query, Map.of()).get(0).get("n")).longValue();
    }
}
