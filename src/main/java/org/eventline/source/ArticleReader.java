package org.eventline.source;

import org.eventline.model.Article;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The source stage: turns a file, URL or stdin into one {@link Article} with clean main text and
 * metadata. Stateless and thread-safe.
 */
public final class ArticleReader {

    /** Inputs above this size are refused rather than parsed. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

    private final int maxBytes;
    private final int timeoutMillis;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES, 20_000);
    }

    public ArticleReader(int maxBytes, int timeoutMillis) {
        this.maxBytes = maxBytes;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Reads one input.
     *
     * @param input     a path, an http(s) URL, or "-" for standard input
     * @param published publication date to use instead of the page's own, or null
     */
    public Article read(String input, String published) throws SourceException {
        return parse(input, fetch(input), published);
    }

    /**
     * Reads an input whose bytes are already at hand (bundled samples, tests).
     *
     * @param name the input's name: a file name decides between HTML and text by its extension
     */
    public Article read(String name, byte[] bytes, String published) throws SourceException {
        return parse(name, new Raw(bytes, null, null, null), published);
    }

    private Article parse(String input, Raw raw, String published) throws SourceException {
        byte[] bytes = raw.bytes();
        if (bytes.length == 0) {
            throw new SourceException(input, "empty input");
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new SourceException(input, "binary content (" + binary + "), not an article");
        }
        String text = Decoding.decode(bytes, raw.charset());
        if (text.isBlank()) {
            throw new SourceException(input, "empty input (whitespace only)");
        }
        Page page = looksLikeHtml(input, raw.contentType(), text) ? HtmlArticle.parse(text, raw.url()) : TextArticle.parse(text);
        if (page.body().isBlank()) {
            throw new SourceException(input, "no article text found");
        }
        String date = published != null ? published : page.published();
        String hash = sha256(bytes, published);
        return new Article(input, page.url() != null ? page.url() : raw.url(), page.title(), date, page.author(),
                page.site(), page.language(), page.body(), hash);
    }

    /** What the main-text extractors found in a page. */
    record Page(String title, String published, String author, String site, String url, String language,
                String body) {
    }

    private record Raw(byte[] bytes, String charset, String contentType, String url) {
    }

    private Raw fetch(String input) throws SourceException {
        if (input.equals("-")) {
            try {
                return new Raw(limited(System.in, input), null, null, null);
            } catch (IOException e) {
                throw new SourceException(input, "cannot read standard input: " + e.getMessage(), e);
            }
        }
        if (Inputs.isUrl(input)) {
            return fetchUrl(input);
        }
        Path path = Path.of(input);
        try {
            if (Files.isDirectory(path)) {
                throw new SourceException(input, "is a folder");
            }
            if (Files.size(path) > maxBytes) {
                throw new SourceException(input, "larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
            }
            byte[] bytes = Files.readAllBytes(path);
            if (input.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = limited(in, input);
                }
            }
            return new Raw(bytes, null, null, null);
        } catch (NoSuchFileException e) {
            throw new SourceException(input, "no such file");
        } catch (AccessDeniedException e) {
            throw new SourceException(input, "permission denied");
        } catch (IOException e) {
            throw new SourceException(input, "cannot read: " + e.getMessage(), e);
        }
    }

    private Raw fetchUrl(String url) throws SourceException {
        try {
            Connection.Response response = Jsoup.connect(url)
                    .userAgent("eventline/0.1 (+https://github.com/eventline)")
                    .timeout(timeoutMillis)
                    .maxBodySize(maxBytes)
                    .followRedirects(true)
                    .ignoreContentType(true)
                    .ignoreHttpErrors(true)
                    .execute();
            if (response.statusCode() >= 400) {
                throw new SourceException(url, "HTTP " + response.statusCode() + " " + response.statusMessage());
            }
            return new Raw(response.bodyAsBytes(), response.charset(), response.contentType(), response.url().toString());
        } catch (java.net.SocketTimeoutException e) {
            throw new SourceException(url, "timed out after " + timeoutMillis / 1000 + " s");
        } catch (IOException e) {
            throw new SourceException(url, "cannot fetch: " + e.getMessage(), e);
        }
    }

    private byte[] limited(InputStream in, String input) throws IOException, SourceException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new SourceException(input, "larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
        }
        return bytes;
    }

    /** A name for binary content, or null when the bytes may be text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "PDF";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "PNG image";
        }
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "JPEG image";
        }
        if (startsWith(b, "GIF8")) {
            return "GIF image";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "ZIP archive";
        }
        boolean utf16 = b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
        if (utf16) {
            return null;
        }
        int n = Math.min(b.length, 4096);
        int zeros = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                zeros++;
            } else if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                controls++;
            }
        }
        // UTF-16 without a BOM has a zero in every other byte of ASCII text: leave that to the decoder.
        if (zeros > 0 && zeros * 3 < n) {
            return "unknown binary data";
        }
        return controls * 10 > n ? "unknown binary data" : null;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(String input, String contentType, String text) {
        String name = input.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
            return true;
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html");
    }

    static String sha256(byte[] bytes, String published) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            if (published != null) {
                digest.update(("\npublished=" + published).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
