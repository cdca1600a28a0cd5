package org.eventline.source;

import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Fetches http(s) addresses with jsoup: a timeout, a cap on the body size, a bounded number of
 * redirects (followed here, so that loops and other schemes are caught), the project's user agent.
 */
final class Http {

    private final ArticleReader.Options options;

    Http(ArticleReader.Options options) {
        this.options = options;
    }

    static boolean isHttp(String s) {
        String n = s.toLowerCase(Locale.ROOT);
        return n.startsWith("http://") || n.startsWith("https://");
    }

    Fetched get(String input) throws SourceException {
        String url = input;
        Set<String> seen = new HashSet<>();
        for (int hop = 0; ; hop++) {
            if (!seen.add(url)) {
                throw new SourceException(input, "redirect loop at " + url);
            }
            Connection.Response response = execute(input, url);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                if (hop >= options.maxRedirects()) {
                    throw new SourceException(input, "too many redirects (more than " + options.maxRedirects() + ")");
                }
                url = resolve(input, url, response.header("Location"));
                continue;
            }
            if (status >= 400) {
                String message = response.statusMessage();
                throw new SourceException(input, "HTTP " + status + (message == null || message.isBlank() ? "" : " " + message));
            }
            byte[] body;
            try {
                body = response.bodyAsBytes();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause() instanceof SocketTimeoutException || e.getCause() instanceof java.net.http.HttpTimeoutException
                        ? new SourceException(input, "timed out after " + seconds())
                        : new SourceException(input, "cannot read the response (" + e.getCause().getMessage() + ")");
            }
            if (body.length > options.maxBytes()) {
                throw new SourceException(input, "larger than the limit of " + ArticleReader.megabytes(options.maxBytes()));
            }
            return new Fetched(body, response.charset(), response.contentType(), url);
        }
    }

    private Connection.Response execute(String input, String url) throws SourceException {
        try {
            return Jsoup.connect(url)
                    .userAgent(options.userAgent())
                    .timeout((int) options.timeout().toMillis())
                    .maxBodySize(options.maxBytes() + 1)  // one byte more tells a cut body from a complete one
                    .followRedirects(false)
                    .ignoreContentType(true)
                    .ignoreHttpErrors(true)
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                    .execute();
        } catch (SocketTimeoutException | java.net.http.HttpTimeoutException e) {
            throw new SourceException(input, "timed out after " + seconds());
        } catch (UnknownHostException e) {
            throw new SourceException(input, "unknown host " + e.getMessage());
        } catch (ConnectException e) {
            throw new SourceException(input, "cannot connect" + detail(e));
        } catch (SSLException e) {
            throw new SourceException(input, "TLS error" + detail(e));
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new SourceException(input, "not a valid URL" + detail(e));
        } catch (IOException e) {
            throw new SourceException(input, "cannot fetch" + detail(e));
        }
    }

    private static String detail(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage() + ")";
    }

    private String seconds() {
        long ms = options.timeout().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String resolve(String input, String from, String location) throws SourceException {
        try {
            String next = new URI(from).resolve(location.strip().replace(" ", "%20")).toString();
            if (!isHttp(next)) {
                throw new SourceException(input, "redirects to " + next + ", which is not http or https");
            }
            return next;
        } catch (URISyntaxException e) {
            throw new SourceException(input, "redirects to an invalid address " + location);
        }
    }
}
