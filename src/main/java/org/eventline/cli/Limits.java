package org.eventline.cli;

import org.eventline.source.ArticleReader;

import java.time.Duration;

/**
 * What one input may cost, so that one pathological page cannot stall a batch: the bytes read for it,
 * the length of its article text, the time its extraction takes, and each HTTP request's wait.
 *
 * @param maxInputBytes   inputs larger than this (a file, a download, a .gz once uncompressed) are skipped
 * @param maxArticleChars articles whose text is longer are skipped before extraction
 * @param timeBudget      an extraction taking longer is given up and its article skipped; zero for none
 * @param timeout         of each HTTP request, connecting and reading
 */
record Limits(int maxInputBytes, int maxArticleChars, Duration timeBudget, Duration timeout) {

    /**
     * Parsing a page takes about 0.4 s and 20 bytes of memory per byte of HTML, so 16 MB (ten times the
     * heaviest news pages) stays within the default heap with every worker busy; a million characters is
     * a book, a hundred long articles; an extraction of that size takes seconds, so a minute is only
     * outlasted by something pathological.
     */
    static final Limits DEFAULTS = new Limits(16 * 1024 * 1024, 1_000_000, Duration.ofSeconds(60),
            ArticleReader.Options.DEFAULTS.timeout());

    /** The reason given for an input that did not fit in memory (the others go on). */
    static final String OUT_OF_MEMORY = "not enough memory for it (lower --max-input-size or --max-article-size, "
            + "or give Java more with EVENTLINE_JAVA_OPTS=-Xmx2g)";

    /** A reader that keeps to these limits. */
    ArticleReader reader() {
        return new ArticleReader(ArticleReader.Options.DEFAULTS.withMaxBytes(maxInputBytes).withTimeout(timeout));
    }
}
