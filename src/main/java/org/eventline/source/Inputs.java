package org.eventline.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands what the user named into the inputs to read, in a stable order: files stay, folders become
 * their article files (recursively, sorted), feeds (a URL that answers with RSS or Atom, or an .xml,
 * .rss or .atom file) become their items, "-" stays for standard input. A URL is fetched once here, to
 * tell a feed from a page; the page's bytes travel with the input.
 */
public final class Inputs {

    private static final List<String> ARTICLE_SUFFIXES = List.of(".html", ".htm", ".xhtml", ".txt", ".text", ".md",
            ".markdown");
    private static final List<String> FEED_SUFFIXES = List.of(".xml", ".rss", ".atom");

    private Inputs() {
    }

    /**
     * Expands named inputs. Notes (a skipped file in a folder, the size of a feed) go to {@code notes}; an
     * input that cannot be read is kept, so that reading it reports the error in its place in the batch.
     */
    public static List<Input> expand(List<String> named, ArticleReader reader, Consumer<String> notes) {
        List<Input> out = new ArrayList<>();
        for (String name : named) {
            if (name.equals("-")) {
                out.add(Input.of(name));
            } else if (Http.isHttp(name)) {
                out.addAll(url(name, reader, notes));
            } else if (Files.isDirectory(Path.of(name))) {
                folder(name, out, notes);
            } else if (hasSuffix(name, FEED_SUFFIXES) && Files.isRegularFile(Path.of(name))) {
                out.addAll(feedFile(name, reader, notes));
            } else {
                out.add(Input.of(name));
            }
        }
        return out;
    }

    /** The names of inputs, in order. */
    public static List<String> names(List<Input> inputs) {
        return inputs.stream().map(Input::name).toList();
    }

    private static List<Input> url(String url, ArticleReader reader, Consumer<String> notes) {
        Fetched fetched;
        String text;
        try {
            fetched = reader.fetch(url);
            text = reader.text(url, fetched);
        } catch (SourceException e) {
            return List.of(Input.failed(url, e));
        }
        if (!Feed.isFeed(text)) {
            return List.of(Input.fetched(url, fetched));
        }
        return items(url, text, fetched.url(), notes);
    }

    private static List<Input> feedFile(String name, ArticleReader reader, Consumer<String> notes) {
        try {
            String text = reader.text(name, reader.fetch(name));
            return Feed.isFeed(text) ? items(name, text, null, notes) : List.of(Input.of(name));
        } catch (SourceException e) {
            return List.of(Input.failed(name, e));
        }
    }

    private static List<Input> items(String name, String xml, String base, Consumer<String> notes) {
        List<String> notHttp = new ArrayList<>();
        List<Feed.Item> items = Feed.items(xml, base, notHttp);
        notes.accept(name + ": feed with " + items.size() + " item" + (items.size() == 1 ? "" : "s")
                + (notHttp.isEmpty() ? "" : "; not read, as not http(s): " + String.join(" ", notHttp)));
        List<Input> out = new ArrayList<>();
        for (Feed.Item item : items) {
            out.add(Input.feedItem(item));
        }
        return out;
    }

    private static void folder(String name, List<Input> out, Consumer<String> notes) {
        Path dir = Path.of(name);
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                String file = p.getFileName().toString();
                if (file.startsWith(".")) {
                    return;  // hidden files are not the user's articles
                }
                if (hasSuffix(file, ARTICLE_SUFFIXES)) {
                    out.add(Input.of(p.toString()));
                } else {
                    notes.accept(p + ": skipped, not an article file (.html, .htm, .txt, .md, or .gz of those)");
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            out.add(Input.failed(name, new SourceException(name, "cannot list the folder (" + e.getMessage() + ")")));
        }
    }

    public static boolean isUrl(String name) {
        return Http.isHttp(name);
    }

    private static boolean hasSuffix(String name, List<String> suffixes) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        for (String s : suffixes) {
            if (n.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
