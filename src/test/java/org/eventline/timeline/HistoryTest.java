package org.eventline.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventline.timeline.Entries.CRIMEA;
import static org.eventline.timeline.Entries.DONBAS;
import static org.eventline.timeline.Entries.ZELENSKYY;
import static org.eventline.timeline.Entries.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HistoryTest {

    private static final String TP = "TERRITORIAL_POSITION";

    private static TimelineEntry find(List<TimelineEntry> entries, String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void marksAStanceThatDiffersFromTheLatestEarlierDay() {
        List<TimelineEntry> h = History.mark(List.of(
                claim("c3", TP, ZELENSKYY, "PROPOSE", "2025-12-20", List.of(DONBAS)),
                claim("c1", TP, ZELENSKYY, "REJECT", "2025-12-01", List.of(DONBAS)),
                claim("c2", TP, ZELENSKYY, "REJECT", "2025-12-10", List.of(DONBAS))));
        assertEquals(List.of("c1", "c2", "c3"), h.stream().map(TimelineEntry::key).toList(), "date order");
        assertNull(find(h, "c1").change(), "nothing before");
        assertNull(find(h, "c2").change(), "the same stance again is no change");
        assertEquals(new StanceChange(List.of("REJECT"), "2025-12-10"), find(h, "c3").change());
    }

    @Test
    void claimsOfOneDayAreNotComparedWithEachOther() {
        List<TimelineEntry> h = History.mark(List.of(
                claim("a", TP, ZELENSKYY, "REJECT", "2025-12-01", List.of(DONBAS)),
                claim("b", TP, ZELENSKYY, "CONDITION", "2025-12-01", List.of(DONBAS)),
                claim("c", TP, ZELENSKYY, "CONDITION", "2025-12-05", List.of(DONBAS)),
                claim("d", TP, ZELENSKYY, "ACCEPT", "2025-12-05", List.of(DONBAS))));
        assertNull(find(h, "a").change());
        assertNull(find(h, "b").change());
        assertNull(find(h, "c").change(), "CONDITION was among the stances of the latest earlier day");
        assertEquals(List.of("CONDITION", "REJECT"), find(h, "d").change().from());
    }

    @Test
    void otherPlacesAndStatementsAreNotTheEarlierPosition() {
        List<TimelineEntry> h = History.mark(List.of(
                claim("crimea", TP, ZELENSKYY, "ACCEPT", "2025-12-01", List.of(CRIMEA)),
                claim("state", TP, ZELENSKYY, "STATE", "2025-12-03", List.of(DONBAS)),
                claim("donbas", TP, ZELENSKYY, "REJECT", "2025-12-05", List.of(DONBAS)),
                claim("general", TP, ZELENSKYY, "PROPOSE", "2025-12-07", List.of()),
                claim("guarantee", "SECURITY_GUARANTEE", ZELENSKYY, "DEMAND", "2025-12-09", List.of())));
        assertNull(find(h, "donbas").change(), "Crimea is another matter; a STATE takes no position");
        assertNull(find(h, "state").change(), "statements are never marked");
        assertEquals(new StanceChange(List.of("REJECT"), "2025-12-05"), find(h, "general").change(),
                "a claim naming no place meets every claim of its type");
        assertNull(find(h, "guarantee").change(), "another type");
    }

    @Test
    void negationIsPartOfTheStance() {
        TimelineEntry offer = claim("o", TP, ZELENSKYY, "OFFER", "2025-12-01", List.of(DONBAS));
        TimelineEntry notOffer = claim("n", TP, ZELENSKYY, "OFFER", true, "2025-12-02", "2025-12-02", "2025-12-02",
                "day", List.of(), List.of(DONBAS));
        List<TimelineEntry> h = History.mark(List.of(offer, notOffer));
        assertEquals(new StanceChange(List.of("OFFER"), "2025-12-01"), find(h, "n").change());
    }
}
