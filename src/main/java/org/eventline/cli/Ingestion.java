package org.eventline.cli;

import org.eventline.extract.Extractor;
import org.eventline.graph.Loader;
import org.eventline.model.Article;
import org.eventline.model.Extraction;
import org.eventline.source.ArticleReader;
import org.eventline.source.SourceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The ingest workflow: read a chunk of inputs, skip those the graph already holds unchanged, extract
 * the rest on worker threads, load the chunk in one transaction. Each chunk is all in or all out.
 */
final class Ingestion {

    /** Totals of one run. */
    record Summary(int inputs, int failed, Loader.Result loaded) {
    }

    private final Loader loader;
    private final Extractor extractor;
    private final int threads;
    private final int batchSize;

    Ingestion(Loader loader, Extractor extractor, int threads, int batchSize) {
        this.loader = loader;
        this.extractor = extractor;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /** Ingests inputs read by {@code read} (a path or URL to an article, or a SourceException). */
    Summary run(List<String> inputs, ArticleSource read) {
        int failed = 0;
        Loader.Result total = Loader.Result.EMPTY;
        Progress progress = new Progress("ingest", inputs.size());
        try (Parallel parallel = new Parallel(threads)) {
            for (int from = 0; from < inputs.size(); from += batchSize) {
                List<String> chunk = inputs.subList(from, Math.min(inputs.size(), from + batchSize));
                List<Outcome> read1 = new ArrayList<>();
                parallel.mapOrdered(chunk, input -> readOne(read, input), read1::add);
                List<Article> articles = new ArrayList<>();
                for (Outcome o : read1) {
                    if (o.ok()) {
                        articles.add(o.article());
                    } else {
                        failed++;
                        progress.log("eventline: " + o.error());
                    }
                }
                Set<String> unchanged = loader.unchanged(articles, extractor.fingerprint());
                List<Article> todo = articles.stream().filter(a -> !unchanged.contains(Loader.articleId(a))).toList();
                List<Extraction> extractions = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                parallel.mapOrdered(todo, extractOne(), o -> {
                    if (o.ok()) {
                        extractions.add(o.extraction());
                    } else {
                        errors.add(o.error());
                    }
                });
                errors.forEach(e -> progress.log("eventline: " + e));
                failed += errors.size();
                Loader.Result r = loader.load(extractions);
                total = total.plus(r).plus(new Loader.Result(0, 0, unchanged.size(), 0, 0, 0, 0));
                progress.advance(chunk.size());
            }
        } finally {
            progress.done();
        }
        return new Summary(inputs.size(), failed, total);
    }

    /** Loads extractions made elsewhere ({@code extract --format jsonl}), in batches. */
    Loader.Result load(List<Extraction> extractions) {
        Loader.Result total = Loader.Result.EMPTY;
        for (int from = 0; from < extractions.size(); from += batchSize) {
            total = total.plus(loader.load(extractions.subList(from, Math.min(extractions.size(), from + batchSize))));
        }
        return total;
    }

    private Function<Article, Outcome> extractOne() {
        return a -> {
            try {
                return new Outcome(a.source(), a, extractor.extract(a), null);
            } catch (RuntimeException e) {
                return Outcome.failed(a.source(), a.source() + ": extraction failed: " + e);
            }
        };
    }

    private static Outcome readOne(ArticleSource read, String input) {
        try {
            return new Outcome(input, read.read(input), null, null);
        } catch (SourceException e) {
            return Outcome.failed(input, e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.failed(input, input + ": " + e);
        }
    }

    /** Reads one input into an article. */
    @FunctionalInterface
    interface ArticleSource {
        Article read(String input) throws SourceException;

        static ArticleSource of(ArticleReader reader, String published) {
            return input -> reader.read(input, published);
        }
    }

    static String describe(Summary s) {
        Loader.Result r = s.loaded();
        return String.format("articles: %d new, %d unchanged, %d replaced, %d failed (of %d inputs)%n"
                        + "graph: %d nodes and %d relationships written, %d nodes and %d relationships removed",
                r.added(), r.unchanged(), r.replaced(), s.failed(), s.inputs(), r.nodesCreated(),
                r.relationshipsCreated(), r.nodesDeleted(), r.relationshipsDeleted());
    }
}
