package org.eventline.cli;

import org.eventline.extract.Extractor;
import org.eventline.graph.Graph;
import org.eventline.graph.Loader;
import org.eventline.source.ArticleReader;
import org.eventline.source.Input;
import org.eventline.source.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read, extract and load articles into the graph. Unchanged articles are skipped, changed ones "
                + "replace their own facts; nothing is duplicated.",
                "Prints a summary on stdout; errors, one line per failed input, on stderr."})
final class IngestCommand implements Callable<Integer> {

    /** Articles per transaction: measured with `eventline bench` (see cypher/README.md, "Speed"). */
    static final int DEFAULT_BATCH_SIZE = 200;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.html, .htm, .txt, .md, or .gz of those), folders, http(s) URLs, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for all inputs, instead of each page's own.")
    String published;

    @Option(names = "--from-jsonl", paramLabel = "FILE",
            description = "Load extractions printed by `extract --format jsonl` (- for standard input), streamed: "
                    + "the file may be larger than memory.")
    Path fromJsonl;

    @Option(names = "--batch-size", paramLabel = "N", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = DEFAULT_BATCH_SIZE;

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    ExtractorOptions extraction;

    @Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() throws IOException {
        Dates.checkDate("--published", published);
        if (inputs.isEmpty() && fromJsonl == null) {
            throw new UsageException("give INPUT files, folders or URLs, or --from-jsonl FILE");
        }
        if (batchSize < 1) {
            throw new UsageException("--batch-size must be at least 1");
        }
        if (fromJsonl != null && !fromJsonl.toString().equals("-") && !Files.isRegularFile(fromJsonl)) {
            throw new UsageException(fromJsonl + ": no such file");
        }
        Limits limits = limitOptions.limits();
        ArticleReader reader = limits.reader();
        List<Input> all = Inputs.expand(inputs, reader, Main::log);
        // The embedded server takes seconds to start: start it while the extractor loads its lexicon.
        CompletableFuture<Graph> opening = CompletableFuture.supplyAsync(() -> Graph.open(graphOptions.target()));
        Extractor extractor;
        try {
            extractor = all.isEmpty() ? null : extraction.extractor();
        } catch (RuntimeException e) {
            opening.thenAccept(Graph::close).exceptionally(t -> null).join();
            throw e;
        }
        try (Graph graph = Await.get(opening)) {
            Loader loader = new Loader(graph);
            Ingestion.Summary total = Ingestion.Summary.EMPTY;
            if (fromJsonl != null) {
                total = total.plus(loadJsonl(new Ingestion(loader, null, extraction.threads(), batchSize)));
            }
            List<Input> toRead = withoutHeldFeedItems(all, loader);
            if (!toRead.isEmpty()) {
                Map<String, Input> byName = new LinkedHashMap<>();
                toRead.forEach(input -> byName.putIfAbsent(input.name(), input));
                total = total.plus(new Ingestion(loader, extractor, limits, extraction.threads(), batchSize)
                        .run(Inputs.names(toRead), Ingestion.ArticleSource.of(reader, byName, published)));
            }
            System.out.println(Ingestion.describe(total));
            return total.failed() == 0 ? Main.OK : Main.INPUT_FAILED;
        }
    }

    /** Feed items whose address the graph already holds are not fetched again: re-running a feed picks up new items. */
    private static List<Input> withoutHeldFeedItems(List<Input> inputs, Loader loader) {
        List<String> items = inputs.stream().filter(Input::fromFeed).map(Input::name).toList();
        Set<String> held = loader.existing(items);
        if (held.isEmpty()) {
            return inputs;
        }
        Main.log("eventline: " + held.size() + " feed item" + (held.size() == 1 ? " is" : "s are")
                + " already in the graph, not fetched again");
        return inputs.stream().filter(i -> !(i.fromFeed() && held.contains(i.name()))).toList();
    }

    /** Streams the file (or standard input for "-"): memory stays flat whatever its size. */
    private Ingestion.Summary loadJsonl(Ingestion ingestion) throws IOException {
        if (fromJsonl.toString().equals("-")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return ingestion.load("-", in, 0);
        }
        try (BufferedReader in = Files.newBufferedReader(fromJsonl, StandardCharsets.UTF_8)) {
            return ingestion.load(fromJsonl.toString(), in, countLines(fromJsonl));
        }
    }

    /** Lines in a file, for the progress bar: one fast pass over the bytes. */
    static int countLines(Path file) throws IOException {
        int lines = 0;
        byte last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }
}
