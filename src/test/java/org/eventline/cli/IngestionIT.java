package org.eventline.cli;

import org.eventline.extract.Extracting;
import org.eventline.extract.Lexicon;
import org.eventline.graph.Graph;
import org.eventline.graph.GraphSnapshot;
import org.eventline.graph.Loader;
import org.eventline.graph.TestGraph;
import org.eventline.model.Article;
import org.eventline.source.ArticleReader;
import org.eventline.source.SourceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest workflow end to end: skipping, replacing, loading extractions made elsewhere (kills: FaultsIT). */
class IngestionIT {

    @TempDir
    Path dir;

    private Graph graph;

    @BeforeAll
    static void serve() {
        TestGraph.get().announce();
    }

    @BeforeEach
    void clean() {
        graph = TestGraph.clean();
    }

    /** Reads with the real reader and counts the files it had to parse. */
    private static final class CountingSource implements Ingestion.ArticleSource {
        final AtomicInteger parsed = new AtomicInteger();
        final Ingestion.ArticleSource real = Ingestion.ArticleSource.of(new ArticleReader(), "2025-12-15");

        @Override
        public Article read(String input) throws SourceException {
            parsed.incrementAndGet();
            return real.read(input);
        }

        @Override
        public String quickHash(String input) {
            return real.quickHash(input);
        }
    }

    private Ingestion ingestion(int batchSize) {
        return new Ingestion(new Loader(graph), Extracting.EXTRACTOR, 2, batchSize);
    }

    @Test
    void reingestSkipsUnchangedFilesWithoutParsingThemAndReplacesAChangedOne() throws Exception {
        List<String> files = List.of(
                Files.writeString(dir.resolve("a.txt"), "美方官員今天表示，美國不會派地面部隊進駐烏克蘭。").toString(),
                Files.writeString(dir.resolve("b.txt"), "澤倫斯基表示，烏克蘭拒絕割讓頓巴斯的領土。").toString(),
                Files.writeString(dir.resolve("c.txt"), "Zelensky said Ukraine refuses to cede territory.").toString());
        CountingSource source = new CountingSource();
        Ingestion.Summary first = ingestion(2).run(files, source);
        assertEquals(3, first.loaded().added());
        assertEquals(3, source.parsed.get());
        GraphSnapshot before = GraphSnapshot.of(graph);

        source.parsed.set(0);
        Ingestion.Summary again = ingestion(2).run(files, source);
        assertEquals(3, again.loaded().unchanged());
        assertEquals(0, source.parsed.get(), "unchanged files are known by their bytes, not parsed");
        GraphSnapshot after = GraphSnapshot.of(graph);
        assertEquals(before, after, before.diff(after));

        Files.writeString(dir.resolve("b.txt"), "普丁要求烏克蘭割讓頓巴斯領土。");
        Ingestion.Summary changed = ingestion(2).run(files, source);
        assertEquals(1, changed.loaded().replaced());
        assertEquals(2, changed.loaded().unchanged());
        assertEquals(1, source.parsed.get());
        assertEquals(2L, graph.query("MATCH (r:IngestRun) WHERE r.finishedAt IS NOT NULL AND r.unchanged >= 2 "
                + "RETURN count(r) AS n", Map.of()).get(0).get("n"));
    }

    @Test
    void extractionsMadeElsewhereLoadIntoTheSameGraph() throws Exception {
        Path corpus = dir.resolve("corpus");
        new SyntheticCorpus(Lexicon.bundled(), Extracting.EXTRACTOR.gazetteer(), 5).write(corpus, 12);
        Cli direct = Cli.run("ingest", "--store", TestGraph.store().toString(), corpus.toString());
        assertEquals(0, direct.code(), direct.err());
        GraphSnapshot ingested = GraphSnapshot.of(graph);

        Cli extracted = Cli.run("extract", "--format", "jsonl", corpus.toString());
        assertEquals(0, extracted.code(), extracted.err());
        List<String> lines = new ArrayList<>(extracted.out().lines().toList());
        assertEquals(12, lines.size());
        lines.add(5, "{\"document\": 42");
        Path jsonl = Files.write(dir.resolve("x.jsonl"), lines, StandardCharsets.UTF_8);
        TestGraph.clean();
        Cli loaded = Cli.run("ingest", "--store", TestGraph.store().toString(), "--batch-size", "5",
                "--from-jsonl", jsonl.toString());
        assertEquals(1, loaded.code(), "the bad line makes the run fail: " + loaded.err());
        assertTrue(loaded.err().contains(jsonl + ":6: "), loaded.err());
        assertTrue(loaded.out().contains("12 new, 0 unchanged, 0 replaced, 1 failed"), loaded.out());
        GraphSnapshot fromJsonl = GraphSnapshot.of(graph);
        assertEquals(ingested, fromJsonl, ingested.diff(fromJsonl));
    }
}
