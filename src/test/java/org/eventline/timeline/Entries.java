package org.eventline.timeline;

import java.time.LocalDate;
import java.util.List;

/** Timeline entries written by hand for unit tests. */
final class Entries {

    static final Named US = new Named("Q30", "United States");
    static final Named UKRAINE = new Named("Q212", "Ukraine");
    static final Named RUSSIA = new Named("Q159", "Russia");
    static final Named ZELENSKYY = new Named("Q3874799", "Volodymyr Zelenskyy");
    static final Named DONBAS = new Named("Q4153", "Donbas");
    static final Named CRIMEA = new Named("Q7835", "Crimea");

    private Entries() {
    }

    static Source source(String evidence, String title, String url, String published) {
        return new Source(evidence, title, "site", url, published, url);
    }

    static TimelineEntry claim(String key, String type, Named holder, String stance, boolean negated, String date,
                               String start, String end, String precision, List<Named> actors, List<Named> places,
                               Source... sources) {
        return new TimelineEntry(TimelineEntry.Kind.CLAIM, key, type, stance, negated, date,
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), precision,
                holder, actors, places, List.of(sources), null);
    }

    /** A claim dated to one day. */
    static TimelineEntry claim(String key, String type, Named holder, String stance, String day, List<Named> places) {
        return claim(key, type, holder, stance, false, day, day, day, "day", List.of(), places,
                source("evidence of " + key, "Title " + key, "https://news.example/" + key, day));
    }

    static TimelineEntry event(String key, String type, String date, String start, String end, String precision,
                               List<Named> participants, List<Named> places, Source... sources) {
        return new TimelineEntry(TimelineEntry.Kind.EVENT, key, type, null, false, date,
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), precision,
                null, participants, places, List.of(sources), null);
    }
}
