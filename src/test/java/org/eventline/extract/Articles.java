package org.eventline.extract;

import org.eventline.model.Article;
import org.eventline.model.Claim;
import org.eventline.model.Event;
import org.eventline.model.Extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** Test articles written for the project, and ways to look into what was extracted from them. */
public final class Articles {

    private Articles() {
    }

    public static Extraction extract(Extractor extractor, String resource, String published) {
        return extractor.extract(new Article(resource, null, null, published, null, null, null, read(resource), "h"));
    }

    public static String read(String resource) {
        try (InputStream in = Articles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English name of an actor or place id in the extraction, or null. */
    public static String name(Extraction e, String id) {
        return Stream.concat(e.actors().stream().filter(a -> a.id().equals(id)).map(a -> a.name()),
                e.places().stream().filter(p -> p.id().equals(id)).map(p -> p.name())).findFirst().orElse(null);
    }

    public static List<String> names(Extraction e, List<String> ids) {
        return ids.stream().map(id -> name(e, id)).toList();
    }

    /** The claims of a type whose evidence contains the fragment. */
    public static List<Claim> claims(Extraction e, String type, String fragment) {
        return e.claims().stream().filter(c -> c.type().equals(type) && c.evidence().contains(fragment)).toList();
    }

    /** Asserts that the claim's holder is one of the accepted names. */
    public static void assertHolder(Extraction e, Claim c, String... accepted) {
        String name = name(e, c.holder());
        if (!List.of(accepted).contains(name)) {
            throw new AssertionError("holder " + name + " of " + c.evidence() + ", expected one of " + List.of(accepted));
        }
    }

    /** The one claim of a type whose evidence contains the fragment. */
    public static Claim claim(Extraction e, String type, String fragment) {
        List<Claim> found = claims(e, type, fragment);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " claim with '" + fragment + "', found " + found
                    + " among " + e.claims());
        }
        return found.get(0);
    }

    public static List<Event> events(Extraction e, String type) {
        return e.events().stream().filter(x -> x.type().equals(type)).toList();
    }
}
