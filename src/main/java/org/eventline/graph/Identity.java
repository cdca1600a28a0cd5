package org.eventline.graph;

import org.eventline.model.Article;
import org.eventline.model.Claim;
import org.eventline.model.Event;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What makes two articles, claims or events the same node: the merge rules of cypher/README.md.
 * Every key is a pure function of the extraction, so the graph does not depend on the order in which
 * articles arrive (a killed and resumed run ends where an uninterrupted one does).
 */
public final class Identity {

    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");
    private static final Pattern DAY_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T[^/]*");

    private Identity() {
    }

    /**
     * An article's identity: its canonical URL (scheme and host in lower case, no fragment), else the
     * named source (a URL or another scheme such as {@code sample:}), else its absolute normalised path;
     * standard input has none and is known by its content hash.
     */
    public static String article(Article a) {
        if (a.url() != null && !a.url().isBlank()) {
            return normalizeUrl(a.url().strip());
        }
        String source = a.source();
        if (source == null || source.isBlank() || source.equals("-")) {
            return "sha256:" + a.hash();
        }
        if (URL.matcher(source).matches() && !isWindowsPath(source)) {
            return normalizeUrl(source);
        }
        return Path.of(source).toAbsolutePath().normalize().toString();
    }

    private static boolean isWindowsPath(String s) {
        return s.length() > 2 && Character.isLetter(s.charAt(0)) && s.charAt(1) == ':' && (s.charAt(2) == '\\' || s.charAt(2) == '/');
    }

    /**
     * Where an article was read from, in a form that does not depend on the working folder: the absolute
     * normalised path of a file, a URL as given; null for standard input. Re-ingest finds an unchanged
     * file by it before parsing the file.
     */
    public static String input(String source) {
        if (source == null || source.isBlank() || source.equals("-")) {
            return null;
        }
        if (URL.matcher(source).matches() && !isWindowsPath(source)) {
            return source;
        }
        return Path.of(source).toAbsolutePath().normalize().toString();
    }

    static String normalizeUrl(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || u.isOpaque() || u.getHost() == null) {
                return url;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /**
     * A claim's identity: type, holder, stance, negation, beneficiaries, territories and date at the
     * precision it was given ({@link #date}). A month and a day inside it are different dates.
     */
    public static String claim(Claim c) {
        return "claim:" + digest(String.join("|", c.type(), c.holder(), c.stance().name(), Boolean.toString(c.negated()),
                sorted(c.beneficiaries()), sorted(c.territories()), String.valueOf(date(c.date()))));
    }

    /** An event's identity: type, date at its precision, place and participants. */
    public static String event(Event e) {
        return "event:" + digest(String.join("|", e.type(), String.valueOf(date(e.date())), String.valueOf(e.place()),
                sorted(e.participants())));
    }

    /**
     * A date value in the form that identifies it: the value at the precision the text gave, a time of
     * day dropped ("2025-12-15T09:30+08:00" is the day 2025-12-15; "2025-12" stays the month).
     */
    public static String date(String value) {
        return value == null ? null : DAY_WITH_TIME.matcher(value.strip()).replaceAll("$1");
    }

    private static String sorted(Collection<String> keys) {
        return String.join(",", new TreeSet<>(keys));
    }

    private static String digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
