package org.eventline.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventline.model.Article;
import org.eventline.model.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the source stage alone on a folder of pages and optionally saves the bodies for a scorer:
 * {@code java -cp ... org.eventline.source.SourceBenchmark DIR [--pred OUT.json] [--threads N]}.
 * Prints pages per second over a second pass (the first one warms the JVM up).
 */
public final class SourceBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path pred = null;
        int threads = 1;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--pred")) {
                pred = Path.of(args[++i]);
            } else if (args[i].equals("--threads")) {
                threads = Integer.parseInt(args[++i]);
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
        readAll(reader, pages, bytes, out, threads);
        long t0 = System.nanoTime();
        long cpu = readAll(reader, pages, bytes, null, threads);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("source stage: %d pages in %.2f s, %.0f pages/s (%d thread%s; %.0f pages per CPU second)%n",
                pages.size(), secs, pages.size() / secs, threads, threads == 1 ? "" : "s", pages.size() / (cpu / 1e9));
        if (pred != null) {
            Files.writeString(pred, Json.pretty(out));
        }
    }

    /** Reads every page; returns the CPU time the workers took, in nanoseconds. */
    private static long readAll(ArticleReader reader, List<Path> pages, List<byte[]> bytes, ObjectNode out, int threads)
            throws InterruptedException {
        Thread[] workers = new Thread[threads];
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(() -> {
                long start = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = first; i < pages.size(); i += threads) {
                    String name = pages.get(i).getFileName().toString();
                    String body = "";
                    try {
                        Article a = reader.read(name, bytes.get(i), null);
                        body = a.body();
                    } catch (SourceException e) {
                        System.err.println(e.getMessage());
                    }
                    if (out != null) {
                        synchronized (out) {
                            String id = name.replaceFirst("\\.html?$", "");
                            out.putObject(id).put("articleBody", body);
                        }
                    }
                }
                cpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return cpu.get();
    }
}
