package org.eventline.cli;

import org.eventline.extract.Extractor;
import org.eventline.model.Article;
import org.eventline.model.Extraction;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;

/**
 * Extraction within {@link Limits}: an article longer than the size limit is refused before extraction,
 * one whose extraction outlasts the time budget is given up, and any failure becomes the article's
 * one-line error. The rules check no interrupts, so an extraction cannot be stopped from outside: each
 * runs on a thread of its own, and one given up is left to finish in the background (the size limit
 * bounds how long). Permits keep such stragglers from taking more than as many cores again as the
 * workers have.
 */
final class GuardedExtractor {

    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "eventline-extract");
        t.setDaemon(true);
        return t;
    });

    private final Extractor extractor;
    private final Limits limits;
    private final Semaphore permits;

    GuardedExtractor(Extractor extractor, Limits limits, int threads) {
        this.extractor = extractor;
        this.limits = limits;
        this.permits = new Semaphore(2 * Math.max(1, threads));
    }

    Extractor extractor() {
        return extractor;
    }

    /** The article's extraction, or its failure named by {@code input}. */
    Outcome extract(String input, Article article) {
        int length = article.body().length();
        if (length > limits.maxArticleChars()) {
            return Outcome.failed(input, input + ": article text of " + length + " characters, more than the limit of "
                    + limits.maxArticleChars() + " (--max-article-size)");
        }
        try {
            return new Outcome(input, article, timed(article), null);
        } catch (TimeoutException e) {
            return Outcome.failed(input, input + ": extraction took longer than the time budget of "
                    + seconds(limits.timeBudget()) + " (--time-budget), skipped");
        } catch (RuntimeException | StackOverflowError e) {
            Main.trace(e);
            return Outcome.failed(input, input + ": extraction failed: " + e);
        } catch (OutOfMemoryError e) {
            return Outcome.failed(input, input + ": " + Limits.OUT_OF_MEMORY);
        }
    }

    private Extraction timed(Article article) throws TimeoutException {
        Duration budget = limits.timeBudget();
        if (budget.isZero()) {
            return extractor.extract(article);
        }
        acquire();
        Future<Extraction> running;
        try {
            running = RUNNERS.submit(() -> {
                try {
                    return extractor.extract(article);
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        return Await.get(running, budget);
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
