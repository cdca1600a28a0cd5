package org.eventline.extract.time;

import org.eventline.text.AnalyzedText;
import org.eventline.text.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Prints how fast the time finder reads a few hundred KB of mixed Chinese and English news (the
 * bundled sample articles, repeated), in CPU time of this thread so that a busy machine does not
 * distort it, next to the text stage (script conversion and sentences) on the same text as a
 * baseline. Reports, never asserts on time.
 */
class TimeFinderThroughputTest {

    private static final String[] SAMPLES = {"berlin-guarantees-zh-hans.txt", "berlin-talks-day2-zh-hant.txt",
            "kremlin-reaction-en.txt", "witkoff-berlin-preview-en.txt"};

    @Test
    void printsThroughput() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (String name : SAMPLES) {
            try (InputStream in = AnalyzedText.class.getResourceAsStream("/org/eventline/samples/" + name)) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<String> corpus = new ArrayList<>();
        long bytes = 0;
        long chars = 0;
        while (bytes < 300_000) {
            for (String b : bodies) {
                corpus.add(b);
                bytes += b.getBytes(StandardCharsets.UTF_8).length;
                chars += b.length();
            }
        }
        List<AnalyzedText> texts = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        for (String b : corpus) {
            texts.add(AnalyzedText.of(b, Language.detect(b)));
        }
        long textNanos = cpu.getCurrentThreadCpuTime() - t0;
        LocalDate published = LocalDate.of(2025, 12, 15);
        int found = 0;
        long finderNanos = Long.MAX_VALUE;
        for (int pass = 0; pass < 6; pass++) {
            // the first passes warm the JIT up; the fastest of the others counts
            long t1 = cpu.getCurrentThreadCpuTime();
            found = 0;
            for (AnalyzedText t : texts) {
                found += Times.FINDER.find(t.text(), t.normalized(), t.language(), published, List.of()).size();
            }
            if (pass >= 3) {
                finderNanos = Math.min(finderNanos, cpu.getCurrentThreadCpuTime() - t1);
            }
        }
        assertFalse(found == 0);
        System.out.printf("time finder: %d KB (%d chars) of mixed zh/en news, %d times, %.0f KB/s, %.0f Kchars/s CPU;"
                        + " text stage on the same text %.0f KB/s; finder/text-stage time ratio %.2f%n",
                bytes / 1000, chars, found, bytes / 1000.0 / (finderNanos / 1e9), chars / 1000.0 / (finderNanos / 1e9),
                bytes / 1000.0 / (textNanos / 1e9), (double) finderNanos / textNanos);
    }
}
