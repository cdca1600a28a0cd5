package org.eventline.cli;

import org.eventline.extract.Extracting;
import org.eventline.extract.Lexicon;
import org.eventline.graph.Graph;
import org.eventline.graph.GraphSnapshot;
import org.eventline.graph.Loader;
import org.eventline.graph.TestGraph;
import org.eventline.source.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two ingests at once on one served store: both finish, and the graph is the one ingesting in turn gives. */
class ConcurrentIngestIT {

    private static final Pattern SUMMARY = Pattern.compile("articles: (\\d+) new, (\\d+) unchanged, (\\d+) replaced, (\\d+) failed");

    @TempDir
    Path dir;

    @Test
    void twoIngestsOfOverlappingInputsAtOnceBothFinishWithoutDuplicates() throws Exception {
        List<String> files = new SyntheticCorpus(Lexicon.bundled(), Extracting.EXTRACTOR.gazetteer(), 23)
                .write(dir.resolve("corpus"), 60).stream().map(Path::toString).toList();
        // Both start with the same twenty articles, then go their own ways.
        List<String> first = new ArrayList<>(files.subList(20, 40));
        first.addAll(files.subList(0, 20));
        List<String> second = new ArrayList<>(files.subList(20, 40));
        second.addAll(files.subList(40, 60));
        Graph graph = TestGraph.clean();
        TestGraph.get().announce();
        String store = TestGraph.store().toString();
        Process a = ChildJvm.start(ingest(store, first), dir.resolve("a.out"));
        Process b = ChildJvm.start(ingest(store, second), dir.resolve("b.out"));
        String errA = new String(a.getErrorStream().readAllBytes());
        String errB = new String(b.getErrorStream().readAllBytes());
        assertTrue(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES));
        assertEquals(Main.OK, a.exitValue(), errA);
        assertEquals(Main.OK, b.exitValue(), errB);
        int[] one = counts(Files.readString(dir.resolve("a.out")));
        int[] two = counts(Files.readString(dir.resolve("b.out")));
        assertEquals(60, one[0] + two[0], "each article is written once, by one of the two");
        assertEquals(20, one[1] + two[1], "the other finds it there");

        for (String label : List.of("Article", "Actor", "Place", "Claim", "Event")) {
            String key = label.equals("Article") ? "id" : "key";
            Map<String, Object> row = graph.query("MATCH (n:" + label + ") RETURN count(n) AS nodes, count(DISTINCT n."
                    + key + ") AS keys", Map.of()).get(0);
            assertEquals(row.get("keys"), row.get("nodes"), "no duplicate " + label);
        }
        GraphSnapshot concurrent = GraphSnapshot.of(graph);

        TestGraph.clean();
        new Ingestion(new Loader(graph), Extracting.EXTRACTOR, 2, 2).run(files, Ingestion.ArticleSource.of(new ArticleReader(),
                null));
        GraphSnapshot inTurn = GraphSnapshot.of(graph);
        assertEquals(inTurn, concurrent, inTurn.diff(concurrent));
    }

    private static List<String> ingest(String store, List<String> files) {
        List<String> args = new ArrayList<>(List.of("ingest", "--store", store, "--batch-size", "2", "-j", "1"));
        args.addAll(files);
        return args;
    }

    /** New and unchanged articles of an ingest's summary. */
    private static int[] counts(String summary) {
        Matcher m = SUMMARY.matcher(summary);
        assertTrue(m.find(), summary);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
