package org.eventline.extract;

import org.eventline.model.Actor;
import org.eventline.model.Claim;
import org.eventline.model.Extraction;
import org.eventline.model.Stance;
import org.eventline.model.Timex;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.eventline.extract.Extracting.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorTest {

    @Test
    void sameActorWhateverScriptOrTransliteration() {
        String[] texts = {"澤倫斯基表示", "泽连斯基表示", "Zelensky said", "President Volodymyr Zelenskyy said"};
        for (String t : texts) {
            Extraction e = extract(t, "2025-12-15");
            assertTrue(e.actors().stream().anyMatch(a -> a.id().equals("Q3874799")), t + " → " + e.actors());
        }
    }

    @Test
    void metonymsAndPartyReferencesResolveToTheirState() {
        Extraction e = extract("華府與克宮都表示願意談判，美方官員說俄方拒絕。", "2025-12-15");
        Map<String, Actor> byId = e.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        assertEquals(2, byId.get("Q30").mentions().size(), "華府, 美方");
        assertEquals(2, byId.get("Q159").mentions().size(), "克宮, 俄方");
    }

    @Test
    void abbreviatedListsNameEveryParty() {
        Extraction e = extract("美、烏、歐三方經兩天密集協商後達成共識。", "2025-12-15");
        assertTrue(e.actors().stream().map(Actor::id).toList().containsAll(java.util.List.of("Q30", "Q212", "Q46")),
                e.actors().toString());
    }

    @Test
    void offsetsPointIntoTheBody() {
        Extraction e = extract("柏林15日電）美國官員今天表示，美國不會派地面部隊。", "2025-12-15");
        String body = e.document().body();
        for (Timex t : e.times()) {
            assertEquals(t.text(), body.substring(t.start(), t.end()));
        }
        for (Claim c : e.claims()) {
            assertEquals(c.evidence(), body.substring(c.start(), c.end()));
        }
        e.actors().forEach(a -> a.mentions().forEach(m -> assertEquals(m.text(), body.substring(m.start(), m.end()))));
    }

    @Test
    void refusalOfOwnCommitmentIsANegatedRejection() {
        Extraction e = extract("美方官員今天表示，美國不會派地面部隊。", "2025-12-15");
        Claim c = e.claims().stream().filter(x -> x.type().equals("SECURITY_GUARANTEE")).findFirst().orElseThrow();
        assertEquals("Q30", c.holder());
        assertEquals(Stance.REJECT, c.stance());
        assertTrue(c.negated());
        assertEquals("2025-12-15", c.date());
    }

    @Test
    void territorialDemandNamesItsTerritory() {
        Extraction e = extract("Moscow demands that Ukraine cede the Donbas region, the Kremlin said on Tuesday.", "2025-12-16");
        Claim c = e.claims().stream().filter(x -> x.type().equals("TERRITORIAL_POSITION")).findFirst().orElseThrow();
        assertEquals(Stance.DEMAND, c.stance());
        assertTrue(c.territories().contains(
                e.places().stream().filter(p -> p.name().equals("Donbas")).findFirst().orElseThrow().id()));
    }
}
