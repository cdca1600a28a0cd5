package org.eventline.model;

/**
 * One article as the source stage read it: its clean main text and metadata.
 *
 * @param source    where it came from, a path or URL as the user gave it
 * @param url       canonical URL when the page names one, else null
 * @param title     headline, or null
 * @param published publication date or date-time as ISO 8601 ("2025-12-15", "2025-12-15T09:30+08:00"), or null
 * @param author    byline, or null
 * @param site      publishing site or agency, or null
 * @param language  "en", "zh-Hant" or "zh-Hans" (or another BCP 47 tag), or null when unknown
 * @param body      the article text alone; every offset in an {@link Extraction} points into it
 * @param hash      fingerprint of the input as read (SHA-256, hex): re-ingest skips an article whose
 *                  hash it already holds
 */
public record Article(String source, String url, String title, String published, String author,
                      String site, String language, String body, String hash) {

    public Article {
        body = body == null ? "" : body;
    }

    /** The date part of {@link #published}, or null. */
    public String publishedDate() {
        return published == null || published.length() < 10 ? null : published.substring(0, 10);
    }

    public Article withLanguage(String language) {
        return new Article(source, url, title, published, author, site, language, body, hash);
    }

    public Article withPublished(String published) {
        return new Article(source, url, title, published, author, site, language, body, hash);
    }
}
