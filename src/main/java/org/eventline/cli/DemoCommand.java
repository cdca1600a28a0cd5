package org.eventline.cli;

import org.eventline.graph.Graph;
import org.eventline.graph.GraphTarget;
import org.eventline.graph.Loader;
import org.eventline.source.ArticleReader;
import org.eventline.source.SourceException;
import org.eventline.timeline.Exporter;
import org.eventline.timeline.Filter;
import org.eventline.timeline.Timeline;
import org.eventline.timeline.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample articles (the December 2025 Berlin talks, in Chinese and English), "
                + "print their timeline, then serve Neo4j Browser until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLES = "/org/eventline/samples/";

    @Option(names = "--no-serve", description = "Stop after printing the timeline.")
    boolean noServe;

    @Option(names = "--bolt-port", paramLabel = "PORT", description = "Bolt port when serving (default: ${DEFAULT-VALUE}).")
    int boltPort = 7687;

    @Option(names = "--http-port", paramLabel = "PORT", description = "Browser port when serving (default: ${DEFAULT-VALUE}).")
    int httpPort = 7474;

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    ExtractorOptions extraction;

    @Override
    public Integer call() {
        GraphTarget target = graphOptions.target();
        boolean serve = !noServe && !target.external() && Graph.servedBy(target.store()) == null;
        GraphTarget opened = serve ? target.withPorts(boltPort, httpPort) : target;
        Main.log("starting Neo4j on " + opened.describe() + " …");
        CompletableFuture<Graph> opening = CompletableFuture.supplyAsync(() -> Graph.open(opened));
        Map<String, String> samples = samples();
        var extractor = extraction.extractor();
        Graph graph = Await.get(opening);
        try {
            ArticleReader reader = new ArticleReader();
            Ingestion.Summary summary = new Ingestion(new Loader(graph), extractor, extraction.threads(), 50)
                    .run(new ArrayList<>(samples.keySet()), name -> read(reader, name, samples.get(name)));
            Main.log(Ingestion.describe(summary));
            List<TimelineEntry> entries = Timeline.read(graph, Filter.all());
            OutputStreamWriter out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            Exporter.TEXT.export(entries, out);
            if (serve) {
                Serving.serveUntilInterrupted(graph, target);
            }
            return summary.failed() == 0 ? Main.OK : Main.INPUT_FAILED;
        } finally {
            if (!serve) {
                graph.close();
            }
        }
    }

    /** The bundled samples: name → publication date, from the samples' index. */
    private static Map<String, String> samples() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : resource("index.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            out.put("sample:" + cols[0].strip(), cols[1].strip());
        }
        return out;
    }

    private static org.eventline.model.Article read(ArticleReader reader, String name, String published)
            throws SourceException {
        String file = name.substring("sample:".length());
        return reader.read(name, resource(file).getBytes(StandardCharsets.UTF_8), published);
    }

    private static String resource(String file) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled sample " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
