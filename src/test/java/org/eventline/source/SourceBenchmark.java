package org.eventline.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventline.model.Json;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Times the source stage alone (reading, decoding, main text, metadata; no NLP) on a folder of pages, and
 * optionally saves the bodies for a scorer's {@code --pred}:
 * <pre>java -cp target/classes:target/test-classes:target/lib/* org.eventline.source.SourceBenchmark DIR
 *     [--pred OUT.json] [--threads N] [--rounds N]</pre>
 * Prints pages per second of the first (cold) round and of the last round, after the JVM has compiled the
 * hot code, in wall-clock time and per second of CPU time (which a busy machine does not distort).
 */
public final class SourceBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path pred = null;
        int threads = 1;
        int rounds = 4;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--pred" -> pred = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Math.max(1, Integer.parseInt(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : pages) {
            bytes.add(Files.readAllBytes(p));
        }
        ArticleReader reader = new ArticleReader();
        ObjectNode out = Json.MAPPER.createObjectNode();
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            long cpu = readAll(reader, pages, bytes, round == 1 ? out : null, threads);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (round == 1 || round == rounds) {
                System.out.printf("source stage, %s round: %d pages in %.2f s, %.0f pages/s with %d thread%s "
                                + "(%.0f pages per CPU second)%n", round == 1 ? "first" : "last", pages.size(), secs,
                        pages.size() / secs, threads, threads == 1 ? "" : "s", pages.size() / (cpu / 1e9));
            }
        }
        if (pred != null) {
            Files.writeString(pred, Json.pretty(out));
        }
    }

    /** Reads every page on {@code threads} threads; returns the CPU time they took, in nanoseconds. */
    private static long readAll(ArticleReader reader, List<Path> pages, List<byte[]> bytes, ObjectNode out, int threads)
            throws InterruptedException {
        Thread[] workers = new Thread[threads];
        AtomicLong cpu = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(() -> {
                long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = first; i < pages.size(); i += threads) {
                    String name = pages.get(i).getFileName().toString();
                    String body = "";
                    try {
                        body = reader.read(name, bytes.get(i), null).body();
                    } catch (SourceException e) {
                        System.err.println(e.getMessage());
                    }
                    if (out != null) {
                        synchronized (out) {
                            out.putObject(name.replaceFirst("\\.html?$", "")).put("articleBody", body);
                        }
                    }
                }
                cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return cpu.get();
    }
}
