package org.eventline.source;

import org.eventline.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The source stage's test pages, read from the test resources as their files' bytes. */
final class Fixtures {

    private static final ArticleReader READER = new ArticleReader();

    private Fixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML page of {@code html/}. */
    static Article page(String name) throws SourceException {
        return READER.read(name, bytes("html/" + name), null);
    }

    /** A page dump of {@code dumps/}. */
    static Article dump(String name) throws SourceException {
        return READER.read(name, bytes("dumps/" + name), null);
    }
}
