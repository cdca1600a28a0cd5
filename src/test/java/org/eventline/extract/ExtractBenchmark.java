package org.eventline.extract;

import org.eventline.extract.claim.ClaimFinder;
import org.eventline.extract.entity.EntityFinder;
import org.eventline.extract.entity.Gazetteer;
import org.eventline.extract.event.EventFinder;
import org.eventline.extract.time.TimeFinder;
import org.eventline.model.Article;
import org.eventline.source.ArticleReader;
import org.eventline.source.SourceException;
import org.eventline.text.AnalyzedText;
import org.eventline.text.Language;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Times the extract stage on one thread over a fixed corpus (pages or texts, files or folders), after the
 * source stage has read them all into memory:
 * <pre>java -cp target/classes:target/test-classes:target/lib/* org.eventline.extract.ExtractBenchmark PATH…
 *     [--rounds N] [--published YYYY-MM-DD]</pre>
 * Prints, per round, kilobytes of article text (UTF-8, 1 KB = 1,000 bytes) per second of the thread's CPU
 * time, which a busy machine distorts far less than wall time; then, for the last round, the share of
 * each part of the stage: the text stage (language, script, sentences), each component, and the
 * assembly of the result.
 */
public final class ExtractBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<Path> paths = new ArrayList<>();
        int rounds = 5;
        String published = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Math.max(1, Integer.parseInt(args[++i]));
                case "--published" -> published = args[++i];
                default -> paths.add(Path.of(args[i]));
            }
        }
        List<Article> articles = read(paths, published);
        long bytes = 0;
        long chars = 0;
        Map<String, Integer> languages = new TreeMap<>();
        for (Article a : articles) {
            bytes += a.body().getBytes(StandardCharsets.UTF_8).length;
            chars += a.body().length();
            languages.merge(Language.detect(a.body()), 1, Integer::sum);
        }
        System.out.printf("corpus: %d articles %s, %,d characters, %,d bytes of UTF-8 text%n", articles.size(),
                languages, chars, bytes);

        long t0 = cpu();
        Lexicon lexicon = Lexicon.bundled();
        Extractor extractor = Extractor.create(lexicon);
        System.out.printf("Extractor.create: %.0f ms CPU%n", (cpu() - t0) / 1e6);

        for (int round = 1; round <= rounds; round++) {
            long c0 = cpu();
            for (Article a : articles) {
                extractor.extract(a);
            }
            double secs = (cpu() - c0) / 1e9;
            System.out.printf("round %d: Extractor.extract %.2f s CPU, %.0f KB/s, %.0f k characters/s per core%n",
                    round, secs, bytes / 1e3 / secs, chars / 1e3 / secs);
        }
        parts(lexicon, articles, bytes);
    }

    /** The stage again, part by part, as {@link Extractor#extract} runs it. */
    private static void parts(Lexicon lexicon, List<Article> articles, long bytes) {
        Gazetteer gazetteer = Gazetteer.from(lexicon);
        Map<String, Component> components = new LinkedHashMap<>();
        components.put("entities", new EntityFinder(gazetteer));
        components.put("times", new TimeFinder(lexicon));
        components.put("claims", new ClaimFinder(lexicon));
        components.put("events", new EventFinder(lexicon));
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (Article a : articles) {
            long c = cpu();
            String language = Language.detect(a.body());
            Article doc = a.withLanguage(language);
            Doc d = new Doc(doc, AnalyzedText.of(doc.body(), language),
                    doc.publishedDate() == null ? null : LocalDate.parse(doc.publishedDate()));
            c = add(nanos, "text", c);
            for (Map.Entry<String, Component> e : components.entrySet()) {
                e.getValue().process(d);
                c = add(nanos, e.getKey(), c);
            }
        }
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        nanos.forEach((part, n) -> System.out.printf("  %-9s %5.1f %%  %6.0f KB/s alone%n", part, 100.0 * n / total,
                bytes / 1e3 / (n / 1e9)));
    }

    private static long add(Map<String, Long> nanos, String part, long since) {
        long now = cpu();
        nanos.merge(part, now - since, Long::sum);
        return now;
    }

    private static List<Article> read(List<Path> paths, String published) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        ArticleReader reader = new ArticleReader();
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(reader.read(f.toString(), published));
            } catch (SourceException e) {
                System.err.println(e.getMessage());
            }
        }
        return out;
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
