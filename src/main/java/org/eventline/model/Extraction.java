package org.eventline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Everything found in one article. Serialised by {@link Json}, it is the extract contract: the JSON
 * that {@code eventline extract} prints and {@code eventline ingest --from-jsonl} loads.
 *
 * @param extractor fingerprint of the extraction rules and data that produced it: an article extracted
 *                  by other rules is extracted again on re-ingest
 */
public record Extraction(@JsonProperty("document") Article document, List<Actor> actors, List<Place> places,
                         List<Timex> times, List<Claim> claims, List<Event> events, String extractor) {

    public Extraction {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        times = List.copyOf(times);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }
}
