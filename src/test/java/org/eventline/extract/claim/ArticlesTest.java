package org.eventline.extract.claim;

import org.eventline.extract.Extracting;
import org.eventline.model.Claim;
import org.eventline.model.Event;
import org.eventline.model.Extraction;
import org.eventline.model.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.eventline.extract.Articles.claim;
import static org.eventline.extract.Articles.events;
import static org.eventline.extract.Articles.extract;
import static org.eventline.extract.Articles.name;
import static org.eventline.extract.Articles.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole articles written for these tests, in the three scripts, phrased unlike the evaluation texts. */
class ArticlesTest {

    private static final String SG = "SECURITY_GUARANTEE";
    private static final String TP = "TERRITORIAL_POSITION";

    private static Extraction read(String file) {
        return extract(Extracting.EXTRACTOR, "/org/eventline/extract/claim/" + file, "2026-03-03");
    }

    private static void expect(Extraction e, Claim c, Set<String> holders, Set<Stance> stances) {
        assertTrue(holders.contains(name(e, c.holder())), "holder " + name(e, c.holder()) + ": " + c.evidence());
        assertTrue(stances.contains(c.stance()), "stance " + c.stance() + ": " + c.evidence());
    }

    @Test
    void english() {
        Extraction e = read("kremlin-rules-out-en.txt");
        Claim ruledOut = claim(e, SG, "Russia has ruled out");
        expect(e, ruledOut, Set.of("Russia"), Set.of(Stance.REJECT));
        assertTrue(ruledOut.negated());
        assertEquals("2026-03-03", ruledOut.date());
        assertTrue(ruledOut.evidence().startsWith("Russia"), "the dateline is not evidence: " + ruledOut.evidence());

        Claim insisted = claim(e, TP, "must withdraw");
        expect(e, insisted, Set.of("Vladimir Putin", "Russia"), Set.of(Stance.DEMAND));
        assertEquals(List.of("Donetsk Oblast"), names(e, insisted.territories()));

        Claim crimea = claim(e, TP, "Crimea");
        expect(e, crimea, Set.of("Vladimir Putin", "Russia"), Set.of(Stance.REJECT));
        assertEquals(List.of("Crimea"), names(e, crimea.territories()), "Kyiv stands for Ukraine here");

        expect(e, claim(e, SG, "would be prepared to"), Set.of("United States"), Set.of(Stance.OFFER));
        expect(e, claim(e, SG, "offered to send ground troops"), Set.of("United Kingdom", "France"),
                Set.of(Stance.OFFER));

        Claim region = claim(e, TP, "give up the region");
        expect(e, region, Set.of("Ukraine"), Set.of(Stance.REJECT));
        assertEquals(List.of("Donetsk Oblast"), names(e, region.territories()));
        assertTrue(e.claims().stream().noneMatch(c -> "Financial Times".equals(name(e, c.holder()))));

        Event agreement = events(e, "AGREEMENT").get(0);
        assertEquals("2026-03-02", agreement.date());
        assertEquals(List.of("European Union"), names(e, agreement.participants()));
        List<Event> attacks = events(e, "ATTACK");
        assertEquals(1, attacks.size(), "the hypothetical attack under the plan is none: " + attacks);
        assertEquals("Kyiv", name(e, attacks.get(0).place()));
        assertTrue(names(e, attacks.get(0).participants()).containsAll(List.of("Russia", "Ukraine")));
        Event meeting = events(e, "MEETING").get(0);
        assertEquals("Berlin", name(e, meeting.place()));
        assertTrue(names(e, meeting.participants()).containsAll(List.of("Emmanuel Macron", "Keir Starmer")));
    }

    @Test
    void traditionalChinese() {
        Extraction e = read("kremlin-insists-zh-hant.txt");
        Claim insists = claim(e, TP, "俄方堅持烏克蘭軍隊");
        // 必須先撤出…，才可能停火: a demand set as the condition of a ceasefire
        expect(e, insists, Set.of("Russia", "Vladimir Putin"), Set.of(Stance.DEMAND, Stance.CONDITION));
        assertEquals(List.of("Donetsk Oblast"), names(e, insists.territories()));
        assertEquals("2026-03-03", insists.date());

        Claim refuses = claim(e, TP, "烏方拒絕割讓任何領土");
        expect(e, refuses, Set.of("Ukraine"), Set.of(Stance.REJECT));
        assertTrue(refuses.negated());
        expect(e, claim(e, TP, "不會從前線撤軍"), Set.of("Ukraine"), Set.of(Stance.REJECT));

        expect(e, claim(e, SG, "歐洲提議"), Set.of("Europe"), Set.of(Stance.PROPOSE));
        expect(e, claim(e, SG, "防空系統"), Set.of("Friedrich Merz", "Germany"), Set.of(Stance.OFFER));
        Claim noTroops = claim(e, SG, "不會派遣地面部隊");
        expect(e, noTroops, Set.of("Friedrich Merz", "Germany"), Set.of(Stance.REJECT));
        assertTrue(noTroops.negated());

        Claim unless = claim(e, SG, "無意提供安全保證");
        expect(e, unless, Set.of("United States"), Set.of(Stance.CONDITION));
        assertEquals("除非俄烏雙方先簽署停火協議", unless.condition());
        assertTrue(unless.negated());

        // headline positions are claims too, with less confidence than the body's
        Claim headline = claim(e, TP, "俄方堅持烏軍撤出");
        assertTrue(headline.confidence() < insists.confidence());

        Event meeting = events(e, "MEETING").get(0);
        assertEquals("2026-03-02", meeting.date());
        assertEquals("Berlin", name(e, meeting.place()));
        Event attack = events(e, "ATTACK").get(0);
        assertEquals("2026-03-02", attack.date());
        assertEquals("Kyiv", name(e, attack.place()));
        assertEquals(List.of(), events(e, "AGREEMENT"), "a ceasefire signed only 'unless' is none");
    }

    @Test
    void simplifiedChinese() {
        Extraction e = read("europe-proposes-zh-hans.txt");
        Claim force = claim(e, SG, "提议组建一支");
        expect(e, force, Set.of("Europe"), Set.of(Stance.PROPOSE));
        assertEquals("2026-03-02", force.date(), "stated on the 2nd, reported on the 3rd");

        Claim peacekeepers = claim(e, SG, "维和人员");
        expect(e, peacekeepers, Set.of("Europe"), Set.of(Stance.CONDITION));
        assertEquals("在美国提供支援的前提", peacekeepers.condition());
        assertTrue(names(e, peacekeepers.beneficiaries()).contains("Ukraine"));

        expect(e, claim(e, SG, "坚决反对"), Set.of("Russia"), Set.of(Stance.REJECT));
        Claim recognise = claim(e, TP, "克里米亚");
        expect(e, recognise, Set.of("Russia"), Set.of(Stance.DEMAND));
        assertEquals(List.of("Crimea", "Donbas"), names(e, recognise.territories()));
        expect(e, claim(e, SG, "开放态度"), Set.of("United States"), Set.of(Stance.ACCEPT));
        expect(e, claim(e, SG, "美国士兵"), Set.of("United States"), Set.of(Stance.REJECT));

        assertEquals(1, events(e, "MEETING").size());
        Event statement = events(e, "STATEMENT").get(0);
        assertEquals("2026-03-02", statement.date());
        assertEquals(List.of("Europe"), names(e, statement.participants()));
    }
}
