package org.eventline.source;

/**
 * One input to read, as {@link Inputs#expand} found it: a file, a URL, standard input, or an item of a
 * feed (whose title and date stand in for a page that gives none). A URL fetched while expanding keeps
 * its bytes so that it is not fetched twice.
 */
public final class Input {

    private final String name;
    private final Feed.Item item;
    private final Fetched fetched;
    private final SourceException failure;

    private Input(String name, Feed.Item item, Fetched fetched, SourceException failure) {
        this.name = name;
        this.item = item;
        this.fetched = fetched;
        this.failure = failure;
    }

    /** A path, an http(s) URL or "-", read when the input is read. */
    public static Input of(String name) {
        return new Input(name, null, null, null);
    }

    static Input fetched(String name, Fetched fetched) {
        return new Input(name, null, fetched, null);
    }

    static Input failed(String name, SourceException failure) {
        return new Input(name, null, null, failure);
    }

    static Input feedItem(Feed.Item item) {
        return new Input(item.link(), item, null, null);
    }

    /** The input as the user (or the feed) named it: a path, a URL or "-". */
    public String name() {
        return name;
    }

    /** Whether the input is an item of a feed: its name is the item's link. */
    public boolean fromFeed() {
        return item != null;
    }

    Feed.Item item() {
        return item;
    }

    Fetched fetchedBytes() {
        return fetched;
    }

    SourceException failure() {
        return failure;
    }

    @Override
    public String toString() {
        return name;
    }
}
