package org.eventline.graph;

import org.eventline.model.Article;
import org.eventline.model.Claim;
import org.eventline.model.Event;
import org.eventline.model.Stance;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IdentityTest {

    private static Article article(String source, String url) {
        return new Article(source, url, null, null, null, null, null, "text", "abc");
    }

    @Test
    void anArticleIsItsCanonicalUrlElseItsNormalisedPath() {
        assertEquals("https://news.example.org/a/1?id=2",
                Identity.article(article("x.html", "HTTPS://News.Example.org:443/a/1?id=2#comments")));
        assertEquals(Path.of("x.html").toAbsolutePath().toString(), Identity.article(article("./y/../x.html", null)));
        assertEquals("sample:a.txt", Identity.article(article("sample:a.txt", null)));
        assertEquals("sha256:abc", Identity.article(article("-", null)));
        assertNull(Identity.input("-"));
        assertEquals(Path.of("x.html").toAbsolutePath().toString(), Identity.input("y/../x.html"));
    }

    private static Claim claim(String holder, List<String> beneficiaries, String date, Stance stance) {
        return new Claim("c", "SECURITY_GUARANTEE", holder, stance, false, beneficiaries, List.of("Crimea"), date, null,
                "evidence", 0, 8, 0.5);
    }

    @Test
    void aClaimIsItsTypeHolderStanceTargetsAndDateAtItsPrecision() {
        String key = Identity.claim(claim("Q30", List.of("Q212", "Q46"), "2025-12-15", Stance.OFFER));
        assertEquals(key, Identity.claim(claim("Q30", List.of("Q46", "Q212"), "2025-12-15T10:00+01:00", Stance.OFFER)),
                "targets in any order, a time of day is the day");
        assertNotEquals(key, Identity.claim(claim("Q30", List.of("Q212", "Q46"), "2025-12", Stance.OFFER)),
                "the month is not the day");
        assertNotEquals(key, Identity.claim(claim("Q30", List.of("Q212"), "2025-12-15", Stance.OFFER)));
        assertNotEquals(key, Identity.claim(claim("Q7747", List.of("Q212", "Q46"), "2025-12-15", Stance.OFFER)));
        assertNotEquals(key, Identity.claim(claim("Q30", List.of("Q212", "Q46"), "2025-12-15", Stance.REJECT)));
        assertNotEquals(key, Identity.claim(claim("Q30", List.of("Q212", "Q46"), null, Stance.OFFER)));
    }

    @Test
    void anEventIsItsTypeDatePlaceAndParticipants() {
        Event e = new Event("e", "MEETING", "2025-12-14/2025-12-15", "Q64", List.of("Q30", "Q212"), "ev", 0, 2, 1);
        Event same = new Event("x", "MEETING", "2025-12-14/2025-12-15", "Q64", List.of("Q212", "Q30"), "other", 5, 9, 0.2);
        Event elsewhere = new Event("e", "MEETING", "2025-12-14/2025-12-15", "Q649", List.of("Q30", "Q212"), "ev", 0, 2, 1);
        assertEquals(Identity.event(e), Identity.event(same));
        assertNotEquals(Identity.event(e), Identity.event(elsewhere));
    }

    @Test
    void datesKeepTheirPrecision() {
        assertEquals("2025-12-15", Identity.date("2025-12-15T09:30:00+08:00"));
        assertEquals("2025-12-14/2025-12-15", Identity.date("2025-12-14T20:00/2025-12-15T08:00"));
        assertEquals("2025-W50", Identity.date("2025-W50"));
        assertEquals("PT8H", Identity.date("PT8H"));
        assertNull(Identity.date(null));
    }
}
