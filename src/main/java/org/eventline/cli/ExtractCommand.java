package org.eventline.cli;

import org.eventline.model.Extraction;
import org.eventline.model.Json;
import org.eventline.source.ArticleReader;
import org.eventline.source.Input;
import org.eventline.source.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract actors, places, times, claims and events from articles; no database needed.",
                "json prints one indented object per input (one after another), jsonl one object per line, in "
                        + "input order; text a readable summary."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl, text }

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files (.html, .htm, .txt, .md, or .gz of those), folders, http(s) URLs, or - for stdin.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) to resolve relative dates against, instead of the page's own.")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, jsonl or text (default: ${DEFAULT-VALUE}).")
    Format format = Format.json;

    @Mixin
    ExtractorOptions extraction;

    @Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() {
        Dates.checkDate("--published", published);
        Limits limits = limitOptions.limits();
        ArticleReader reader = limits.reader();
        List<Input> all = Inputs.expand(inputs, reader, Main::log);
        PrintStream out = System.out;
        AtomicInteger failed = new AtomicInteger();
        try (Parallel parallel = new Parallel(extraction.threads())) {
            // The lexicon loads on a worker while the others read the first inputs, which need none of it: an
            // input's extraction is queued once it is read and the extractor is built.
            CompletableFuture<GuardedExtractor> building = parallel.supply(
                    () -> new GuardedExtractor(extraction.extractor(), limits, extraction.threads()));
            parallel.mapOrderedInSteps(all.iterator(), input -> parallel.supply(() -> read(reader, input))
                    .thenCombineAsync(building, (read, extractor) -> rendered(extracted(read, extractor)), parallel.executor()),
                    done -> {
                        if (!done.outcome().ok()) {
                            failed.incrementAndGet();
                            Main.log("eventline: " + done.outcome().error());
                            return;
                        }
                        out.print(done.output());
                    });
            Await.get(building);  // a lexicon that fails to load fails the run, even one with no input to extract
        }
        out.flush();
        return failed.get() == 0 ? Main.OK : Main.INPUT_FAILED;
    }

    /** An input's outcome and what it prints, written on the worker: the main thread only hands it over in order. */
    private record Rendered(Outcome outcome, String output) {
    }

    private Rendered rendered(Outcome outcome) {
        if (!outcome.ok()) {
            return new Rendered(outcome, null);
        }
        Extraction e = outcome.extraction();
        return new Rendered(outcome, switch (format) {
            case json -> Json.pretty(e) + System.lineSeparator();
            case jsonl -> Json.line(e) + System.lineSeparator();
            case text -> TextSummary.of(e);
        });
    }

    private Outcome read(ArticleReader reader, Input input) {
        return Ingestion.readOne(name -> reader.read(input, published), input.name());
    }

    private static Outcome extracted(Outcome read, GuardedExtractor extractor) {
        return read.ok() ? extractor.extract(read.input(), read.article()) : read;
    }
}
