package org.eventline.cli;

import org.eventline.extract.Extractor;
import org.eventline.graph.Graph;
import org.eventline.graph.Loader;
import org.eventline.model.Extraction;
import org.eventline.model.Json;
import org.eventline.source.ArticleReader;
import org.eventline.source.Input;
import org.eventline.source.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
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

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.html, .htm, .txt, .md, or .gz of those), folders, http(s) URLs, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for all inputs, instead of each page's own.")
    String published;

    @Option(names = "--from-jsonl", paramLabel = "FILE",
            description = "Load extractions printed by `extract --format jsonl` instead of extracting here.")
    Path fromJsonl;

    @Option(names = "--batch-size", paramLabel = "N", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = 200;

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    ExtractorOptions extraction;

    @Override
    public Integer call() throws IOException {
        Dates.checkDate("--published", published);
        if (inputs.isEmpty() && fromJsonl == null) {
            throw new UsageException("give INPUT files, folders or URLs, or --from-jsonl FILE");
        }
        if (batchSize < 1) {
            throw new UsageException("--batch-size must be at least 1");
        }
        ArticleReader reader = new ArticleReader();
        List<Input> all = Inputs.expand(inputs, reader, Main::log);
        // The embedded server takes seconds to start: start it while the extractor loads its lexicon.
        CompletableFuture<Graph> opening = CompletableFuture.supplyAsync(() -> Graph.open(graphOptions.target()));
        int failed = 0;
        try (Graph graph = Await.get(opening)) {
            Loader loader = new Loader(graph);
            Loader.Result loaded = Loader.Result.EMPTY;
            if (fromJsonl != null) {
                List<Extraction> extractions = new ArrayList<>();
                failed += readJsonl(fromJsonl, extractions);
                loaded = new Ingestion(loader, null, 1, batchSize).load(extractions);
            }
            Ingestion.Summary summary = new Ingestion.Summary(0, 0, Loader.Result.EMPTY);
            List<Input> toRead = withoutHeldFeedItems(all, loader);
            Map<String, Input> byName = new LinkedHashMap<>();
            toRead.forEach(input -> byName.putIfAbsent(input.name(), input));
            if (!toRead.isEmpty()) {
                Extractor extractor = extraction.extractor();
                summary = new Ingestion(loader, extractor, extraction.threads(), batchSize)
                        .run(Inputs.names(toRead), name -> reader.read(byName.get(name), published));
            }
            Ingestion.Summary total = new Ingestion.Summary(summary.inputs(), summary.failed() + failed,
                    summary.loaded().plus(loaded));
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

    /** Reads extractions, one JSON object per line; a bad line is reported and counted, the rest go on. */
    private static int readJsonl(Path file, List<Extraction> out) throws IOException {
        int failed = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Extraction e = Json.extraction(line);
                    if (e.document() == null || e.document().body() == null) {
                        throw new IllegalArgumentException("no document");
                    }
                    out.add(e);
                } catch (IllegalArgumentException e) {
                    failed++;
                    Main.log("eventline: " + file + ":" + n + ": " + e.getMessage());
                }
            }
        }
        return failed;
    }
}
