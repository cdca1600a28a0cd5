package org.eventline.cli;

import org.eventline.extract.Extractor;
import org.eventline.extract.Lexicon;
import org.eventline.graph.Graph;
import org.eventline.graph.GraphTarget;
import org.eventline.graph.LoadBaselines;
import org.eventline.graph.Loader;
import org.eventline.model.Article;
import org.eventline.model.Extraction;
import org.eventline.model.Json;
import org.eventline.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure ingest speed on a reproducible synthetic corpus (Traditional and Simplified Chinese and "
                + "English news pages built from the lexicon): extraction alone, loading alone, end to end, re-ingest "
                + "of the unchanged corpus, and the same rows written by a bare UNWIND script and one transaction per row.",
                "Uses a temporary embedded store unless --store or --uri names an empty database; cleans up afterwards.",
                "Progress on stderr; the figures on stdout (--format json: one line)."})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    /** Articles read and extracted at a time (rounded to whole batches) before their extractions go to the file. */
    private static final int WINDOW = 1000;

    @Option(names = "--articles", paramLabel = "N", description = "Articles in the corpus (default: ${DEFAULT-VALUE}).")
    int articles = 2000;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--batch-size", paramLabel = "N", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = IngestCommand.DEFAULT_BATCH_SIZE;

    @Option(names = "--per-row-seconds", paramLabel = "S",
            description = "Time budget of the one-transaction-per-row run; beyond it the rest is extrapolated "
                    + "(default: ${DEFAULT-VALUE}).")
    double perRowSeconds = 20;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    ExtractorOptions extraction;

    @Override
    public Integer call() throws IOException {
        if (articles < 10) {
            throw new UsageException("--articles must be at least 10");
        }
        if (batchSize < 1) {
            throw new UsageException("--batch-size must be at least 1");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json");
        }
        Path work = Files.createTempDirectory("eventline-bench-");
        // Interrupted (Ctrl-C), the bench still leaves no corpus or store behind.
        Thread cleanup = new Thread(() -> {
            try {
                delete(work);
            } catch (RuntimeException e) {
                // Files vanishing under the walk at exit: nothing left to do.
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean temporary = graphOptions.store == null && graphOptions.uri == null;
        GraphTarget target = temporary
                ? new GraphTarget(null, null, null, GraphTarget.DEFAULT_DATABASE, work.resolve("store"), false, 0, -1)
                : graphOptions.target();
        try {
            CompletableFuture<Graph> opening = CompletableFuture.supplyAsync(() -> Graph.open(target));
            Lexicon lexicon = Lexicon.load(extraction.folders());
            Extractor extractor = Extractor.create(lexicon);
            try (Graph graph = Await.get(opening)) {
                long[] size = LoadBaselines.size(graph);
                if (size[0] > 0) {
                    throw new UsageException("bench clears the database it uses: " + target.describe() + " holds "
                            + size[0] + " nodes; give an empty one, or no --store/--uri for a temporary store");
                }
                Map<String, Object> figures = measure(graph, lexicon, extractor, work.resolve("corpus"));
                System.out.println(format.equals("json") ? Json.line(figures) : text(figures));
                if (!temporary) {
                    LoadBaselines.clear(graph);  // a temporary store goes with its folder
                }
            }
            return Main.OK;
        } finally {
            delete(work);
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    private Map<String, Object> measure(Graph graph, Lexicon lexicon, Extractor extractor, Path dir) {
        int threads = extraction.threads();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("articles", articles);
        f.put("seed", seed);
        f.put("batch_size", batchSize);
        f.put("threads", threads);

        Main.log("bench: writing " + articles + " synthetic articles …");
        List<Path> files = new SyntheticCorpus(lexicon, extractor.gazetteer(), seed)
                .write(dir, articles);
        List<String> inputs = files.stream().map(Path::toString).toList();

        // Extractions go to a file between the phases, as `extract --format jsonl` and `ingest --from-jsonl`
        // would pass them: memory stays flat whatever the number of articles.
        Path extractions = dir.resolveSibling("extractions.jsonl");
        Main.log("bench: extraction only …");
        ArticleReader reader = new ArticleReader();
        Clock reading = new Clock();
        Clock extracting = new Clock();
        long chars = 0;
        int rows = 0;
        int claims = 0;
        int mentions = 0;
        int window = batchSize * Math.max(1, WINDOW / batchSize);
        try (Parallel workers = new Parallel(threads);
             BufferedWriter out = Files.newBufferedWriter(extractions, StandardCharsets.UTF_8)) {
            for (int from = 0; from < inputs.size(); from += window) {
                List<String> some = inputs.subList(from, Math.min(inputs.size(), from + window));
                List<Article> read = new ArrayList<>(some.size());
                reading.time(() -> workers.mapOrdered(some, input -> read(reader, input), read::add));
                List<Extraction> extracted = new ArrayList<>(some.size());
                extracting.time(() -> workers.mapOrdered(read, extractor::extract, extracted::add));
                for (int b = 0; b < extracted.size(); b += batchSize) {
                    rows += LoadBaselines.rows(extracted.subList(b, Math.min(extracted.size(), b + batchSize)));
                }
                for (Extraction e : extracted) {
                    chars += e.document().body().length();
                    claims += e.claims().size();
                    mentions += e.actors().stream().mapToInt(a -> a.mentions().size()).sum();
                    out.write(Json.line(e));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + extractions, e);
        }
        double readSecs = reading.wall;
        double extractSecs = extracting.wall;
        double extractCpu = extracting.cpu;
        f.put("corpus_chars", chars);
        f.put("rows", rows);
        f.put("claims_found", claims);
        f.put("actor_mentions", mentions);

        // The server plans each statement on first use and the JIT compiles its write path over the first
        // thousands of rows (longer on a busy machine): warm both writers up on up to 2,000 articles, since
        // with less the writer timed first still pays for compilation the one timed after it no longer does.
        int warm = Math.min(2000, articles);
        Clock unused = new Clock();
        eachBatch(extractions, warm, unused, new Loader(graph)::load);
        LoadBaselines.clear(graph);
        eachBatch(extractions, warm, unused, batch -> LoadBaselines.bareUnwind(graph, batch, batchSize));
        LoadBaselines.clear(graph);

        // Ours and the bare script alternate (ours, bare, bare, ours) so that a change in the machine's
        // load during the run weighs on both alike; each starts from an empty graph. Only the writes are
        // timed, not the reading of the file.
        Main.log("bench: loading only, and the same rows by a bare UNWIND script …");
        Clock ours = new Clock();
        Clock bare = new Clock();
        eachBatch(extractions, articles, ours, new Loader(graph)::load);
        long[] size = LoadBaselines.size(graph);
        f.put("nodes", size[0]);
        f.put("relationships", size[1]);
        LoadBaselines.clear(graph);
        eachBatch(extractions, articles, bare, batch -> LoadBaselines.bareUnwind(graph, batch, batchSize));
        f.put("bare_unwind_relationships", LoadBaselines.size(graph)[1]);
        LoadBaselines.clear(graph);
        eachBatch(extractions, articles, bare, batch -> LoadBaselines.bareUnwind(graph, batch, batchSize));
        LoadBaselines.clear(graph);
        eachBatch(extractions, articles, ours, new Loader(graph)::load);
        LoadBaselines.clear(graph);
        double loadSecs = ours.wall / 2;
        double bareSecs = bare.wall / 2;

        Main.log("bench: one transaction per row (up to " + perRowSeconds + " s, then extrapolated) …");
        int sampled = 0;
        int sampledRows = 0;
        Clock perRow = new Clock();
        try (BufferedReader in = Files.newBufferedReader(extractions, StandardCharsets.UTF_8)) {
            String line;
            while (perRow.wall < perRowSeconds && (line = in.readLine()) != null) {
                List<Extraction> one = List.of(Json.extraction(line));
                perRow.time(() -> LoadBaselines.perRow(graph, one));
                sampledRows += LoadBaselines.rows(one);
                sampled++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + extractions, e);
        }
        double perRowCpu = perRow.cpu * rows / Math.max(1, sampledRows);
        double perRowSecs = perRow.wall * rows / Math.max(1, sampledRows);
        boolean perRowExtrapolated = sampled < articles;
        LoadBaselines.clear(graph);

        Main.log("bench: end to end …");
        Ingestion ingestion = new Ingestion(new Loader(graph), extractor, threads, batchSize);
        long e2eCpu0 = cpuNanos();
        long t0;
        t0 = System.nanoTime();
        Ingestion.Summary first = ingestion.run(inputs, Ingestion.ArticleSource.of(reader, null));
        double e2eSecs = secs(t0);
        double e2eCpu = (cpuNanos() - e2eCpu0) / 1e9;

        Main.log("bench: re-ingest of the unchanged corpus …");
        t0 = System.nanoTime();
        Ingestion.Summary again = ingestion.run(inputs, Ingestion.ArticleSource.of(reader, null));
        double reingestSecs = secs(t0);
        if (first.failed() > 0 || again.loaded().unchanged() != first.loaded().added()) {
            throw new IllegalStateException("bench: the re-ingest did not find the corpus unchanged ("
                    + Ingestion.describe(again) + ")");
        }

        f.put("read_articles_per_s", round(articles / readSecs));
        f.put("extract_articles_per_s", round(articles / extractSecs));
        f.put("load_articles_per_s", round(articles / loadSecs));
        f.put("e2e_articles_per_s", round(articles / e2eSecs));
        f.put("reingest_articles_per_s", round(articles / reingestSecs));
        f.put("load_rows_per_s", round(rows / loadSecs));
        f.put("extract_s", round(extractSecs));
        f.put("load_s", round(loadSecs));
        f.put("bare_unwind_s", round(bareSecs));
        f.put("per_row_s", round(perRowSecs));
        f.put("per_row_sampled_articles", sampled);
        f.put("per_row_extrapolated", perRowExtrapolated);
        f.put("e2e_s", round(e2eSecs));
        f.put("reingest_s", round(reingestSecs));
        f.put("loader_vs_bare_unwind", round(loadSecs / bareSecs));
        f.put("per_row_vs_batched", round(perRowSecs / loadSecs));
        f.put("reingest_unchanged_ratio", round(reingestSecs / e2eSecs));
        f.put("bottleneck", extractSecs > loadSecs ? "extraction" : "loading");
        // Processor seconds of the whole process (extraction, driver and database alike): steadier than
        // wall time on a shared machine.
        f.put("extract_cpu_ms_per_article", round(extractCpu * 1000 / articles));
        f.put("load_cpu_ms_per_article", round(ours.cpu / 2 * 1000 / articles));
        f.put("bare_unwind_cpu_ms_per_article", round(bare.cpu / 2 * 1000 / articles));
        f.put("e2e_cpu_ms_per_article", round(e2eCpu * 1000 / articles));
        f.put("loader_vs_bare_unwind_cpu", round(ours.cpu / bare.cpu));
        f.put("per_row_vs_batched_cpu", round(perRowCpu / (ours.cpu / 2)));
        f.put("peak_rss_mb", peakRssMb());
        return f;
    }

    /** Wall and processor time summed over the runs it timed. */
    private static final class Clock {
        double wall;
        double cpu;

        void time(Runnable run) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            run.run();
            wall += secs(t0);
            cpu += (cpuNanos() - c0) / 1e9;
        }
    }

    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Hands the first {@code limit} extractions of the file to {@code write}, a batch at a time, timing the writes. */
    private void eachBatch(Path extractions, int limit, Clock clock, Consumer<List<Extraction>> write) {
        try (BufferedReader in = Files.newBufferedReader(extractions, StandardCharsets.UTF_8)) {
            int n = 0;
            List<Extraction> batch = new ArrayList<>(batchSize);
            String line;
            while (n < limit && (line = in.readLine()) != null) {
                batch.add(Json.extraction(line));
                n++;
                if (batch.size() == batchSize || n == limit) {
                    List<Extraction> full = batch;
                    clock.time(() -> write.accept(full));
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                List<Extraction> rest = batch;
                clock.time(() -> write.accept(rest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + extractions, e);
        }
    }

    private static Article read(ArticleReader reader, String input) {
        try {
            return reader.read(input, null);
        } catch (org.eventline.source.SourceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> f) {
        StringBuilder out = new StringBuilder();
        f.forEach((k, v) -> out.append(String.format("%-28s %s%n", k, v)));
        return out.toString().stripTrailing();
    }

    /** The process's peak resident memory (VmHWM), or -1 where /proc does not tell. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
