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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aSummitHostedAndTalkedOfInOneClauseIsOneMeeting() {
        Extraction e = extract("PARIS, Sept 5 (Reuters) - Allies are ready to send troops to Ukraine, French President "
                + "Emmanuel Macron said after hosting a summit of Kyiv's allies on Thursday.", "2025-09-05");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2025-09-04", meetings.get(0).date());
    }

    @Test
    void anInvasionToldInARelativeClauseIsAnAttackByTheNameBeforeIt() {
        Extraction e = extract("Russia, which launched its full-scale invasion in February 2022, holds a fifth of "
                + "Ukraine.", "2025-09-05");
        List<Event> attacks = events(e, "ATTACK");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals("2022-02", attacks.get(0).date());
        assertEquals(List.of("Russia"), names(e, attacks.get(0).participants()).subList(0, 1));
    }

    @Test
    void theFirstTalksSinceAnInvasionAreNotDatedByIt() {
        Extraction e = extract("RIYADH, Feb 18 (Reuters) - Russia and the United States agreed on Tuesday to keep "
                + "talking, after the highest-level talks between the two countries since Moscow launched its "
                + "full-scale invasion in February 2022.", "2025-02-18");
        assertTrue(events(e, "MEETING").stream().noneMatch(m -> m.date().startsWith("2022")), e.events().toString());
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

    @Test
    void theMostSpecificPlaceNamedIsTheVenue() {
        Extraction zh = extract("美國與烏克蘭代表團昨天在美國佛羅里達州棕櫚灘的海湖莊園會面。", "2025-12-29");
        assertEquals("Palm Beach", name(zh, events(zh, "MEETING").get(0).place()), "the city, not its country or a site in it");
        Extraction hans = extract("俄罗斯与乌克兰代表团15日在沙特阿拉伯吉达举行会谈。", "2025-03-16");
        assertEquals("Jeddah", name(hans, events(hans, "MEETING").get(0).place()));
        Extraction en = extract("Russian and American officials met in Geneva, Switzerland, on Tuesday. "
                + "Later, Macron and Starmer met at the Élysée Palace in Paris on Wednesday.", "2025-10-09");
        List<Event> meetings = events(en, "MEETING");
        assertEquals(List.of("Geneva", "Paris"), meetings.stream().map(m -> name(en, m.place())).toList());
    }

    @Test
    void aSentenceNamingItsOwnPlaceTakesNoneFromBefore() {
        Extraction e = extract("""
                US and Russian officials met in Jeddah on Tuesday to discuss a ceasefire.
                In Munich, European leaders who met on Wednesday argued over troop numbers.""", "2025-03-13");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(2, meetings.size(), meetings.toString());
        Event munich = meetings.stream().filter(m -> m.date().equals("2025-03-12")).findFirst().orElseThrow();
        assertEquals("Munich", name(e, munich.place()));
    }

    @Test
    void anEventIsDatedByItsOwnDayNotBySayingsOrBounds() {
        Extraction e = extract("Russian and Ukrainian negotiators met in Doha on Friday morning. Their talks were the first "
                + "direct negotiations since March 2024, when Russian and Ukrainian envoys met in Geneva. Ukraine's "
                + "foreign minister said on Thursday that he did not expect a breakthrough until Putin and Zelensky "
                + "met in person.", "2025-06-07");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(List.of("2025-06-06", "2024-03"), meetings.stream().map(Event::date).toList(),
                "the day without its morning; the earlier talks dated by the when-clause; an awaited meeting is none");
        assertEquals("Geneva", name(e, meetings.get(1).place()));
    }

    @Test
    void theSameDayIsTheDayNamedBefore() {
        Extraction e = extract("新华社莫斯科6月5日电 俄罗斯总统助理4日晚对媒体表示，普京当天在克里姆林宫会见了来访的印度外长。",
                "2025-06-05");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2025-06-04", meetings.get(0).date());
        assertTrue(names(e, meetings.get(0).participants()).contains("Vladimir Putin"), meetings.toString());
    }

    @Test
    void theTwoSidesAreThePartiesNamedBefore() {
        Extraction e = extract("Britain and France have agreed to coordinate their air patrols over the Baltic. "
                + "The meeting in London on Tuesday was the first between the two countries since the election.",
                "2025-09-10");
        Event meeting = events(e, "MEETING").get(0);
        assertTrue(names(e, meeting.participants()).containsAll(List.of("United Kingdom", "France")), meeting.toString());
        Event agreement = events(e, "AGREEMENT").get(0);
        assertEquals("2025-09-09", agreement.date(), "an agreement without a date of its own is the talks'");
        Extraction zh = extract("土耳其與希臘外長昨天在伊斯坦堡會面，雙方閉門會談兩小時。", "2025-09-10");
        Event talks = events(zh, "MEETING").get(0);
        assertTrue(names(zh, talks.participants()).containsAll(List.of("Turkey", "Greece")), talks.toString());
    }

    @Test
    void whoIsLeftOutOrNamedForAnotherEventTakesNoPart() {
        Extraction e = extract("American and Russian envoys held talks in Doha on Monday that excluded Ukraine.",
                "2025-04-08");
        Event talks = events(e, "MEETING").get(0);
        assertTrue(names(e, talks.participants()).containsAll(List.of("United States", "Russia")), talks.toString());
        assertTrue(!names(e, talks.participants()).contains("Ukraine"), talks.toString());
    }

    @Test
    void theSubjectOfAParticipleTakesPart() {
        Extraction e = extract("Zelenskyy, speaking at a summit in Copenhagen on Friday, urged allies to act.",
                "2025-10-04");
        Event summit = events(e, "MEETING").get(0);
        assertEquals("Copenhagen", name(e, summit.place()));
        assertTrue(names(e, summit.participants()).contains("Volodymyr Zelenskyy"), summit.toString());
    }

    @Test
    void proposedConditionalAndAwaitedMeetingsAreNoEvents() {
        assertEquals(List.of(), extract("Erdogan proposed new talks in Istanbul on Sunday.", "2025-06-03").events());
        assertEquals(List.of(), extract("一旦停火破局，各方須在48小時內召開會議。", "2025-06-03").events());
        assertEquals(List.of(), extract("若谈判破裂，双方领导人将在一周内再次会晤。", "2025-06-03").events());
    }

    @Test
    void meetingsVisitsAndPresentationsInEveryScript() {
        Extraction hant = extract("以色列與哈瑪斯代表團昨天在杜哈舉行和談。", "2025-10-07");
        assertEquals("2025-10-06", events(hant, "MEETING").get(0).date());
        Extraction hans = extract("新华社北京4月9日电 国家主席当天在人民大会堂会见了来访的法国总统马克龙。", "2025-04-09");
        assertEquals("2025-04-09", events(hans, "MEETING").get(0).date());
        Extraction visit = extract("European leaders visiting Kyiv last Friday pledged new air defences.", "2025-05-20");
        Event v = events(visit, "MEETING").get(0);
        assertEquals("2025-05-16", v.date());
        assertEquals("Kyiv", name(visit, v.place()));
        Extraction plan = extract("The draft, presented to Zelenskyy in Kyiv last Wednesday by a US envoy, was "
                + "revised.", "2025-11-24");
        Event p = events(plan, "MEETING").get(0);
        assertEquals("2025-11-19", p.date());
        assertTrue(names(plan, p.participants()).contains("Volodymyr Zelenskyy"), p.toString());
    }

    @Test
    void aDeclarationIssuedAtASummitTakesItsDayPlaceAndParticipants() {
        Extraction e = extract("""
                当地时间3月2日，欧洲领导人峰会在英国伦敦兰开斯特宫举行。英国首相斯塔默与法国总统马克龙共同签署联合声明。
                峰会发表的《伦敦宣言》称，欧洲将增加防务开支。""", "2025-03-03");
        Event summit = events(e, "MEETING").get(0);
        assertEquals("2025-03-02", summit.date());
        assertEquals("London", name(e, summit.place()));
        assertTrue(names(e, summit.participants()).containsAll(List.of("Keir Starmer", "Emmanuel Macron")),
                "who signs at a summit takes part in it: " + summit);
        List<Event> statements = events(e, "STATEMENT");
        assertEquals(2, statements.size(), statements.toString());
        assertTrue(statements.stream().allMatch(s -> s.date().equals("2025-03-02") && "London".equals(name(e, s.place()))),
                statements.toString());
    }

    @Test
    void attacksAndInvasionsInEveryScript() {
        Extraction en = extract("Meanwhile, a Russian missile attack on the southern city of Odesa killed two people "
                + "overnight Tuesday, officials said.", "2025-07-02");
        Event a = events(en, "ATTACK").get(0);
        assertEquals("2025-07-01", a.date());
        assertEquals("Odesa", name(en, a.place()));
        assertTrue(names(en, a.participants()).contains("Russia"), a.toString());
        Extraction hant = extract("俄軍本週持續猛攻東部城市波克羅夫斯克。", "2025-07-02");
        Event b = events(hant, "ATTACK").get(0);
        assertEquals("Pokrovsk", name(hant, b.place()));
        Extraction hans = extract("2022年2月，俄罗斯在乌克兰发起特别军事行动。", "2025-07-02");
        assertEquals("2022-02", events(hans, "ATTACK").get(0).date());
    }

    @Test
    void talksJustHeldAndTheStatementAfterThem() {
        Extraction e = extract("""
                JEDDAH, March 11 (Reuters) - Ukraine said on Tuesday it was ready to accept a ceasefire after talks between U.S. and Ukrainian officials in Jeddah. The two countries said in a joint statement that the United States would lift its pause on intelligence sharing.""",
                "2025-03-12");
        Event talks = events(e, "MEETING").get(0);
        assertEquals("2025-03-11", talks.date(), "talks just held are dated by the report of them");
        assertEquals("Jeddah", name(e, talks.place()));
        Event statement = events(e, "STATEMENT").get(0);
        assertTrue(names(e, statement.participants()).containsAll(List.of("United States", "Ukraine")), statement.toString());
        assertEquals("2025-03-11", statement.date(), "a statement after the talks the sentence before tells of");
    }

    @Test
    void negotiatorsSittingDownTogetherMeet() {
        Extraction e = extract("When negotiators from Ukraine, Russia and the United States sat down in Copenhagen "
                + "last week, the Donbas took most of the attention.", "2026-04-22");
        Event talks = events(e, "MEETING").get(0);
        assertEquals("Copenhagen", name(e, talks.place()));
        assertEquals("2026-W16", talks.date());
    }

    @Test
    void aVideoAddressIsAStatement() {
        Extraction en = extract("Zelensky said in his nightly video address on Monday that Kyiv would not give up land.",
                "2026-03-10");
        Event address = events(en, "STATEMENT").get(0);
        assertEquals("2026-03-09", address.date());
        assertTrue(names(en, address.participants()).contains("Volodymyr Zelenskyy"), address.toString());
        Extraction zh = extract("澤倫斯基9日晚發表視頻講話，感謝瑞士的提議。", "2026-03-10");
        Event speech = events(zh, "STATEMENT").get(0);
        assertEquals("2026-03-09", speech.date());
        assertTrue(names(zh, speech.participants()).contains("Volodymyr Zelenskyy"), speech.toString());
        Extraction talk = extract("澤倫斯基昨晚在例行視訊談話中回應說，烏克蘭願意認真考慮。", "2026-03-10");
        assertEquals("2026-03-09", events(talk, "STATEMENT").get(0).date());
    }

    @Test
    void venuesOutsideTheWarAreCitiesToo() {
        Extraction e = extract("乌克兰总统泽连斯基2日在爱尔兰首都都柏林访问。美乌代表团11月30日在美国佛罗里达州举行会谈。", "2025-12-03");
        assertEquals(List.of("Dublin", "Florida"), events(e, "MEETING").stream().map(m -> name(e, m.place())).toList(),
                "都柏林 is not 柏林");
    }

    @Test
    void anAttackToldInThePassiveHasItsTargetFirst() {
        Extraction hant = extract("與此同時，哈爾科夫週五凌晨遭到俄軍無人機襲擊，至少10人受傷。", "2025-06-06");
        Event a = events(hant, "ATTACK").get(0);
        assertEquals("2025-06-06", a.date());
        assertEquals("Kharkiv", name(hant, a.place()), "the place hit stands before 遭到");
        assertTrue(names(hant, a.participants()).contains("Russia"), a.toString());
        Extraction en = extract("Odesa was hit by Russian missiles on Tuesday, officials said.", "2025-06-04");
        Event b = events(en, "ATTACK").get(0);
        assertEquals("2025-06-03", b.date());
        assertEquals("Odesa", name(en, b.place()));
        assertTrue(names(en, b.participants()).contains("Russia"), b.toString());
    }

    @Test
    void strikesByEachSideAreTwoAttacks() {
        Extraction e = extract("Russia attacked Kharkiv with drones on Aug. 12. Ukrainian forces struck an oil refinery "
                + "in Russia's Saratov region on Aug. 12, the General Staff said.", "2025-08-13");
        List<Event> attacks = events(e, "ATTACK");
        assertEquals(2, attacks.size(), attacks.toString());
        assertEquals(List.of("Kharkiv", "Saratov"), attacks.stream().map(a -> name(e, a.place())).toList());
    }

    @Test
    void struckIsAnAttackOnlyWithSomethingHit() {
        Extraction e = extract("Trump struck a conciliatory tone on Monday. The two sides struck a deal on Monday "
                + "to exchange prisoners.", "2025-08-13");
        assertEquals(List.of(), events(e, "ATTACK"), "a tone is no target, a deal no attack");
    }

    @Test
    void aDateInBracketsSaysWhichWeekdayIsMeant() {
        Extraction e = extract("美國總統特朗普周一（19日）與普京通電話逾兩小時。", "2025-05-23");
        assertEquals("2025-05-19", events(e, "MEETING").get(0).date());
    }

    @Test
    void aCallIsNoSummitAgreedInIt() {
        Extraction e = extract("特朗普16日与普京通电话，两人同意在匈牙利首都布达佩斯举行峰会。", "2025-10-18");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2025-10-16", meetings.get(0).date());
        assertEquals(null, meetings.get(0).place(), "the summit is planned in Budapest, the call was held nowhere");
    }

    @Test
    void aMeetingAgreedOnRefersToNoneHeldBefore() {
        Extraction e = extract("Russia and Ukraine held talks in Istanbul on Friday. The two sides agreed to meet "
                + "again in Geneva.", "2025-05-17");
        Event talks = events(e, "MEETING").get(0);
        assertEquals("Istanbul", name(e, talks.place()), "the next round is not the talks held");
    }

    @Test
    void aCallHostedBySomeoneIsTheSameCall() {
        Extraction e = extract("On Aug. 12, Zelensky held a video call with Trump and European leaders, hosted by "
                + "German Chancellor Friedrich Merz in Berlin.", "2025-08-13");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("Berlin", name(e, meetings.get(0).place()));
        assertTrue(names(e, meetings.get(0).participants()).containsAll(List.of("Volodymyr Zelenskyy", "Donald Trump")));
    }

    @Test
    void aSummitToldWithAnIndefiniteArticleIsAnotherMeeting() {
        Extraction e = extract("Russia and Ukraine held their first direct talks in Istanbul on Friday. Zelensky, "
                + "speaking at a European summit in the Albanian capital Tirana on Friday, called the Russian "
                + "delegation theatrical.", "2025-05-16");
        List<String> places = events(e, "MEETING").stream().map(m -> name(e, m.place())).toList();
        assertEquals(List.of("Istanbul", "Tirana"), places);
    }

    @Test
    void theTwoAreThePeopleJustNamedEvenWithADateBetween() {
        Extraction e = extract("澤倫斯基19日與川普通電話，這是兩人自2月28日白宮會面後首度通話。", "2025-03-19");
        Event whiteHouse = events(e, "MEETING").stream().filter(m -> m.date().equals("2025-02-28")).findFirst().orElseThrow();
        assertTrue(names(e, whiteHouse.participants()).containsAll(List.of("Ukraine", "United States")),
                whiteHouse.toString());
    }

    @Test
    void anAgreementReachedAtTalksAndSignedDeals() {
        Extraction hant = extract("俄羅斯與烏克蘭周五交換戰俘。這是雙方上周在伊斯坦堡會談時達成的協議。", "2025-05-23");
        Event a = events(hant, "AGREEMENT").get(0);
        assertEquals("2025-W20", a.date());
        assertTrue(names(hant, a.participants()).containsAll(List.of("Russia", "Ukraine")), a.toString());
        Extraction en = extract("ISTANBUL — Russia and Ukraine signed separate agreements with Turkey and the United "
                + "Nations on Friday. The deals were signed at a ceremony in Istanbul.", "2022-07-22");
        List<Event> deals = events(en, "AGREEMENT");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Istanbul", name(en, deals.get(0).place()), "the signing told next is the same");
    }

    @Test
    void aChineseClauseGoesOnWithTheSubjectBefore() {
        Extraction e = extract("7日，習近平抵達莫斯科，開始對俄羅斯進行國事訪問。", "2025-05-08");
        Event visit = events(e, "MEETING").get(0);
        assertEquals("2025-05-07", visit.date());
        assertTrue(names(e, visit.participants()).containsAll(List.of("Xi Jinping", "Russia")), visit.toString());
    }
    @Test
    void bothSidesAgreeingWithADateBetweenIsAnAgreement() {
        Extraction e = extract("俄乌双方17日同意各交换1000名战俘。", "2025-12-20");
        List<Event> agreements = events(e, "AGREEMENT");
        assertEquals(1, agreements.size(), e.events().toString());
        assertEquals("2025-12-17", agreements.get(0).date());
        assertTrue(names(e, agreements.get(0).participants()).containsAll(List.of("Russia", "Ukraine")));
    }

    @Test
    void aMeetingOnTheSidelinesOfASummitTakesTheSummitsDayAndPlace() {
        Extraction e = extract("Leaders meet in Vilnius. VILNIUS - European leaders held a summit in Vilnius on "
                + "Thursday. Moldova's president met the German chancellor on the sidelines of the summit.", "2025-07-11");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(2, meetings.size(), meetings.toString());
        for (Event m : meetings) {
            assertEquals("2025-07-10", m.date());
            assertEquals("Vilnius", name(e, m.place()));
        }
        assertTrue(names(e, meetings.get(0).participants()).contains("Europe"));
        assertTrue(names(e, meetings.get(1).participants()).contains("Germany"));
        assertTrue(!names(e, meetings.get(0).participants()).contains("Germany"),
                "who meets on the sidelines takes no part in the summit");
    }

    @Test
    void anAttackHoursBeforeTalksTakesTheirDayAndThePlaceOfWhatWasHit() {
        Extraction e = extract("Delegations met in Doha on Monday. Shortly before the talks opened, a Russian missile "
                + "tore through an apartment block in the eastern city of Sumy.", "2025-05-20");
        List<Event> attacks = events(e, "ATTACK");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals("2025-05-19", attacks.get(0).date());
        assertEquals("Sumy", name(e, attacks.get(0).place()));
        assertEquals("Russia", names(e, attacks.get(0).participants()).get(0));
    }

    @Test
    void aComparisonsSpanDoesNotDateTheEvent() {
        Extraction e = extract("Russian forces on Tuesday carried out one of the heaviest attacks on Odesa this year.",
                "2025-11-12");
        List<Event> attacks = events(e, "ATTACK");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals("2025-11-11", attacks.get(0).date());
    }

    @Test
    void daysCountedFromAnEventTheStoryDoesNotDateAreNoShiftBeyondTheReport() {
        Extraction e = extract("EU leaders met in Riga three days after the clash in Washington.", "2025-03-04");
        assertEquals(List.of("2025-03-04"), events(e, "MEETING").stream().map(Event::date).toList());
        Extraction earlier = extract("Zelensky will visit Oslo on Thursday, three days after the leaders' summit "
                + "in Rome.", "2025-05-19");
        assertTrue(events(earlier, "MEETING").stream().anyMatch(m -> m.date().equals("2025-05-19")
                && "Rome".equals(name(earlier, m.place()))), earlier.events().toString());
    }

    @Test
    void theSummitTheStoryLeadsWithIsNotLastYearsOrNextYears() {
        Extraction e = extract("""
                EU leaders back new aid

                EU leaders on Thursday approved a new loan for Ukraine.

                The pledge made at last year's summit in Budapest still stands, an official said.

                The summit declaration also named Moldova.

                The leaders agreed to hold their next summit in Malta in 2027.""", "2026-06-25");
        assertTrue(events(e, "MEETING").stream().anyMatch(m -> m.date().equals("2026-06-25")), e.events().toString());
    }

    @Test
    void aStatementRightAfterTheLeadIsTheDaysNews() {
        Extraction e = extract("""
                烏俄同意交換戰俘
                （中央社布魯塞爾10日綜合外電報導）烏克蘭與俄羅斯今天同意交換戰俘。
                美國國務院在一份聲明中表示歡迎這項進展。""", "2025-06-10");
        List<Event> statements = events(e, "STATEMENT");
        assertEquals(1, statements.size(), e.events().toString());
        assertEquals("2025-06-10", statements.get(0).date());
        assertTrue(names(e, statements.get(0).participants()).contains("United States"), statements.toString());
    }

    @Test
    void moreWaysToMeetAndToAgree() {
        Extraction e = extract("馬克宏上週五（17日）在艾里賽宮接待烏克蘭總統澤倫斯基。土耳其外長20日與俄方談了3個小時。"
                + "英國特使21日在杜拜與烏方官員接觸。歐盟領袖22日舉行峰會，最終同意提供新貸款。", "2025-10-23");
        assertEquals(List.of("2025-10-17", "2025-10-20", "2025-10-21", "2025-10-22"),
                events(e, "MEETING").stream().map(Event::date).sorted().toList());
        assertEquals(List.of("2025-10-22"), events(e, "AGREEMENT").stream().map(Event::date).toList());
        Extraction en = extract("Macron spent two hours with Zelensky in Paris on Tuesday.", "2025-02-19");
        assertEquals(List.of("2025-02-18"), events(en, "MEETING").stream().map(Event::date).toList());
    }

    @Test
    void aPartOfACountryIsNoRegionOfTheWorld() {
        Extraction e = extract("俄軍3日以無人機攻擊烏克蘭中東部城市第聶伯。", "2025-10-23");
        assertTrue(e.places().stream().noneMatch(p -> p.name().equals("Middle East")), e.places().toString());
        assertEquals(List.of("Dnipro"), events(e, "ATTACK").stream().map(a -> name(e, a.place())).toList());
    }

    @Test
    void aCapitalNamedByItsStateAloneIsTheVenue() {
        Extraction e = extract("Turkish and Ukrainian diplomats held talks in the Qatari capital on Friday.", "2025-02-22");
        assertEquals(List.of("Doha"), events(e, "MEETING").stream().map(m -> name(e, m.place())).toList());
        Extraction zh = extract("俄烏代表團16日在土耳其首都舉行會談。", "2025-05-17");
        assertEquals(List.of("Ankara"), events(zh, "MEETING").stream().map(m -> name(zh, m.place())).toList());
        Extraction country = extract("俄烏代表團16日在土耳其舉行會談。", "2025-05-17");
        assertEquals(List.of("Turkey"), events(country, "MEETING").stream().map(m -> name(country, m.place())).toList());
    }

    @Test
    void whatAMeetingPromisedDoesNotMakeItUnreal() {
        Extraction e = extract("NATO defence ministers meeting in Madrid on Thursday evening vowed to stand firmly "
                + "behind any truce.", "2026-07-10");
        assertEquals(List.of("2026-07-09"), events(e, "MEETING").stream().map(Event::date).toList());
        Extraction unreal = extract("NATO leaders said talks with any Russian envoy were unlikely.", "2026-07-08");
        assertEquals(List.of(), events(unreal, "MEETING"));
    }

    @Test
    void theLeadsNewsTakesTheDatelineCityAndTheLeadsActors() {
        Extraction e = extract("""
                EU leaders back new aid

                BRUSSELS (AP) — EU leaders on Thursday approved a new loan for Ukraine.

                The summit declaration also named Moldova.""", "2026-06-26");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2026-06-25", meetings.get(0).date());
        assertEquals("Brussels", name(e, meetings.get(0).place()));
        assertTrue(names(e, meetings.get(0).participants()).contains("European Union"), meetings.toString());
        Extraction call = extract("""
                Leaders talk

                KYIV (AP) — Zelensky spoke by phone with Trump on Thursday.""", "2026-06-26");
        assertEquals(1, events(call, "MEETING").size(), call.events().toString());
        assertEquals(null, events(call, "MEETING").get(0).place(), "a call told with its own day has no venue");
    }
    @Test
    void aCityNamedWithinTheStateOfAMeetingIsItsVenue() {
        Extraction e = extract("European leaders meet Donald Trump in Washington on Monday, three days after his "
                + "summit with Vladimir Putin in Alaska.\n\nThe Alaska summit, held at an air base in Anchorage on "
                + "Friday, ended without a deal.", "2025-08-18");
        List<Event> meetings = events(e, "MEETING").stream().filter(m -> m.date().equals("2025-08-15")).toList();
        assertEquals(1, meetings.size(), e.events().toString());
        assertEquals("Anchorage", name(e, meetings.get(0).place()));
    }

    @Test
    void aCityWrittenAsOneIsNotItsOblast() {
        Extraction e = extract("俄軍14日凌晨以飛彈襲擊扎波羅熱市，造成多人受傷。", "2026-03-15");
        List<Event> attacks = events(e, "ATTACK");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals("Zaporizhzhia", name(e, attacks.get(0).place()));
    }
    @Test
    void anEventThatCameDaysAfterAnotherIsDatedFromIt() {
        Extraction e = extract("Rubio and Lavrov met in Istanbul on Thursday. The Istanbul meeting came two days after "
                + "German Chancellor Friedrich Merz hosted a summit of European leaders in Berlin on Tuesday.", "2026-05-22");
        List<Event> meetings = events(e, "MEETING");
        assertTrue(meetings.stream().anyMatch(m -> m.date().equals("2026-05-21") && "Istanbul".equals(name(e, m.place()))),
                meetings.toString());
        assertTrue(meetings.stream().anyMatch(m -> m.date().equals("2026-05-19") && "Berlin".equals(name(e, m.place()))),
                meetings.toString());
    }

    @Test
    void theArticleOfANameMakesNoEventDefinite() {
        Extraction e = extract("Leaders of the coalition of the willing met in Rome, officials said. The Rome meeting "
                + "came a day after Russian drones struck Kyiv on Monday.", "2026-06-10");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2026-06-09", meetings.get(0).date());
        assertTrue(names(e, meetings.get(0).participants()).contains("Coalition of the willing"), meetings.toString());
    }
    @Test
    void aJointStatementAfterTalksIsTheirs() {
        Extraction e = extract("The coalition of the willing, a group led by Poland and Finland, held a video call on "
                + "Sunday afternoon to agree a common line. In a joint statement afterwards, the leaders said they "
                + "were ready to deploy jets once a ceasefire holds.", "2026-04-06");
        List<Event> statements = events(e, "STATEMENT");
        assertEquals(1, statements.size(), e.events().toString());
        assertTrue(names(e, statements.get(0).participants()).contains("Poland"), statements.toString());
        assertEquals("2026-04-05", statements.get(0).date());
    }
    @Test
    void aTrilateralMeetingIsOfTheThreePartiesJustNamed() {
        Extraction e = extract("The United States, Ukraine and Russia sent envoys to Geneva. The trilateral "
                + "meeting on Friday was the first of its kind.", "2026-02-01");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertTrue(names(e, meetings.get(0).participants()).containsAll(List.of("United States", "Ukraine", "Russia")),
                meetings.toString());
    }
    @Test
    void aBarrageOnACityIsAnAttackThere() {
        Extraction e = extract("The talks opened hours after a Russian drone barrage on Kharkiv killed six people on "
                + "Monday.", "2026-05-05");
        List<Event> attacks = events(e, "ATTACK");
        assertEquals(1, attacks.size(), e.events().toString());
        assertEquals("Kharkiv", name(e, attacks.get(0).place()));
        assertEquals("2026-05-04", attacks.get(0).date());
    }
    @Test
    void aListOfNamesIsOneClauseForAnEvent() {
        Extraction e = extract("Officials said envoys of Poland, Sweden and Finland met in Oslo on Friday.", "2026-02-01");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertTrue(names(e, meetings.get(0).participants()).containsAll(List.of("Poland", "Sweden", "Finland")),
                meetings.toString());
    }
    @Test
    void anAgreementAPlanLooksAheadToHasNotHappened() {
        Extraction e = extract("""
                美俄代表團上週五在日內瓦會談，最後只達成互換500名囚犯的協議。
                普丁19日與川普通話後表示，俄方願起草一份備忘錄，內容包括簽署和平協議的時間表，以及在達成相關協議後可能實施的停火。""",
                "2025-05-20");
        List<Event> agreements = events(e, "AGREEMENT");
        assertEquals(1, agreements.size(), agreements.toString());
        assertEquals("2025-05-16", agreements.get(0).date());
        assertFalse(names(e, agreements.get(0).participants()).contains("Donald Trump"),
                "the callers of Monday agreed nothing on Friday: " + agreements);
    }

    @Test
    void aMeetingToldPastAppositionsHasItsSubjectDayAndPlace() {
        Extraction e = extract("Anna Lindqvist, the Swedish envoy for the talks, met Marco Rubio, the US secretary of "
                + "state, in Oslo on Thursday.", "2026-02-07");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        Event met = meetings.get(0);
        assertEquals("2026-02-05", met.date());
        assertEquals("Oslo", name(e, met.place()));
        assertTrue(names(e, met.participants()).containsAll(List.of("Anna Lindqvist", "Marco Rubio")), met.toString());
    }

    @Test
    void theSpanOfASuperlativeDatesNoEvent() {
        Extraction e = extract("Macron hosted Starmer in Paris on Monday. The talks in Paris came a day after Russia "
                + "launched one of its heaviest attacks of the winter on Odesa.", "2026-01-13");
        assertEquals("2026-01-11", events(e, "ATTACK").get(0).date());
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2026-01-12", meetings.get(0).date());
    }

    @Test
    void theFirstMeetingSinceATimesEventIsNotHeldThen() {
        Extraction e = extract("馬克宏與梅洛尼3日在羅馬會談。這是馬克宏去年5月連任後首度與梅洛尼面對面會談。", "2026-04-05");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2026-04-03", meetings.get(0).date());
    }

    @Test
    void aHeadlinesMeetingIsDatedByTheStory() {
        Extraction e = extract("""
                梅洛尼馬克宏峰會後 傳兩國將派兵

                2026/04/06 05:30

                〔國際新聞中心／綜合報導〕法國總統馬克宏與義大利總理梅洛尼上週五（3日）在羅馬舉行峰會。""", "2026-04-06");
        List<Event> meetings = events(e, "MEETING");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2026-04-03", meetings.get(0).date());
    }

    @Test
    void aMeetingToldAsAnotherThingHappensHasItsTime() {
        Extraction e = extract("""
                Lula and Albanese hold summit

                President Lula told Prime Minister Albanese on Tuesday that Brazil wanted peace, as the two leaders \
                held their annual summit at the Itamaraty Palace and signed a string of agreements.

                Albanese, who landed at the air base on Monday evening for his first visit to Brazil, was received \
                on the tarmac by Lula.""",
                "2026-04-08");
        List<Event> summit = events(e, "MEETING").stream().filter(m -> m.evidence().contains("summit")).toList();
        assertEquals(1, summit.size(), events(e, "MEETING").toString());
        assertEquals("2026-04-07", summit.get(0).date());
        assertEquals("2026-04-07", events(e, "AGREEMENT").get(0).date());
    }

    @Test
    void aPostOnSocialMediaIsAStatementOfItsOwn() {
        Extraction en = extract("Foreign Minister Andrii Sybiha welcomed the offer in a post on X on Tuesday, writing that Kyiv "
                + "was ready to meet anywhere.", "2026-04-15");
        Event post = events(en, "STATEMENT").get(0);
        assertEquals("2026-04-14", post.date());
        assertTrue(names(en, post.participants()).contains("Ukraine"), post.toString());
        Extraction zh = extract("美烏代表團23日在日內瓦會談後發表聯合聲明。川普23日稍早在社群平台「真實社群」發文抱怨，烏克蘭"
                + "「毫無感激」。", "2025-11-24");
        List<Event> statements = events(zh, "STATEMENT");
        assertEquals(2, statements.size(), "the joint statement and the post of the same day: " + statements);
        assertEquals(List.of("Donald Trump", "United States"), names(zh, statements.get(1).participants()));
    }

    @Test
    void whatAMinistryPublishesIsAStatement() {
        Extraction e = extract("另据俄罗斯国防部17日发布的消息，俄军16日夜间使用高精度武器和无人机打击了乌克兰军工企业。",
                "2026-09-18");
        Event news = events(e, "STATEMENT").get(0);
        assertEquals("2026-09-17", news.date());
        assertTrue(names(e, news.participants()).contains("Russia"), news.toString());
    }

    @Test
    void meetingThePressIsNoMeeting() {
        Extraction e = extract("印尼总统普拉博沃2日在雅加达独立宫会见媒体时说，印方愿意派遣维和人员。", "2026-09-02");
        assertEquals(List.of(), events(e, "MEETING"));
    }

    @Test
    void anAncientCityNamedInItsCountryIsTheVenue() {
        Extraction e = extract("俄烏代表團12日在沙烏地西北部古城歐拉（AlUla）舉行技術性會談，雙方討論了換俘安排。", "2025-08-15");
        assertEquals("AlUla", name(e, events(e, "MEETING").get(0).place()));
    }

    @Test
    void theCityIsTheOneJustNamed() {
        Extraction e = extract("""
                Kherson shelled again

                Kherson itself is still shelled almost daily by Russian artillery firing across the river, officials                 say. On Monday a Russian drone attack on the city's Dniprovskyi district killed a bus driver and                 wounded four passengers, the regional administration said.""", "2026-04-22");
        Event attack = events(e, "ATTACK").get(0);
        assertEquals("2026-04-20", attack.date());
        assertEquals("Kherson", name(e, attack.place()), "the city, not its oblast");
    }
}
