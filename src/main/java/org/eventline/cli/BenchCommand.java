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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure ingest speed on a reproducible synthetic corpus (Traditional and Simplified Chinese and "
                + "English news pages built from the lexicon): extraction alone, loading alone, end to end, re-ingest "
                + "of the unchanged corpus, and the same rows written by a bare UNWIND script and one transaction per row.",
                "Uses a temporary embedded store unless --store or --uri names an empty database; cleans up afterwards.",
                "Progress on stderr; the figures on stdout (--format json: one line)."})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

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
                LoadBaselines.clear(graph);
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

        ArticleReader reader = new ArticleReader();
        List<Article> read = new ArrayList<>(articles);
        long t0 = System.nanoTime();
        try (Parallel workers = new Parallel(threads)) {
            workers.mapOrdered(inputs, input -> {
                try {
                    return reader.read(input, null);
                } catch (org.eventline.source.SourceException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }, read::add);
        }
        double readSecs = secs(t0);
        f.put("corpus_chars", read.stream().mapToLong(a -> a.body().length()).sum());

        Main.log("bench: extraction only …");
        List<Extraction> extracted = new ArrayList<>(articles);
        long extractCpu0 = cpuNanos();
        t0 = System.nanoTime();
        try (Parallel workers = new Parallel(threads)) {
            workers.mapOrdered(read, extractor::extract, extracted::add);
        }
        double extractSecs = secs(t0);
        double extractCpu = (cpuNanos() - extractCpu0) / 1e9;
        read.clear();
        int rows = LoadBaselines.rows(extracted);
        f.put("rows", rows);
        f.put("claims_found", extracted.stream().mapToInt(e -> e.claims().size()).sum());
        f.put("actor_mentions", extracted.stream().mapToInt(e -> e.actors().stream().mapToInt(a -> a.mentions().size()).sum()).sum());

        // The server plans each statement on first use and the JIT compiles its write path over the first
        // thousands of rows (longer on a busy machine): warm both writers up on up to 2,000 articles, since
        // with less the writer timed first still pays for compilation the one timed after it no longer does.
        List<Extraction> warm = extracted.subList(0, Math.min(2000, articles));
        load(new Loader(graph), warm);
        LoadBaselines.clear(graph);
        LoadBaselines.bareUnwind(graph, warm, batchSize);
        LoadBaselines.clear(graph);

        // Ours and the bare script alternate (ours, bare, bare, ours) so that a change in the machine's
        // load during the run weighs on both alike; each starts from an empty graph.
        Main.log("bench: loading only, and the same rows by a bare UNWIND script …");
        Clock ours = new Clock();
        Clock bare = new Clock();
        ours.time(() -> load(new Loader(graph), extracted));
        long[] size = LoadBaselines.size(graph);
        f.put("nodes", size[0]);
        f.put("relationships", size[1]);
        LoadBaselines.clear(graph);
        bare.time(() -> LoadBaselines.bareUnwind(graph, extracted, batchSize));
        f.put("bare_unwind_relationships", LoadBaselines.size(graph)[1]);
        LoadBaselines.clear(graph);
        bare.time(() -> LoadBaselines.bareUnwind(graph, extracted, batchSize));
        LoadBaselines.clear(graph);
        ours.time(() -> load(new Loader(graph), extracted));
        LoadBaselines.clear(graph);
        double loadSecs = ours.wall / 2;
        double bareSecs = bare.wall / 2;

        Main.log("bench: one transaction per row (up to " + perRowSeconds + " s, then extrapolated) …");
        int sampled = 0;
        int sampledRows = 0;
        long perRowCpu0 = cpuNanos();
        t0 = System.nanoTime();
        while (sampled < extracted.size() && secs(t0) < perRowSeconds) {
            List<Extraction> one = extracted.subList(sampled, sampled + 1);
            LoadBaselines.perRow(graph, one);
            sampledRows += LoadBaselines.rows(one);
            sampled++;
        }
        double perRowSampleSecs = secs(t0);
        double perRowCpu = (cpuNanos() - perRowCpu0) / 1e9 * rows / Math.max(1, sampledRows);
        double perRowSecs = perRowSampleSecs * rows / Math.max(1, sampledRows);
        boolean perRowExtrapolated = sampled < extracted.size();
        LoadBaselines.clear(graph);

        extracted.clear();  // end to end reads from the files again: what the first phases kept in memory can go
        Main.log("bench: end to end …");
        Ingestion ingestion = new Ingestion(new Loader(graph), extractor, threads, batchSize);
        long e2eCpu0 = cpuNanos();
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

    private void load(Loader loader, List<Extraction> all) {
        for (int from = 0; from < all.size(); from += batchSize) {
            loader.load(all.subList(from, Math.min(all.size(), from + batchSize)));
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
