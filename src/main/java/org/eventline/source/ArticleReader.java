package org.eventline.source;

import org.eventline.model.Article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The source stage: turns a file, URL or standard input into one {@link Article} with clean main text
 * and metadata. Stateless and thread-safe.
 */
public final class ArticleReader {

    /**
     * Limits for reading.
     *
     * @param maxBytes     inputs (files, downloads, uncompressed .gz) above this size are refused
     * @param timeout      for each HTTP request, connecting and reading
     * @param maxRedirects HTTP redirects followed at most
     * @param userAgent    sent with HTTP requests
     */
    public record Options(int maxBytes, Duration timeout, int maxRedirects, String userAgent) {

        public static final Options DEFAULTS = new Options(16 * 1024 * 1024, Duration.ofSeconds(20), 5,
                "eventline/0.1 (news article reader; +https://github.com/eventline)");

        public Options withTimeout(Duration t) {
            return new Options(maxBytes, t, maxRedirects, userAgent);
        }

        public Options withMaxBytes(int bytes) {
            return new Options(bytes, timeout, maxRedirects, userAgent);
        }
    }

    /** What the extractors found in a page. */
    record Page(String title, String published, String author, String site, String url, String language,
                String body) {
    }

    /** An address with a scheme (file:, ftp://, jar:, data:, javascript:…); one letter is a Windows drive. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]{1,15}:.*", Pattern.DOTALL);

    private final Options options;
    private final Http http;

    public ArticleReader() {
        this(Options.DEFAULTS);
    }

    public ArticleReader(Options options) {
        this.options = options;
        this.http = new Http(options);
    }

    /**
     * Reads one input.
     *
     * @param input     a path, an http(s) URL, or "-" for standard input
     * @param published publication date to use instead of the page's own, or null
     */
    public Article read(String input, String published) throws SourceException {
        return read(Input.of(input), published);
    }

    /** Reads an input as {@link Inputs#expand} found it. */
    public Article read(Input input, String published) throws SourceException {
        if (input.failure() != null) {
            throw input.failure();
        }
        Fetched fetched = input.fetchedBytes() != null ? input.fetchedBytes() : fetch(input.name());
        Article article = parse(input.name(), fetched, input.item(), published);
        return isLocalFile(input) ? article.withInputHash(inputHash(fetched.bytes(), published)) : article;
    }

    /**
     * The fingerprint of a local file's bytes and of a publication date given for it, as {@link Article#inputHash}
     * records it; null for anything that is not a readable local file within the size limit. Re-ingest compares it
     * with the graph to skip unchanged files before parsing them.
     */
    public static String inputHash(String input, String published) {
        if (!isLocalFile(Input.of(input))) {
            return null;
        }
        try {
            Path path = Path.of(input);
            if (!Files.isRegularFile(path) || Files.size(path) > Options.DEFAULTS.maxBytes()) {
                return null;
            }
            return inputHash(Files.readAllBytes(path), published);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static boolean isLocalFile(Input input) {
        String name = input.name();
        return !input.fromFeed() && input.fetchedBytes() == null && !name.equals("-") && !Http.isHttp(name)
                && !isOtherAddress(name);
    }

    /**
     * An address of another kind than http(s): file:, ftp:, jar:, data: and the like are never read, whatever
     * a feed or a redirect names. A local file whose name merely looks like one is still read.
     */
    private static boolean isOtherAddress(String input) {
        if (!SCHEME.matcher(input).matches() || Http.isHttp(input)) {
            return false;
        }
        try {
            return !Files.exists(Path.of(input));
        } catch (InvalidPathException e) {
            return true;
        }
    }

    private static Path path(String input) throws SourceException {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            throw new SourceException(input, "not a valid file name (" + e.getReason() + ")");
        }
    }

    /**
     * CRC-32C and CRC-32 of the bytes and of the date given, with the number of bytes. Re-ingest only asks
     * whether the file at a path changed since it was read, not who could forge one: the two polynomials share
     * no factor, so together they are a 64-bit check, and processors compute both at memory speed, where
     * SHA-256 of the raw pages cost short extracts (compiled without its intrinsic) more than decoding them.
     */
    private static String inputHash(byte[] bytes, String published) {
        CRC32C castagnoli = new CRC32C();
        CRC32 ieee = new CRC32();
        castagnoli.update(bytes);
        ieee.update(bytes);
        if (published != null) {
            byte[] date = ("\npublished=" + published).getBytes(StandardCharsets.UTF_8);
            castagnoli.update(date);
            ieee.update(date);
        }
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) castagnoli.getValue()) + hex.toHexDigits((int) ieee.getValue()) + "-" + bytes.length;
    }

    /**
     * Reads an input whose bytes are already at hand (bundled samples, tests).
     *
     * @param name the input's name: a file name decides between HTML and text by its extension
     */
    public Article read(String name, byte[] bytes, String published) throws SourceException {
        return parse(name, Fetched.ofBytes(bytes), null, published);
    }

    /** The bytes of an input: a file (gzip undone), standard input or an http(s) URL. */
    Fetched fetch(String input) throws SourceException {
        if (input.equals("-")) {
            try {
                return Fetched.ofBytes(limited(System.in, input));
            } catch (IOException e) {
                throw new SourceException(input, "cannot read standard input (" + e.getMessage() + ")", e);
            }
        }
        if (Http.isHttp(input)) {
            return http.get(input);
        }
        if (isOtherAddress(input)) {
            throw new SourceException(input, "unsupported address (only http:// and https:// are read)");
        }
        Path path = path(input);
        try {
            if (Files.isDirectory(path)) {
                throw new SourceException(input, "is a folder");
            }
            if (!Files.exists(path)) {
                throw new SourceException(input, "no such file");
            }
            if (!Files.isRegularFile(path)) {
                // A pipe would block the batch, a device such as /dev/zero never end.
                throw new SourceException(input, "not a regular file (a pipe, socket or device)");
            }
            if (!Files.isReadable(path)) {
                throw new SourceException(input, "permission denied");
            }
            if (Files.size(path) > options.maxBytes()) {
                throw new SourceException(input, "larger than the limit of " + megabytes(options.maxBytes()));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return Fetched.ofBytes(limited(in, input));
            }
        } catch (NoSuchFileException e) {
            throw new SourceException(input, "no such file");
        } catch (AccessDeniedException e) {
            throw new SourceException(input, "permission denied");
        } catch (IOException e) {
            throw new SourceException(input, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    private Article parse(String input, Fetched fetched, Feed.Item item, String published) throws SourceException {
        byte[] bytes = gunzipped(input, fetched.bytes());
        if (bytes.length == 0) {
            throw new SourceException(input, "empty input");
        }
        String binary = Binary.kind(bytes, fetched.contentType());
        if (binary != null) {
            throw new SourceException(input, "binary content (" + binary + "), not an article");
        }
        String text = Decoding.decode(bytes, fetched.charset());
        if (Texts.isBlank(text)) {
            throw new SourceException(input, "empty input (whitespace only)");
        }
        if (Feed.isFeed(text)) {
            throw new SourceException(input, "a feed, not an article (give feeds as a URL or an .xml, .rss or .atom file)");
        }
        Page page = printable(page(input, fetched, text));
        if (Texts.isBlank(page.body())) {
            throw new SourceException(input, "no article text found");
        }
        String title = page.title() != null ? page.title() : item == null ? null : Texts.printable(item.title());
        String date = published != null ? published
                : page.published() != null ? page.published() : item == null ? null : item.published();
        String url = page.url() != null ? page.url() : fetched.url();
        String hash = sha256(title, page.published(), published, page.body());
        return new Article(input, url, title, date, page.author(), page.site(), page.language(), page.body(), hash);
    }

    /** A page's texts fit to print, wherever they came from (bytes, character references, JSON-LD). */
    private static Page printable(Page p) {
        String title = p.title() == null ? null : Texts.collapse(Texts.printable(p.title())).strip();
        return new Page(title == null || title.isEmpty() ? null : title, p.published(), Texts.printable(p.author()),
                Texts.printable(p.site()), p.url(), p.language(), Texts.printable(p.body()));
    }

    /** The text of fetched bytes, uncompressed and decoded. */
    String text(String input, Fetched fetched) throws SourceException {
        return Decoding.decode(gunzipped(input, fetched.bytes()), fetched.charset());
    }

    private static Page page(String input, Fetched fetched, String text) throws SourceException {
        try {
            if (looksLikeHtml(input, fetched.contentType(), text)) {
                Page page = HtmlArticle.parse(text, fetched.url());
                if (page == null) {
                    throw new SourceException(input, "no article text found in the page");
                }
                return page;
            }
            Page page = TextArticle.parse(isMarkdown(input) ? Markdown.plain(text) : text);
            if (Texts.isBlank(page.body())) {
                throw new SourceException(input, "no article text found");
            }
            return page;
        } catch (StackOverflowError e) {
            throw new SourceException(input, "too deeply nested to read");
        }
    }

    private byte[] gunzipped(String input, byte[] bytes) throws SourceException {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return limited(in, input);
        } catch (ZipException | java.io.EOFException e) {
            throw new SourceException(input, "damaged gzip data (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new SourceException(input, "cannot uncompress (" + e.getMessage() + ")", e);
        }
    }

    private byte[] limited(InputStream in, String input) throws IOException, SourceException {
        byte[] bytes = in.readNBytes(options.maxBytes() + 1);
        if (bytes.length > options.maxBytes()) {
            throw new SourceException(input, "larger than the limit of " + megabytes(options.maxBytes()));
        }
        return bytes;
    }

    static String megabytes(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String baseName(String input) {
        String n = input.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    private static boolean isMarkdown(String input) {
        String n = baseName(input);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    private static boolean looksLikeHtml(String input, String contentType, String text) {
        String name = baseName(input);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || isMarkdown(input)) {
            return false;
        }
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.contains("html")) {
                return true;
            }
            if (ct.startsWith("text/plain") || ct.contains("markdown")) {
                return false;
            }
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        if (!head.isEmpty() && head.charAt(0) == '\uFEFF') {
            head = head.substring(1).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<!--") && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body");
    }

    /** Fingerprint of the article as read: the same text and metadata give the same hash on every fetch. */
    static String sha256(String title, String pagePublished, String givenPublished, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {title, pagePublished, givenPublished == null ? null : "published=" + givenPublished,
                    body}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
