package org.eventline.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Expands what the user named (files, folders, URLs) into the inputs to read, in a stable order. */
public final class Inputs {

    private static final List<String> ARTICLE_SUFFIXES = List.of(
            ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".html.gz", ".htm.gz", ".txt.gz", ".md.gz");

    private Inputs() {
    }

    /**
     * Files stay as given, folders become their article files (recursively, sorted), URLs stay.
     * A skipped file in a folder is reported to {@code notes}; a missing path is kept so that reading
     * it reports the error in its place in the batch.
     */
    public static List<String> expand(List<String> named, Consumer<String> notes) {
        List<String> out = new ArrayList<>();
        for (String name : named) {
            if (isUrl(name) || name.equals("-")) {
                out.add(name);
                continue;
            }
            Path path = Path.of(name);
            if (!Files.isDirectory(path)) {
                out.add(name);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                    if (isArticleFile(p)) {
                        out.add(p.toString());
                    } else if (!p.getFileName().toString().startsWith(".")) {
                        notes.accept(p + ": skipped, not an article file (.html, .htm, .txt, .md, or .gz of those)");
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        }
        return out;
    }

    public static boolean isUrl(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("http://") || n.startsWith("https://");
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_SUFFIXES.stream().anyMatch(n::endsWith);
    }
}
