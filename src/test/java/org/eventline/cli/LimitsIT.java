package org.eventline.cli;

import org.eventline.graph.Graph;
import org.eventline.graph.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits on input size, article size and extraction time: what exceeds one is reported and skipped. */
class LimitsIT {

    private static final String SENTENCES = "Zelensky said Ukraine refuses to cede the Donbas to Russia. "
            + "Putin demanded that Ukraine withdraw from Donetsk. ";

    @TempDir
    Path dir;

    @Test
    void anArticleWhoseExtractionOutlastsTheBudgetIsSkippedAndTheBatchGoesOn() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), "Talks in Berlin\n\n" + SENTENCES);
        // Claims in every sentence, 880 000 characters: a second or more of extraction on a fast machine, where
        // the warm extractor takes a millisecond or two over each of the others; the budget sits far from both,
        // so that neither a fast nor a busy machine moves an article across it.
        Path slow = Files.writeString(dir.resolve("slow.txt"), "Claims without end\n\n" + SENTENCES.repeat(8000));
        Path last = Files.writeString(dir.resolve("last.txt"), "Talks in Geneva\n\n" + SENTENCES.replace("Donbas", "Crimea"));
        assertEquals(Main.OK, Cli.run("extract", first.toString(), last.toString()).code(), "warmed up");
        Graph graph = TestGraph.clean();
        TestGraph.get().announce();
        Cli run = Cli.run("ingest", "--store", TestGraph.store().toString(), "--time-budget", "0.4", first.toString(),
                slow.toString(), last.toString());
        assertEquals(Main.INPUT_FAILED, run.code(), run.err());
        assertEquals("eventline: " + slow + ": extraction took longer than the time budget of 0.4 s (--time-budget), skipped",
                run.err().strip());
        assertTrue(run.out().contains("2 new, 0 unchanged, 0 replaced, 1 failed (of 3 inputs)"), run.out());
        assertEquals(List.of(first.toString(), last.toString()), graph.query(
                "MATCH (a:Article) RETURN a.source AS source ORDER BY source", Map.of()).stream()
                .map(r -> (String) r.get("source")).toList());
    }

    @Test
    void inputsAndArticlesAboveTheSizeLimitsAreSkipped() throws Exception {
        Path small = Files.writeString(dir.resolve("small.txt"), "Talks in Berlin\n\n" + SENTENCES);
        Path longer = Files.writeString(dir.resolve("longer.txt"), "Talks in Berlin\n\n" + SENTENCES.repeat(8));
        Path big = Files.writeString(dir.resolve("big.txt"), "Talks in Berlin\n\n" + SENTENCES.repeat(40));
        Cli run = Cli.run("extract", "--format", "jsonl", "--max-input-size", "2KB", "--max-article-size", "500",
                small.toString(), longer.toString(), big.toString());
        assertEquals(Main.INPUT_FAILED, run.code());
        List<String> errors = run.err().lines().toList();
        assertEquals(2, errors.size(), run.err());
        Matcher tooLong = Pattern.compile(Pattern.quote("eventline: " + longer + ": article text of ")
                + "(\\d+) characters, more than the limit of 500 \\(--max-article-size\\)").matcher(errors.get(0));
        assertTrue(tooLong.matches() && Integer.parseInt(tooLong.group(1)) > 500, errors.get(0));
        assertEquals("eventline: " + big + ": larger than the limit of 2048 bytes", errors.get(1));
        assertEquals(1, run.out().lines().count());
    }

    @Test
    void limitsAreOptionsWithTheirDefaultsInTheHelp() {
        String help = Cli.run("ingest", "--help").out();
        for (String option : List.of("--max-input-size=SIZE", "(default: 16MB)", "--max-article-size=CHARS",
                "(default: 1000000)", "--time-budget=SECONDS", "(default: 60)", "--timeout=SECONDS", "(default: 20)")) {
            assertTrue(help.replaceAll("\\s+", " ").contains(option), option + " in\n" + help);
        }
        for (String[] bad : new String[][] {{"--max-input-size", "10x"}, {"--max-input-size", "3GB"},
                {"--max-article-size", "0"}, {"--time-budget", "-1"}, {"--timeout", "0"}}) {
            Cli run = Cli.run("extract", bad[0], bad[1], "x.txt");
            assertEquals(Main.USAGE, run.code(), String.join(" ", bad) + ": " + run.err());
            assertTrue(run.err().startsWith("eventline: " + bad[0]) && run.err().strip().lines().count() == 1, run.err());
        }
    }
}
