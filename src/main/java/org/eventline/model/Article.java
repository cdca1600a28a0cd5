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
 * @param hash      fingerprint of the article as read (SHA-256, hex, of its text and metadata): re-ingest
 *                  skips an article whose hash it already holds
 * @param inputHash fingerprint of a local file's bytes (and of a publication date given for it), or null:
 *                  re-ingest skips such a file before even parsing it
 */
public record Article(String source, String url, String title, String published, String author,
                      String site, String language, String body, String hash, String inputHash) {

    public Article {
        body = body == null ? "" : body;
    }

    public Article(String source, String url, String title, String published, String author, String site,
                   String language, String body, String hash) {
        this(source, url, title, published, author, site, language, body, hash, null);
    }

    /** The date part of {@link #published}, or null. */
    public String publishedDate() {
        return published == null || published.length() < 10 ? null : published.substring(0, 10);
    }

    public Article withLanguage(String language) {
        return new Article(source, url, title, published, author, site, language, body, hash, inputHash);
    }

    public Article withPublished(String published) {
        return new Article(source, url, title, published, author, site, language, body, hash, inputHash);
    }

    public Article withInputHash(String inputHash) {
        return new Article(source, url, title, published, author, site, language, body, hash, inputHash);
    }
}
