package org.eventline.timeline;

/** An actor or place as the graph knows it: its key (a Wikidata id or {@code local:…}) and canonical name. */
public record Named(String key, String name) {
}
