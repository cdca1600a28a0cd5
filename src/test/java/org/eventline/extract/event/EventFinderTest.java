package org.eventline.extract.event;

import org.eventline.model.Event;
import org.eventline.model.Extraction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventline.extract.Articles.events;
import static org.eventline.extract.Articles.name;
import static org.eventline.extract.Articles.names;
import static org.eventline.extract.Extracting.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventFinderTest {

    @Test
    void oneMeetingHoweverOftenItIsMentioned() {
        Extraction e = extract("""
                美、烏、歐三方在柏林會談後達成共識。
                美方官員表示，經14、15日兩天的會談後，雙方已接近達成協議。
                這次會談由德國總理梅爾茲主持，美國與烏克蘭代表的會談氣氛良好。""", "2025-12-15");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        Event m = meetings.get(0);
        assertEquals("2025-12-14/2025-12-15", m.date());
        assertEquals("Berlin", name(e, m.place()));
        assertTrue(names(e, m.participants()).containsAll(List.of("United States", "Ukraine", "Europe")));
        assertEquals(List.of(), events(e, "AGREEMENT"), "close to an agreement is no agreement");
    }

    @Test
    void talksAsATopicAreNoMeeting() {
        Extraction e = extract("Peace talks have stalled for months. The fate of the Donbas dominates the negotiations. "
                + "Washington wants a deal by Christmas and has held talks with Russia in recent weeks.", "2025-12-16");
        assertEquals(List.of(), e.events(), "a deadline dates no meeting, recent weeks date none either");
    }

    @Test
    void aScheduledMeetingIsAnEventWithItsDateAndVenue() {
        Extraction e = extract("Steve Witkoff will travel to Germany this weekend to meet Volodymyr Zelensky. "
                + "Officials have not said who will attend the Berlin talks.", "2025-12-13");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("Berlin", name(e, meetings.get(0).place()), "the venue named with the talks, not the destination");
        assertTrue(names(e, meetings.get(0).participants()).containsAll(List.of("Steve Witkoff", "Volodymyr Zelenskyy")));
    }

    @Test
    void aStatementMustBeIssued() {
        assertEquals(List.of(), events(extract("聲明的內容仍有爭議。", "2025-12-15"), "STATEMENT"));
        Extraction e = extract("歐洲領袖今天發表聲明，承諾協助烏克蘭。聲明中說，援助將包括情報。", "2025-12-15");
        List<Event> statements = events(e, "STATEMENT");
        assertEquals(1, statements.size(), statements.toString());
        assertEquals("2025-12-15", statements.get(0).date());
        assertEquals(List.of("Europe"), names(e, statements.get(0).participants()));
    }

    @Test
    void hypotheticalAttacksAreNoEventsRealOnesAre() {
        Extraction e = extract("一旦俄國再度攻擊烏克蘭，歐洲將出手相援。對一個盟國的攻擊將視同攻擊所有盟國。"
                + "俄軍昨天轟炸基輔。", "2025-12-15");
        List<Event> attacks = events(e, "ATTACK");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals("2025-12-14", attacks.get(0).date());
        assertEquals("Kyiv", name(e, attacks.get(0).place()));
        assertTrue(names(e, attacks.get(0).participants()).containsAll(List.of("Russia", "Ukraine")));
    }

    @Test
    void anEventDuringAnotherTakesItsDate() {
        Extraction e = extract("中央社記者王大明台北28日電）G7峰會昨天在德國登場，澤倫斯基以視訊向峰會發言。俄軍在峰會期間轟炸基輔。",
                "2022-06-28");
        Event attack = events(e, "ATTACK").get(0);
        assertEquals("2022-06-27", attack.date());
        assertTrue(names(e, attack.participants()).containsAll(List.of("Russia", "Ukraine")), attack.toString());
        Event summit = events(e, "MEETING").get(0);
        assertTrue(names(e, summit.participants()).contains("G7"), summit.toString());
        assertTrue(names(e, summit.participants()).stream().noneMatch(n -> n.contains("Central News")),
                "the wire's dateline takes part in nothing: " + summit);
    }

    @Test
    void anAgreementNeedsPartiesAndHasHappened() {
        Extraction e = extract("On Friday, European Union governments agreed to freeze Russian assets. "
                + "It is hoped that a deal can be reached if Ukraine and Russia agreed to talk.", "2025-12-13");
        List<Event> agreements = events(e, "AGREEMENT");
        assertEquals(1, agreements.size(), agreements.toString());
        assertEquals("2025-12-12", agreements.get(0).date());
        assertEquals(List.of("European Union"), names(e, agreements.get(0).participants()));
    }
}
