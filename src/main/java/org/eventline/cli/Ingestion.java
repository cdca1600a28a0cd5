package org.eventline.cli;

import org.eventline.extract.Extractor;
import org.eventline.graph.IngestRun;
import org.eventline.graph.Loader;
import org.eventline.model.Article;
import org.eventline.model.Extraction;
import org.eventline.model.Json;
import org.eventline.source.ArticleReader;
import org.eventline.source.Input;
import org.eventline.source.Inputs;
import org.eventline.source.SourceException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The ingest workflow as a pipeline. Worker threads read inputs; each window of read articles is checked
 * against the graph in one query, and unchanged ones are skipped before extraction; the rest are
 * extracted on the same workers, while one writer thread loads the results in input order, a batch per
 * transaction. Reading and extraction go on while the writer writes; a bounded queue between them keeps
 * memory flat whatever the number of inputs. Each batch is all in or all out.
 */
final class Ingestion {

    /** Totals of one run. */
    record Summary(int inputs, int failed, Loader.Result loaded) {

        static final Summary EMPTY = new Summary(0, 0, Loader.Result.EMPTY);

        Summary plus(Summary o) {
            return new Summary(inputs + o.inputs, failed + o.failed, loaded.plus(o.loaded));
        }
    }

    private final Loader loader;
    private final Extractor extractor;
    private final GuardedExtractor guarded;
    private final int threads;
    private final int batchSize;

    Ingestion(Loader loader, Extractor extractor, int threads, int batchSize) {
        this(loader, extractor, Limits.DEFAULTS, threads, batchSize);
    }

    /** @param extractor null when only loading extractions made elsewhere */
    Ingestion(Loader loader, Extractor extractor, Limits limits, int threads, int batchSize) {
        this.loader = loader;
        this.extractor = extractor;
        this.guarded = extractor == null ? null : new GuardedExtractor(extractor, limits, threads);
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /** Ingests inputs read by {@code read} (a path or URL to an article, or a SourceException). */
    Summary run(List<String> inputs, ArticleSource read) {
        IngestRun run = IngestRun.begin(loader.graph(), "ingest", inputs, inputs.size(), extractor.fingerprint());
        Progress progress = new Progress("ingest", inputs.size());
        try (Parallel workers = new Parallel(threads); Writer writer = new Writer(loader.forRun(run), progress)) {
            Dispatcher dispatcher = new Dispatcher(workers, writer, progress);
            for (int from = 0; from < inputs.size(); from += batchSize) {
                List<String> window = inputs.subList(from, Math.min(inputs.size(), from + batchSize));
                Set<String> same = unchangedFiles(window, read, workers);
                dispatcher.unchanged += same.size();
                progress.advance(same.size());
                List<String> rest = same.isEmpty() ? window : window.stream().filter(i -> !same.contains(i)).toList();
                workers.mapOrdered(rest, input -> readOne(read, input), dispatcher::accept);
            }
            dispatcher.flush();
            Summary written = writer.finish();
            Summary total = new Summary(inputs.size(), dispatcher.failed + written.failed(),
                    written.loaded().plus(Loader.Result.unchanged(dispatcher.unchanged)));
            run.finish(loader.graph(), total.loaded(), total.failed());
            return total;
        } finally {
            progress.done();
        }
    }

    /**
     * Of a window of inputs, the local files the graph holds unchanged, found from their bytes' hash
     * without parsing them (what makes re-ingest of an unchanged folder cheap).
     */
    private Set<String> unchangedFiles(List<String> window, ArticleSource read, Parallel workers) {
        Map<String, String> hashes = new HashMap<>();
        workers.mapOrdered(window, input -> new String[] {input, read.quickHash(input)}, pair -> {
            if (pair[1] != null) {
                hashes.put(pair[0], pair[1]);
            }
        });
        return loader.unchangedInputs(hashes, extractor.fingerprint());
    }

    /**
     * Between reading and extraction: collects read articles into windows, asks the graph once per window
     * which are unchanged, and hands the others to extraction and then the writer, in input order.
     */
    private final class Dispatcher {

        private final Parallel workers;
        private final Writer writer;
        private final Progress progress;
        private final List<Article> window = new ArrayList<>();
        int unchanged;
        int failed;

        Dispatcher(Parallel workers, Writer writer, Progress progress) {
            this.workers = workers;
            this.writer = writer;
            this.progress = progress;
        }

        void accept(Outcome read) {
            if (!read.ok()) {
                failed++;
                progress.log("eventline: " + read.error());
                progress.advance(1);
                return;
            }
            window.add(read.article());
            if (window.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            if (window.isEmpty()) {
                return;
            }
            Set<String> same = loader.unchanged(window, extractor.fingerprint());
            for (Article a : window) {
                if (same.contains(Loader.articleId(a))) {
                    unchanged++;
                    progress.advance(1);
                } else {
                    writer.submit(workers.submit(() -> extractOne(a)));
                }
            }
            window.clear();
        }
    }

    /**
     * Loads extractions made elsewhere ({@code extract --format jsonl}), one JSON object per line, parsed
     * on the workers while the writer loads; a bad line is reported with its number and counted.
     *
     * @param name  the file's name for messages
     * @param lines expected number of lines for the progress bar, or 0 when unknown
     */
    Summary load(String name, BufferedReader in, int lines) {
        IngestRun run = IngestRun.begin(loader.graph(), "ingest --from-jsonl", List.of(name), lines, null);
        Progress progress = new Progress("ingest", lines);
        int n = 0;
        try (Parallel workers = new Parallel(threads); Writer writer = new Writer(loader.forRun(run), progress)) {
            String line;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    progress.advance(1);
                    continue;
                }
                String text = line;
                String where = name + ":" + n;
                writer.submit(workers.submit(() -> parseOne(where, text)));
            }
            Summary s = writer.finish();
            Summary total = new Summary(s.inputs(), s.failed(), s.loaded());
            run.finish(loader.graph(), total.loaded(), total.failed());
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        } finally {
            progress.done();
        }
    }

    private static Outcome parseOne(String where, String line) {
        try {
            Extraction e = Json.extraction(line);
            if (e.document() == null || e.document().body() == null || e.document().body().isEmpty()) {
                return Outcome.failed(where, where + ": no document");
            }
            return new Outcome(where, e.document(), e, null);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Outcome.failed(where, where + ": " + e.getMessage());
        }
    }

    private Outcome extractOne(Article a) {
        return guarded.extract(a.source(), a);
    }

    /** Reads one input; whatever goes wrong becomes its one-line error. */
    static Outcome readOne(ArticleSource read, String input) {
        try {
            return new Outcome(input, read.read(input), null, null);
        } catch (SourceException e) {
            return Outcome.failed(input, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            Main.trace(e);
            return Outcome.failed(input, input + ": cannot read: " + e);
        } catch (OutOfMemoryError e) {
            return Outcome.failed(input, input + ": " + Limits.OUT_OF_MEMORY);
        }
    }

    /**
     * The one thread that writes: takes extraction results in input order, loads them a batch per
     * transaction, and advances the progress bar as batches commit.
     */
    private final class Writer implements AutoCloseable {

        private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

        private final Loader loader;
        private final Progress progress;
        private final BlockingQueue<Future<Outcome>> queue;
        private final Thread thread;
        private final List<Extraction> batch = new ArrayList<>();
        private volatile Throwable failure;
        private int pending;
        private int inputs;
        private int failed;
        private Loader.Result loaded = Loader.Result.EMPTY;

        Writer(Loader loader, Progress progress) {
            this.loader = loader;
            this.progress = progress;
            // Two batches ahead: the workers extract the next batch while this one is written.
            this.queue = new ArrayBlockingQueue<>(Math.max(2 * batchSize, threads * 4));
            this.thread = new Thread(this::drain, "eventline-writer");
            this.thread.setDaemon(true);
            this.thread.start();
        }

        void submit(Future<Outcome> result) {
            try {
                while (!queue.offer(result, 200, TimeUnit.MILLISECONDS)) {
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            rethrow();
        }

        /** Waits until everything submitted is written; the totals of what it wrote. */
        Summary finish() {
            submit(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            rethrow();
            return new Summary(inputs, failed, loaded);
        }

        private void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }

        private void drain() {
            try {
                while (true) {
                    Future<Outcome> next = queue.take();
                    if (next == END) {
                        break;
                    }
                    Outcome o = Await.get(next);
                    inputs++;
                    pending++;
                    if (o.ok()) {
                        batch.add(o.extraction());
                        if (batch.size() >= batchSize) {
                            flush();
                        }
                    } else {
                        failed++;
                        progress.log("eventline: " + o.error());
                    }
                }
                flush();
            } catch (Throwable t) {
                failure = t;
                queue.clear();
            }
        }

        private void flush() {
            if (!batch.isEmpty()) {
                loaded = loaded.plus(loader.load(batch));
                batch.clear();
            }
            progress.advance(pending);
            pending = 0;
        }

        /**
         * Stops a writer left running by a failure: it ends after the transaction it is in (interrupting
         * the embedded engine's file work mid-transaction would close its store files under it), and is
         * interrupted only if it does not end within a few seconds, waiting on an extraction say.
         */
        @Override
        public void close() {
            if (!thread.isAlive()) {
                return;
            }
            queue.clear();
            queue.offer(END);
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                thread.interrupt();
            }
        }
    }

    /** Reads one input into an article. */
    @FunctionalInterface
    interface ArticleSource {
        Article read(String input) throws SourceException;

        /** The hash the input's article will have, when it can be told without parsing; else null. */
        default String quickHash(String input) {
            return null;
        }

        /**
         * Reads inputs as expanded by {@link org.eventline.source.Inputs}; a plain local file's quick hash
         * is the one {@link ArticleReader#inputHash} gives it.
         */
        static ArticleSource of(ArticleReader reader, Map<String, Input> inputs, String published) {
            return new ArticleSource() {
                @Override
                public Article read(String input) throws SourceException {
                    Input in = inputs.get(input);
                    return in != null ? reader.read(in, published) : reader.read(input, published);
                }

                @Override
                public String quickHash(String input) {
                    Input in = inputs.get(input);
                    return in != null && in.fromFeed() ? null : ArticleReader.inputHash(input, published);
                }
            };
        }

        static ArticleSource of(ArticleReader reader, String published) {
            return of(reader, Map.of(), published);
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
