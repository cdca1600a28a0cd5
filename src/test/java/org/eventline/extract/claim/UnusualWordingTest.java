package org.eventline.extract.claim;

import org.eventline.model.Claim;
import org.eventline.model.Extraction;
import org.eventline.model.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;


import static org.eventline.extract.Articles.assertHolder;
import static org.eventline.extract.Articles.claim;
import static org.eventline.extract.Articles.claims;
import static org.eventline.extract.Articles.name;
import static org.eventline.extract.Articles.names;
import static org.eventline.extract.Extracting.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Positions worded without the usual cue words, positions a document sets out, and what reads like a position
 * but is commentary, background or a question.
 */
class UnusualWordingTest {

    private static final String SG = "SECURITY_GUARANTEE";
    private static final String TP = "TERRITORIAL_POSITION";

    // ---- guarantees worded as forces, cover and alignment ----

    @Test
    void forcesOnUkrainianSoilAirCoverAndStayingOutOfNatoAreGuarantees() {
        Extraction e = extract("Russian Foreign Minister Sergei Lavrov said Moscow would not tolerate any Western "
                + "military contingent on Ukrainian soil. French President Emmanuel Macron said France and Britain "
                + "would provide air cover for Ukraine. The Kremlin insists that Ukraine must remain neutral.",
                "2025-12-15");
        Claim contingent = claim(e, SG, "military contingent");
        assertHolder(e, contingent, "Sergei Lavrov", "Russia");
        assertEquals(Stance.REJECT, contingent.stance());
        assertTrue(contingent.negated());
        Claim cover = claim(e, SG, "air cover");
        assertHolder(e, cover, "Emmanuel Macron", "France");
        assertEquals(Stance.OFFER, cover.stance());
        Claim neutral = claim(e, SG, "remain neutral");
        assertHolder(e, neutral, "Russia");
        assertEquals(Stance.DEMAND, neutral.stance());
    }

    @Test
    void militaryHubsAndForcesThatWillBeStationedAreOffered() {
        Extraction en = extract("Britain's Prime Minister Keir Starmer said British troops would establish military "
                + "hubs across Ukraine.", "2025-12-15");
        Claim hubs = claim(en, SG, "military hubs");
        assertHolder(en, hubs, "Keir Starmer", "United Kingdom");
        assertEquals(Stance.OFFER, hubs.stance());
        Extraction zh = extract("英國首相施紀賢表示，英軍將在烏克蘭境內設立軍事樞紐。", "2025-12-15");
        assertEquals(Stance.OFFER, claim(zh, SG, "軍事樞紐").stance());
    }

    @Test
    void aStanceClauseGoesOnIntoTheClauseNamingItsObject() {
        Extraction e = extract("德國總理梅爾茨表示，歐洲已準備好在美國支持下，領導一支駐烏多國部隊。", "2025-12-15");
        Claim c = claim(e, SG, "多國部隊");
        assertTrue(c.evidence().startsWith("歐洲已準備好"), c.evidence());
        assertEquals(Stance.OFFER, c.stance());
        // a European leader speaking of Europe holds the position himself
        assertHolder(e, c, "Friedrich Merz", "Germany");
    }

    @Test
    void aLeaderSpeakingOfAGroupHisStateIsNotInStaysTheGroup() {
        Extraction e = extract("Russian Foreign Minister Sergei Lavrov said NATO would deploy troops to Ukraine.",
                "2025-12-15");
        assertHolder(e, claim(e, SG, "deploy troops"), "NATO");
    }

    // ---- territory worded by the places alone ----

    @Test
    void handingPlacesOverAndWhatAPlaceIsAreTerritorialPositions() {
        Extraction zh = extract("澤倫斯基說，烏克蘭不可能接受把頓巴斯交給俄羅斯。", "2025-12-15");
        Claim hand = claim(zh, TP, "交給俄羅斯");
        assertHolder(zh, hand, "Volodymyr Zelenskyy", "Ukraine");
        assertEquals(Stance.REJECT, hand.stance());
        assertTrue(names(zh, hand.territories()).contains("Donbas"), hand.territories().toString());

        Extraction en = extract("Zelensky said Crimea is Ukraine. Kremlin spokesman Dmitry Peskov said that giving "
                + "up Donbas is not on the table for Moscow.", "2025-12-15");
        Claim crimea = claim(en, TP, "Crimea is Ukraine");
        assertHolder(en, crimea, "Volodymyr Zelenskyy", "Ukraine");
        Claim table = claim(en, TP, "giving up Donbas");
        assertHolder(en, table, "Russia", "Dmitry Peskov");
        assertEquals(Stance.REJECT, table.stance());
    }

    @Test
    void notRulingOutIsOpenness() {
        Extraction zh = extract("克宮發言人佩斯科夫表示，俄方不排除在頓巴斯設立非軍事區。", "2025-12-15");
        Claim c = claim(zh, TP, "非軍事區");
        assertEquals(Stance.ACCEPT, c.stance());
        assertFalse(c.negated());
        Extraction en = extract("Putin said Russia did not rule out a demilitarized zone in Donbas.", "2025-12-15");
        assertEquals(Stance.ACCEPT, claim(en, TP, "demilitarized zone").stance());
        Extraction hans = extract("俄方表示，乌克兰加入北约是俄方的红线。", "2025-12-15");
        assertEquals(Stance.REJECT, claim(hans, SG, "加入北约").stance());
    }

    // ---- documents ----

    @Test
    void whatADeclarationSaysIsHeldByWhoIssuedIt() {
        Extraction zh = extract("英法两国发表联合声明。《声明》指出，两国承诺在乌克兰遭受攻击时提供军事支援。", "2025-12-15");
        Claim c = claim(zh, SG, "军事支援");
        assertHolder(zh, c, "United Kingdom", "France");
        assertEquals(Stance.OFFER, c.stance());

        Extraction en = extract("In a joint declaration signed at the Élysée Palace, the coalition of the willing "
                + "pledged its support. The declaration says a multinational force would be deployed away from "
                + "the front line.", "2025-12-15");
        assertHolder(en, claim(en, SG, "multinational force"), "Coalition of the willing");
    }

    @Test
    void whatADraftStipulatesIsHeldByItsAuthor() {
        Extraction zh = extract("美方草案規定，烏克蘭軍隊規模上限為60萬人，並承諾不加入北約。", "2025-12-15");
        assertHolder(zh, claim(zh, SG, "不加入北約"), "United States");
        Extraction en = extract("According to the Kremlin's statement, Russia will not accept any NATO troops in "
                + "Ukraine.", "2025-12-15");
        Claim c = claim(en, SG, "NATO troops");
        assertHolder(en, c, "Russia");
        assertEquals(Stance.REJECT, c.stance());
    }

    @Test
    void aDocumentWithNobodyBehindItHoldsNothing() {
        Extraction e = extract("《宣言》稱，各國將在停火後向烏克蘭部署多國部隊。", "2025-12-15");
        assertTrue(e.claims().isEmpty(), e.claims().toString());
    }

    // ---- commentary, background, questions ----

    @Test
    void whatCommentatorsReadIntoTheNewsIsNoPosition() {
        Extraction en = extract("Russian analysts say Kyiv will have to give up Donbas eventually.", "2025-12-15");
        assertTrue(claims(en, TP, "Donbas").isEmpty(), en.claims().toString());
        Extraction zh = extract("俄羅斯學者認為，烏克蘭必須放棄頓巴斯。", "2025-12-15");
        assertTrue(zh.claims().isEmpty(), zh.claims().toString());
        Extraction frame = extract("分析人士认为，俄方立场表明，双方在安全保障问题上的分歧短期内难以弥合。", "2025-12-15");
        assertTrue(frame.claims().isEmpty(), frame.claims().toString());
    }

    @Test
    void aPartyTakingAStanceWithItsOwnVerbStaysItsPosition() {
        Extraction e = extract("专家指出，这种安全保障很可能不被俄方接受。", "2025-12-15");
        Claim c = claim(e, SG, "安全保障");
        assertHolder(e, c, "Russia");
        assertEquals(Stance.REJECT, c.stance());
    }

    @Test
    void questionsAndWhatTheReportWondersAreNoPositions() {
        Extraction zh = extract("烏克蘭會放棄頓巴斯嗎？歐洲會派兵烏克蘭嗎？", "2025-12-15");
        assertTrue(zh.claims().isEmpty(), zh.claims().toString());
        Extraction en = extract("Could European troops be deployed to Ukraine after a ceasefire? It is not clear "
                + "whether the Trump administration would provide air cover for the European force.", "2025-12-15");
        assertTrue(en.claims().isEmpty(), en.claims().toString());
    }

    @Test
    void backgroundYearsBackIsNoPositionWhileAPositionAboutItIs() {
        Extraction en = extract("Talks resumed in Geneva on Monday. In 2014, Russia seized Crimea.", "2025-12-15");
        assertTrue(en.claims().isEmpty(), en.claims().toString());
        Extraction zh = extract("日內瓦和談週一恢復。2014年，俄羅斯併吞克里米亞。", "2025-12-15");
        assertTrue(zh.claims().isEmpty(), zh.claims().toString());
        Extraction held = extract("Moscow also insists that Ukraine recognise Crimea, which Russia annexed in 2014, "
                + "as Russian.", "2025-12-15");
        assertHolder(held, claim(held, TP, "recognise Crimea"), "Russia");
    }

    @Test
    void aPlaceAfterInIsWhereNotWho() {
        Extraction e = extract("Kremlin spokesman Dmitry Peskov said on Friday that any foreign troops in Ukraine "
                + "would be legitimate targets for the Russian army.", "2025-12-15");
        Claim c = claim(e, SG, "foreign troops");
        assertHolder(e, c, "Russia", "Dmitry Peskov");
        assertEquals(Stance.REJECT, c.stance());
    }

    @Test
    void twoNamesAndACommaAreTwoClausesNotAList() {
        Extraction e = extract("Yuri Ushakov said Russia will not agree to any foreign forces in Ukraine, and Kyiv "
                + "must withdraw from Donetsk.", "2025-12-15");
        Claim forces = claim(e, SG, "foreign forces");
        Claim withdraw = claim(e, TP, "withdraw from Donetsk");
        assertFalse(forces.evidence().contains("Donetsk"), forces.evidence());
        assertEquals(Stance.DEMAND, withdraw.stance());
    }

    @Test
    void whatForcesTookOrHoldIsNoPositionWhatAPartyVowsToTakeIs() {
        Extraction en = extract("Russian forces captured the village of Kurakhove in Donetsk last week, the Russian "
                + "defence ministry said. Putin vowed to take the rest of Donetsk by force.", "2025-12-15");
        assertTrue(claims(en, TP, "captured").isEmpty(), en.claims().toString());
        assertHolder(en, claim(en, TP, "take the rest of Donetsk"), "Vladimir Putin", "Russia");
        Extraction zh = extract("俄軍目前控制烏克蘭約19%的領土，包括克里米亞全境。", "2025-12-15");
        assertTrue(zh.claims().isEmpty(), zh.claims().toString());
    }

    @Test
    void unnamedOfficialsAreNoReferenceToTheLastSpeaker() {
        Extraction e = extract("烏克蘭一再表示，不會割讓任何領土。\n\n知情官員透露，華府正在考慮沿現有戰線凍結衝突的方案。",
                "2025-12-15");
        Claim c = claim(e, TP, "凍結衝突");
        assertHolder(e, c, "United States");
        assertEquals(Stance.PROPOSE, c.stance());
    }
    // ---- headlines, declined commitments, concessions ----

    @Test
    void aHeadlineRoleBeforeItsColonSpeaksForItsStateAndOnlyForWhatFollows() {
        Extraction e = extract("英法願派兵烏克蘭 俄外長：外國軍隊都是合法攻擊目標\n\n會談將繼續。", "2026-01-06");
        Claim offer = claim(e, SG, "英法願派兵");
        assertHolder(e, offer, "United Kingdom", "France");
        assertEquals(Stance.OFFER, offer.stance());
        Claim targets = claim(e, SG, "合法攻擊目標");
        assertHolder(e, targets, "Russia");
        assertEquals(Stance.REJECT, targets.stance());
    }

    @Test
    void declinedOrStoppedShortOfCommittingTroopsIsARefusal() {
        Extraction e = extract("The United States will lead a ceasefire monitoring mission, although Washington has "
                + "declined to commit its own troops. Merz said Germany was willing to contribute to the security "
                + "of Ukraine, but stopped short of promising soldiers on Ukrainian soil.", "2026-01-06");
        Claim lead = claim(e, SG, "monitoring mission");
        assertEquals(Stance.OFFER, lead.stance());
        Claim declined = claim(e, SG, "declined to commit");
        assertHolder(e, declined, "United States");
        assertEquals(Stance.REJECT, declined.stance());
        assertEquals(Stance.OFFER, claim(e, SG, "contribute to the security").stance());
        Claim soldiers = claim(e, SG, "promising soldiers");
        assertEquals(Stance.REJECT, soldiers.stance());
        assertTrue(soldiers.negated());
    }

    @Test
    void fightingThatStopsNegatesNothing() {
        for (String text : List.of("Britain and France pledged to set up military hubs across Ukraine once the "
                + "fighting stops.", "法國承諾在戰鬥停止後向烏克蘭派遣部隊。")) {
            Extraction e = extract(text, "2026-01-06");
            assertEquals(1, e.claims().size(), e.claims().toString());
            assertEquals(Stance.OFFER, e.claims().get(0).stance(), text);
            assertFalse(e.claims().get(0).negated(), text);
        }
    }

    @Test
    void aContrastWithoutASubjectOfItsOwnKeepsTheHolderBeforeIt() {
        Extraction e = extract("美國同意領導停火監督機制，但未承諾派出美軍。", "2026-01-06");
        Claim troops = claim(e, SG, "派出美軍");
        assertHolder(e, troops, "United States");
        assertEquals(Stance.REJECT, troops.stance());
    }

    @Test
    void aTimeBetweenTheSubjectAndItsVerbDatesTheStatement() {
        Extraction e = extract("波蘭總理圖斯克上週已排除派遣波蘭士兵的可能。", "2026-01-06");
        Claim c = claim(e, SG, "派遣波蘭士兵");
        assertHolder(e, c, "Donald Tusk", "Poland");
        assertEquals("2026-W01", c.date());
    }
    @Test
    void onlyIfThenIsAConditionAndAStrikeTargetARefusal() {
        Extraction e = extract("普京表示，只有乌克兰军队撤出顿涅茨克地区，俄方才会停止军事行动。"
                + "扎哈罗娃警告说，任何在乌克兰部署的欧洲军队都将成为俄军的打击目标。", "2025-12-19");
        Claim withdrawal = claim(e, TP, "撤出顿涅茨克");
        assertEquals(Stance.CONDITION, withdrawal.stance());
        assertFalse(withdrawal.negated(), "stopping the war is the reward, not a refusal");
        assertEquals(Stance.REJECT, claim(e, SG, "打击目标").stance());
    }

    @Test
    void aPlanItsAuthorPutForwardIsProposedByItEvenWhenAnotherReportsIt() {
        Extraction e = extract("鲁比奥说，美方提出的和平方案包括在顿巴斯设立非军事区。", "2025-12-19");
        Claim zone = claim(e, TP, "非军事区");
        assertHolder(e, zone, "United States");
        assertEquals(Stance.PROPOSE, zone.stance());
    }
    @Test
    void landsNotToBeLeftAndTheFrontLineNotToBeChangedAreTerritorialPositions() {
        Extraction e = extract("Umerov said: \"Ukraine will not withdraw from lands that Russia has failed to seize.\" "
                + "Zelenskyy said any change to the front line must be approved in a national referendum.",
                "2026-01-29");
        Claim lands = claim(e, TP, "withdraw from lands");
        assertEquals(Stance.REJECT, lands.stance());
        assertTrue(lands.negated());
        Claim front = claim(e, TP, "change to the front line");
        assertHolder(e, front, "Volodymyr Zelenskyy", "Ukraine");
        assertEquals(Stance.CONDITION, front.stance());

        Extraction away = extract("Zelenskyy said the constitution did not allow him to give away land.", "2026-01-29");
        assertEquals(Stance.REJECT, claim(away, TP, "give away land").stance());
    }
    @Test
    void whatAPersonReferredToByAPronounHopesForOrWantsIsHisDemand() {
        for (String text : List.of("烏克蘭總統澤倫斯基預定明天在白宮與川普會晤，他希望取得戰斧飛彈以及更多防空系統。",
                "Zelenskyy is due to meet Trump at the White House on Friday. He wants Tomahawk missiles and more air "
                        + "defence systems.")) {
            Extraction e = extract(text, "2025-10-16");
            assertEquals(1, e.claims().size(), e.claims().toString());
            assertHolder(e, e.claims().get(0), "Volodymyr Zelenskyy");
            assertEquals(Stance.DEMAND, e.claims().get(0).stance(), text);
        }
    }
    @Test
    void theSizeOfUkrainesArmyIsASecurityMatter() {
        Extraction en = extract("Ukraine insists on keeping an army of 800,000 soldiers. Russia wants Ukraine's army "
                + "capped at 600,000 troops.", "2025-12-20");
        assertEquals(Stance.DEMAND, claim(en, SG, "army of 800,000").stance());
        assertHolder(en, claim(en, SG, "capped at"), "Russia");
        Extraction zh = extract("烏克蘭堅持保留80萬人的軍隊。俄羅斯要求將烏克蘭軍隊規模限制在60萬人。", "2025-12-20");
        assertHolder(zh, claim(zh, SG, "保留80萬人"), "Ukraine");
        assertHolder(zh, claim(zh, SG, "軍隊規模"), "Russia");
    }

    @Test
    void backingUpTakingOverAndContributingTroopsAreOffers() {
        Extraction e = extract("Trump said Washington would back up European peacekeepers with air power. Germany "
                + "will take over the air defence of western Ukraine, Merz announced.", "2025-12-20");
        assertEquals(Stance.OFFER, claim(e, SG, "back up").stance());
        assertEquals(Stance.OFFER, claim(e, SG, "take over").stance());
        Extraction zh = extract("英國將向多國部隊貢獻最多1萬名士兵。", "2025-12-20");
        assertEquals(Stance.OFFER, claim(zh, SG, "多國部隊").stance());
    }

    @Test
    void aNegationSharingItsLastCharacterWithTheCueStillNegatesIt() {
        Extraction e = extract("赫格塞斯說，美軍不會參與任何維和任務。", "2025-12-20");
        Claim c = claim(e, SG, "維和任務");
        assertEquals(Stance.REJECT, c.stance());
        assertTrue(c.negated());
    }

    @Test
    void aStanceWordNamingAThingGovernsNothing() {
        Extraction e = extract("拉夫羅夫稱，歐洲維和部隊的構想不可接受。", "2025-12-20");
        assertEquals(Stance.REJECT, claim(e, SG, "構想不可接受").stance());
    }

    @Test
    void handingOverARegionIsATerritorialPosition() {
        Extraction e = extract("普京要求烏克蘭交出頓內茨克州其餘地區。", "2025-12-20");
        Claim c = claim(e, TP, "交出");
        assertHolder(e, c, "Vladimir Putin", "Russia");
        assertEquals(Stance.DEMAND, c.stance());
        assertEquals(List.of("Donetsk Oblast"), names(e, c.territories()));
    }
    @Test
    void aQuestionPutToSomeoneIsNoPositionButHisAnswerIs() {
        assertEquals(List.of(), extract("Reporters asked Trump whether he would send troops to Ukraine.", "2025-12-20")
                .claims());
        assertEquals(List.of(), extract("記者詢問川普是否會派兵烏克蘭。", "2025-12-20").claims());
        Extraction answer = extract("Asked whether he would send troops to Ukraine, Trump said the US would not send "
                + "troops.", "2025-12-20");
        assertEquals(Stance.REJECT, claim(answer, SG, "the US would not send troops").stance());
    }
    @Test
    void askingForIsADemandForbiddingARefusalAnInseparablePartAStatement() {
        Extraction e = extract("Zelenskyy asked Washington for security guarantees lasting 30 years. Ukraine's "
                + "constitution forbids ceding territory, and Zelenskyy said he had no right to give up any land.",
                "2025-12-20");
        assertEquals(Stance.DEMAND, claim(e, SG, "security guarantees lasting").stance());
        assertEquals(Stance.REJECT, claim(e, TP, "forbids ceding territory").stance());
        Extraction zh = extract("拉夫羅夫聲稱，克里米亞是俄羅斯不可分割的一部分。", "2025-12-20");
        Claim part = zh.claims().get(0);
        assertEquals(Stance.STATE, part.stance());
        assertFalse(part.negated());
    }
    @Test
    void fundingAMissionAndSharingIntelligenceAreOffers() {
        Extraction e = extract("European diplomats said the EU would fund a ceasefire monitoring mission. The Pentagon "
                + "said U.S. troops would not be deployed but Washington would share intelligence.", "2025-12-20");
        Claim fund = claim(e, SG, "would fund");
        assertHolder(e, fund, "European Union");
        assertEquals(Stance.OFFER, fund.stance());
        assertEquals(Stance.OFFER, claim(e, SG, "share intelligence").stance());
    }

    // ---- plans set out by their drafters, clause by clause ----

    @Test
    void aDraftNegotiatedBySomeoneIsHisAndItsTermsGoOnInTheSentencesAfter() {
        Extraction e = extract("The original draft, negotiated by envoy Steve Witkoff with Kremlin envoy Kirill "
                + "Dmitriev, would require Ukraine to pull its troops out of the Donetsk region. Crimea would be "
                + "recognized \"de facto\" as Russian, while the front lines in Kherson and Zaporizhzhia would be "
                + "frozen.", "2025-11-24");
        assertHolder(e, claim(e, TP, "pull its troops out"), "Steve Witkoff", "United States");
        Claim crimea = claim(e, TP, "recognized");
        assertHolder(e, crimea, "Steve Witkoff", "United States");
        assertEquals(Stance.PROPOSE, crimea.stance());
        assertEquals(Stance.PROPOSE, claim(e, TP, "frozen").stance());
    }

    @Test
    void aPlanDraftedByNamedPartiesListsItsTermsAfterSemicolons() {
        Extraction e = extract("这份由美国总统特使维特科夫与俄总统特别代表德米特里耶夫共同起草的28点计划提出，乌克兰须从"
                + "顿涅茨克州撤军；克里米亚将被“事实上”承认为俄罗斯领土；赫尔松和扎波罗热两州沿现有接触线冻结。",
                "2025-11-22");
        for (String term : List.of("撤军", "承认为俄罗斯领土", "接触线冻结")) {
            assertHolder(e, claim(e, TP, term), "United States", "Steve Witkoff");
        }
        assertEquals(Stance.PROPOSE, claim(e, TP, "接触线冻结").stance());
    }

    // ---- who holds it ----

    @Test
    void heAfterAPartyReportedIsThePersonSpeaking() {
        Extraction e = extract("澤倫斯基發文指出，美方提出為期15年的安全保障，但他希望延長至30到50年。", "2025-12-29");
        assertHolder(e, claim(e, SG, "美方提出"), "United States");
        Claim longer = claim(e, SG, "他希望");
        assertHolder(e, longer, "Volodymyr Zelenskyy", "Ukraine");
        assertEquals(Stance.DEMAND, longer.stance());
    }

    @Test
    void aBodyWhereSomeoneSpeaksIsNoSpeaker() {
        Extraction e = extract("美國國務卿魯比歐28日在參議院外交委員會聽證時表示，安全保障將在和平協議簽署後才生效。",
                "2026-01-30");
        assertHolder(e, claim(e, SG, "安全保障"), "Marco Rubio", "United States");
    }

    @Test
    void whoMayInsistInAConditionHoldsNothing() {
        Extraction zh = extract("澤倫斯基說，烏方可以接受在現有戰線凍結，若美方堅持設立「自由經濟區」，必須由烏克蘭人民透過公投決定。",
                "2025-12-29");
        for (Claim c : zh.claims()) {
            assertHolder(zh, c, "Volodymyr Zelenskyy", "Ukraine");
        }
        assertFalse(zh.claims().isEmpty());
        Extraction en = extract("Zelensky said Ukraine would hold a referendum if Washington insisted on a free "
                + "economic zone in Donbas.", "2025-12-29");
        assertHolder(en, claim(en, TP, "referendum"), "Volodymyr Zelenskyy", "Ukraine");
    }

    @Test
    void aRefusalRepeatedIsARefusalThoughTheNameIsGlossed() {
        Extraction e = extract("澤倫斯基重申，烏克蘭不會自頓內茨克（Donetsk）州撤軍。", "2025-12-29");
        Claim stay = claim(e, TP, "撤軍");
        assertEquals(Stance.REJECT, stay.stance());
        assertTrue(stay.negated());
    }

    // ---- what a clause is about ----

    @Test
    void forcesOnAlliedTerritoryAndForeignUnitsAsTargetsAreAboutGuarantees() {
        Extraction en = extract("Merz said Germany was prepared to contribute forces to neighbouring Nato territory "
                + "but did not commit troops inside Ukraine itself. Macron said the United States signed up to lead "
                + "a mechanism to monitor the ceasefire.", "2026-01-07");
        Claim forces = claim(en, SG, "contribute forces");
        assertEquals(Stance.OFFER, forces.stance());
        Claim inside = claim(en, SG, "did not commit troops");
        assertEquals(Stance.REJECT, inside.stance());
        assertTrue(en.claims().stream().noneMatch(c -> c.type().equals(TP)));
        Claim monitor = claim(en, SG, "signed up to lead");
        assertHolder(en, monitor, "United States");
        assertEquals(Stance.OFFER, monitor.stance());
        Extraction zh = extract("扎哈罗娃表示，西方国家在乌克兰领土上部署的任何军事单位，都将被视为俄军的“合法打击目标”。",
                "2026-01-09");
        assertTrue(zh.claims().stream().noneMatch(c -> c.type().equals(TP)));
        assertFalse(zh.claims().isEmpty());
    }

    @Test
    void wantingAllOfARegionIsADemandHoldingItIsNot() {
        Extraction e = extract("Russia wants the whole of Donbas, including the cities of Sloviansk and Kramatorsk, "
                + "diplomats said. Russian forces now control all of Luhansk.", "2025-08-16");
        Claim whole = claim(e, TP, "whole of Donbas");
        assertHolder(e, whole, "Russia");
        assertEquals(Stance.DEMAND, whole.stance());
        assertTrue(claims(e, TP, "control all of").isEmpty());
    }

    @Test
    void partiesListedWith與SpeakAsTheFirstOfThem() {
        Extraction e = extract("英国、法国与乌克兰在巴黎签署一份“意向声明”，表示一旦实现停火，英法将向乌克兰派遣部队。",
                "2026-01-09");
        assertHolder(e, claim(e, SG, "派遣部队"), "United Kingdom", "France");
    }

    @Test
    void aQuoteOfTwoSentencesIsSaidByWhoeverTheSecondNames() {
        Extraction e = extract("Zelenskiy rejected the idea. \"We will not withdraw from the Donbas. We cannot,\" he told "
                + "reporters in Kyiv.", "2025-08-16");
        Claim stay = claim(e, TP, "Donbas");
        assertHolder(e, stay, "Volodymyr Zelenskyy", "Ukraine");
        assertEquals(Stance.REJECT, stay.stance());
        assertEquals("We will not withdraw from the Donbas", stay.evidence());
    }

    @Test
    void guaranteesContributedToOrRatifiedAreGuarantees() {
        Extraction e = extract("Merz said Europe was ready to contribute to guarantees. Zelenskyy welcomed the document. "
                + "Ukraine still wanted a guarantee ratified by the US Congress, he said.", "2026-01-07");
        assertEquals(Stance.OFFER, claim(e, SG, "contribute to guarantees").stance());
        Claim ratified = claim(e, SG, "ratified by the US Congress");
        assertHolder(e, ratified, "Ukraine", "Volodymyr Zelenskyy");
        assertEquals(Stance.DEMAND, ratified.stance());
    }

    @Test
    void whatIsAcceptedUnderAConditionSaysWhatTheClaimIsAbout() {
        Extraction after = extract("澤倫斯基說，基輔可以接受在目前的接觸線停火，但前提是必須先取得具法律約束力的安全保障。",
                "2025-12-03");
        assertEquals(Stance.CONDITION, claim(after, TP, "接觸線停火").stance());
        Extraction before = extract("澤倫斯基說，只要取得安全保障，烏克蘭可以接受凍結戰線。", "2025-12-03");
        assertEquals(Stance.CONDITION, claim(before, TP, "凍結戰線").stance());
        Extraction en = extract("Zelensky said that if Ukraine received security guarantees, it could accept freezing "
                + "the front line.", "2025-12-03");
        claim(en, TP, "freezing the front line");
        Extraction only = extract("澤倫斯基說，如果俄羅斯再次入侵，歐洲部隊將提供安全保障。", "2025-12-03");
        claim(only, SG, "安全保障");
    }

    @Test
    void noRoomForConcessionsOnTerritoryIsARefusal() {
        Extraction zh = extract("普京19日在年度记者会上称，在领土问题上“没有让步的空间”。", "2025-12-22");
        Claim none = claim(zh, TP, "没有让步的空间");
        assertHolder(zh, none, "Vladimir Putin", "Russia");
        assertEquals(Stance.REJECT, none.stance());
        assertEquals("2025-12-19", none.date());
        Extraction en = extract("Putin said there was no room for compromise on territory. Peskov said there was no "
                + "room for compromise in the talks on prisoners.", "2025-12-22");
        assertEquals(Stance.REJECT, claim(en, TP, "no room for compromise on territory").stance());
        assertEquals(1, en.claims().size());
    }

    @Test
    void aSayingSetBetweenCommasSpeaksTheWholeClause() {
        Extraction e = extract("Putin spoke at a forum on Friday. Guarantees of security, he said, would be needed "
                + "for Russia as well.", "2025-11-08");
        Claim c = claim(e, SG, "Guarantees of security, he said, would be needed for Russia as well");
        assertHolder(e, c, "Vladimir Putin", "Russia");
        assertEquals(Stance.DEMAND, c.stance());
    }

    @Test
    void aSayingIsDatedByTheOccasionAfterItsVerb() {
        Extraction e = extract("Britain would lead a reassurance force in Ukraine, Prime Minister Keir Starmer said "
                + "after chairing a video call of allies on Tuesday.", "2025-10-09");
        assertEquals("2025-10-07", claim(e, SG, "reassurance force").date());
    }

    @Test
    void aSubjectAfterTheSayingVerbHoldsTheClauseThatGoesOnWithIt() {
        Extraction e = extract("Tusk said on Monday that Germany would fund the mission but would not deploy "
                + "its own troops in Ukraine.", "2025-10-09");
        Claim refusal = claim(e, SG, "would not deploy its own troops");
        assertHolder(e, refusal, "Germany");
        assertEquals(Stance.REJECT, refusal.stance());
    }

    @Test
    void aNegationInsideTheConditionDoesNotNegateThePosition() {
        Extraction zh = extract("佩斯科夫10日表示，如果基輔不撤軍，俄軍將以武力解放頓巴斯。", "2025-10-11");
        Claim force = claim(zh, TP, "以武力解放頓巴斯");
        assertFalse(force.negated());
        Extraction en = extract("Peskov said Russia would take Donbas by force if Kyiv did not withdraw.", "2025-10-11");
        assertFalse(claim(en, TP, "take Donbas by force").negated());
    }

    @Test
    void landItselfIsEnoughForAWordThatNeedsAPlace() {
        Extraction e = extract("Sybiha said Kyiv would never give up land for a truce.", "2025-10-11");
        assertEquals(Stance.REJECT, claim(e, TP, "give up land").stance());
    }

    @Test
    void theTermsOfAMemorandumHandedOverAreHeldByWhoHandedItOver() {
        Extraction e = extract("Russia handed Ukraine a memorandum in Istanbul on Monday. It also demands that "
                + "Ukraine declare neutrality, renounce NATO membership and limit the size of its army.", "2025-06-03");
        for (Claim c : claims(e, SG, "")) {
            assertHolder(e, c, "Russia");
        }
        assertFalse(claims(e, SG, "").isEmpty());
    }

    @Test
    void whoPutForwardAnOfferHoldsIt() {
        Extraction e = extract("澤倫斯基表示，美方目前提出的安全保障期限為15年。", "2025-12-30");
        assertHolder(e, claim(e, SG, "美方目前提出的安全保障"), "United States");
    }

    @Test
    void theOccasionOfASayingNamesNoSpeaker() {
        Extraction e = extract("烏克蘭總統澤倫斯基3日訪問芬蘭首都赫爾辛基時表示，烏克蘭需要真正的安全保證，而不只是紙上的承諾。",
                "2025-12-04");
        Claim c = claim(e, SG, "烏克蘭需要真正的安全保證，而不只是紙上的承諾");
        assertHolder(e, c, "Volodymyr Zelenskyy", "Ukraine");
        assertEquals(1, claims(e, SG, "").size());
    }

    @Test
    void theGroupSpeaksForTheGroupNamedBefore() {
        Extraction e = extract("After a video call of the coalition of the willing on Sunday, chaired by Keir Starmer, "
                + "the group said it was ready to deploy a reassurance force once the fighting stopped.", "2025-08-18");
        assertHolder(e, claim(e, SG, "reassurance force"), "Coalition of the willing");
    }

    @Test
    void aHeadlineInThePresentTenseNamesItsSpeaker() {
        Extraction e = extract("Putin warns Western troops would be 'legitimate targets'\n\nMOSCOW, Sept 5 (Reuters) - "
                + "Putin spoke in Vladivostok on Friday.", "2025-09-05");
        assertHolder(e, claim(e, SG, "legitimate targets"), "Vladimir Putin", "Russia");
    }

    @Test
    void whatADocumentHandedOverCallsForItsAuthorDemands() {
        Extraction e = extract("Moscow handed Kyiv a memorandum on Monday. Officials studied it for a week. "
                + "For a final settlement, the document calls for recognition of Crimea as part of Russia.", "2025-06-03");
        Claim c = claim(e, TP, "recognition of Crimea");
        assertHolder(e, c, "Russia");
        assertEquals(Stance.DEMAND, c.stance());
    }

    @Test
    void whatAPlanRulesOutForItsAuthorItRefuses() {
        Extraction e = extract("Ukraine's own roadmap, submitted before the talks, says Kyiv will not recognize any "
                + "occupied land as Russian.", "2025-06-03");
        assertEquals(Stance.REJECT, claim(e, TP, "will not recognize").stance());
    }

    @Test
    void theFourRegionsAreTheFourNamedBefore() {
        Extraction e = extract("Moscow wants Ukraine to leave the Donetsk, Luhansk, Zaporizhzhia and Kherson regions, "
                + "Peskov said. Russia demands recognition of Crimea and the four regions as Russian, he added.",
                "2025-06-03");
        Claim c = claim(e, TP, "recognition of Crimea");
        assertEquals(List.of("Crimea", "Kherson Oblast", "Zaporizhzhia Oblast", "Luhansk Oblast", "Donetsk Oblast"),
                names(e, c.territories()));
    }

    @Test
    void aSentenceOpeningWithHeGoesOnWithTheSpeakerBefore() {
        Extraction e = extract("Zelenskiy said the pledges were a serious step.\n\nHe again rejected Moscow's demand "
                + "that Ukraine withdraw from the Donetsk region, telling reporters that the army would hold.", "2025-09-05");
        assertHolder(e, claim(e, TP, "rejected Moscow's demand"), "Volodymyr Zelenskyy", "Ukraine");
    }

    @Test
    void aCommaBeforeTheSpeakerMakesNoListWithThePlaceBeforeIt() {
        Extraction e = extract("The force would not fight Russia, Macron said. \"The security guarantees will be "
                + "deployed,\" he said.", "2025-09-05");
        assertHolder(e, claim(e, SG, "security guarantees will be deployed"), "Emmanuel Macron", "France");
    }

    @Test
    void aCounterProposalOfSeveralStatesIsTheFirstNamedAndGoesOn() {
        Extraction e = extract("英、法、德3國反提案則主張，領土談判應以目前的接觸線為起點。反提案也要求美國提供類似北約第5條的安全保證。",
                "2025-11-24");
        assertHolder(e, claim(e, SG, "類似北約第5條的安全保證"), "United Kingdom");
    }

    @Test
    void aThreatIsASaying() {
        Extraction e = extract("消息人士稱，俄方代表還揚言，若烏方不接受，下次將要求更多領土。", "2025-05-17");
        assertHolder(e, claim(e, TP, "下次將要求更多領土"), "Russia");
    }

    @Test
    void whomADemandIsLaidOnDoesNotHoldWhatItMustOffer() {
        Extraction e = extract("歐洲國家此前提出的反建議主張，美國則應提供類似北約第五條的安全保障。", "2025-11-28");
        assertHolder(e, claim(e, SG, "美國則應提供"), "Europe");
    }

    @Test
    void aCommitmentWhoseObjectComesAfterACommaIsOneClaim() {
        Extraction e = extract("馬克宏4日表示，已有26個國家正式承諾，在停火後的第二天，向烏克蘭派出保障部隊。", "2025-09-05");
        Claim c = claim(e, SG, "保障部隊");
        assertTrue(c.evidence().startsWith("已有26個國家正式承諾"), c.evidence());
        assertEquals(Stance.OFFER, c.stance());
    }

    @Test
    void inChineseTheFirstSpeakerOfASentenceIsTheOneWhoGoesOn() {
        Extraction e = extract("澤連斯基當晚回應說，普京又一次表明他不想結束戰爭。他強調，烏克蘭不會從頓涅茨克州撤出。", "2025-12-20");
        assertHolder(e, claim(e, TP, "頓涅茨克州撤出"), "Volodymyr Zelenskyy", "Ukraine");
    }

    @Test
    void putinIsNoVerbOfPuttingTroops() {
        Extraction e = extract("Putin said in June that Ukraine must pull its troops out of the Donetsk and Luhansk "
                + "regions.", "2025-02-18");
        assertEquals(Stance.DEMAND, claim(e, TP, "pull its troops out").stance());
        assertTrue(claims(e, SG, "").isEmpty(), e.claims().toString());
    }

    @Test
    void whoTheConditionIsAboutDoesNotHoldTheWarning() {
        Extraction e = extract("普丁16日警告，若美國提供戰斧飛彈給烏克蘭，將嚴重損害美俄關係。", "2025-10-22");
        assertHolder(e, claim(e, SG, "戰斧飛彈"), "Vladimir Putin", "Russia");
    }

    @Test
    void aPlanToSendForcesAndWhatTheSpeakerCallsThem() {
        Extraction e = extract("普京19日表示，英法牽頭的「自願聯盟」計劃在停火後派出多國「保障部隊」，這些部隊將是合法目標。"
                + "俄羅斯從來沒有打算攻擊歐洲。", "2025-12-20");
        assertHolder(e, claim(e, SG, "計劃在停火後派出"), "Coalition of the willing");
        assertHolder(e, claim(e, SG, "合法目標"), "Vladimir Putin", "Russia");
        assertHolder(e, claim(e, SG, "攻擊歐洲"), "Vladimir Putin", "Russia");
    }

    @Test
    void leadersNamedInAClauseOfTheirOwnIssueTheStatementNotWhomTheyQuote() {
        Extraction e = extract("包括法國總統馬克宏與澤倫斯基在內的多位領袖，昨天發表聯合聲明表示：「我們支持川普總統的立場，"
                + "目前的接觸線應作為談判的起點。」", "2025-10-22");
        assertHolder(e, claim(e, TP, "接觸線應作為談判的起點"), "Emmanuel Macron", "France", "Volodymyr Zelenskyy");
    }

    @Test
    void thePlansTermsSetOutAfterItsColonAreProposed() {
        Extraction e = extract("據報導，美方提出的28點計畫要求：克里米亞被事實上承認為俄羅斯領土；赫爾松沿現有接觸線凍結。"
                + "計畫還規定烏軍人數上限為60萬人。", "2025-11-28");
        for (Claim c : e.claims()) {
            assertHolder(e, c, "United States");
            assertEquals(Stance.PROPOSE, c.stance(), c.evidence());
        }
        assertEquals(3, e.claims().size(), e.claims().toString());
    }

    @Test
    void aPledgeNotToAttackIsAnOffer() {
        Extraction e = extract("普京19日表示，俄羅斯從來沒有打算攻擊歐洲。", "2025-12-20");
        assertEquals(Stance.OFFER, claim(e, SG, "攻擊歐洲").stance());
    }

    @Test
    void whoIsOfferedSomethingDoesNotOfferIt() {
        Extraction e = extract("The U.S. document presented in Paris would give recognition to Russia's control of "
                + "Crimea.\n\nIn return, Ukraine would be offered a robust security guarantee from European countries.",
                "2025-04-25");
        Claim offered = claim(e, SG, "Ukraine would be offered");
        assertHolder(e, offered, "United States");
        assertEquals(Stance.PROPOSE, offered.stance());
    }

    @Test
    void aSayingFollowedByAddingClosesTheClauseBeforeIt() {
        Extraction e = extract("Hegseth spoke in Brussels. Any security guarantees would have to be backed by European "
                + "troops, he said, adding that U.S. troops would not be deployed to Ukraine.", "2025-02-18");
        assertEquals(Stance.DEMAND, claim(e, SG, "Any security guarantees").stance());
        assertEquals(Stance.REJECT, claim(e, SG, "would not be deployed").stance());
    }

    @Test
    void whoCallsSomethingPrematureSaysIt() {
        Extraction e = extract("Olaf Scholz called the debate about peacekeepers premature, while Donald Tusk said "
                + "Poland would not send soldiers to Ukraine.", "2025-02-18");
        assertHolder(e, claim(e, SG, "peacekeepers"), "Olaf Scholz", "Germany");
    }

    @Test
    void aSayingIsDatedByTheDayNearestItsVerb() {
        Extraction e = extract("Zelenskyy, who was embraced by Starmer on Saturday and received by King Charles on Sunday "
                + "afternoon, said Ukraine would not give up the territories occupied by Russia.", "2025-03-02");
        assertEquals("2025-03-02", claim(e, TP, "give up the territories").date());
    }

    @Test
    void aStoryIsDatedByItsLeadPastTheStandfirstAndByline() {
        Extraction e = extract("Ukraine offers neutrality at Istanbul talks\n\nKremlin plays down hopes of a breakthrough.\n\n"
                + "By staff writers\nMarch 30, 2022\n\nUkraine put forward a plan at peace talks in Istanbul on Tuesday. "
                + "Podolyak said Kyiv would not drop its claim to Crimea.", "2022-03-30");
        assertEquals("2022-03-29", claim(e, TP, "claim to Crimea").date());
    }

    @Test
    void reachingTheGoalByForceRefersBackToTheDemand() {
        Extraction e = extract("普京27日表示，烏軍必須撤出頓巴斯。如果他們不撤出，俄軍將通過軍事手段實現這一目標。", "2025-11-28");
        Claim force = claim(e, TP, "實現這一目標");
        assertHolder(e, force, "Vladimir Putin", "Russia");
        assertFalse(force.negated());
    }

    @Test
    void notConfirmingIsNoPosition() {
        Extraction e = extract("川普據報要求烏方把頓巴斯全境交給俄國，但白宮並未證實。", "2025-10-22");
        assertTrue(claims(e, TP, "並未證實").isEmpty(), e.claims().toString());
    }

    // ---- refusals without a refusing verb ----

    @Test
    void aNegatedPositionWithoutAStanceVerbIsARefusal() {
        Extraction e = extract("Spanish Prime Minister Pedro Sanchez said deploying Spanish troops was \"not on the "
                + "table\". Sandu said it was impossible to give up land under Moldova's laws.", "2025-03-02");
        Claim troops = claim(e, SG, "Spanish troops");
        assertEquals(Stance.REJECT, troops.stance());
        assertTrue(troops.negated());
        assertEquals(Stance.REJECT, claim(e, TP, "give up land").stance());
        Extraction zh = extract("美方表示，這份方案不會永遠有效，其中包括安全保障。", "2025-12-15");
        assertEquals(List.of(Stance.STATE), zh.claims().stream().map(Claim::stance).toList(), "not forever is no refusal");
    }

    @Test
    void oppositionAndInsistingOnARefusalAreRefusals() {
        Extraction e = extract("Shoigu reaffirmed Russia's opposition to Western peacekeepers in Ukraine. "
                + "Sybiha insisted there would be no talk of ceding territory.", "2025-02-18");
        assertEquals(Stance.REJECT, claim(e, SG, "peacekeepers").stance());
        assertEquals(Stance.REJECT, claim(e, TP, "ceding").stance());
    }

    @Test
    void aRefusalAndAnOfferJoinedByThoughAreTwoPositions() {
        Extraction e = extract("Czech Prime Minister Petr Fiala said the Czech Republic had no plans to send "
                + "soldiers to Ukraine, though it would provide air defence.", "2025-02-18");
        List<Claim> claims = e.claims().stream().filter(c -> c.type().equals(SG)).toList();
        assertEquals(List.of(Stance.REJECT, Stance.OFFER), claims.stream().map(Claim::stance).toList(), claims.toString());
    }

    @Test
    void aCommuniqueSpeaksForTheAllianceThatIssuedIt() {
        Extraction e = extract("NATO leaders met in Vilnius. Their communiqué said the allies would back a "
                + "multinational force for Ukraine and respond collectively to any attack.", "2026-07-08");
        Claim force = claim(e, SG, "multinational force");
        assertHolder(e, force, "NATO");
        assertEquals(Stance.OFFER, force.stance());
        Extraction zh = extract("北約領袖在維爾紐斯舉行峰會。公報指出，盟國將向烏克蘭多國部隊提供支持。", "2026-07-08");
        assertHolder(zh, claim(zh, SG, "多國部隊"), "NATO");
    }

    @Test
    void citiesHeldAreLandAndForcingAnotherToAcceptIsTheForcersDemand() {
        Extraction e = extract("澤倫斯基表示，烏軍不會放棄任何由我方控制的城鎮。華府不會逼迫基輔接受割讓領土的方案。",
                "2026-10-12");
        Claim cities = claim(e, TP, "放棄");
        assertEquals(Stance.REJECT, cities.stance());
        Claim forced = claim(e, TP, "割讓領土");
        assertHolder(e, forced, "United States");
        assertEquals(Stance.REJECT, forced.stance());
    }

    @Test
    void aPartyRefusingWhatWasJustDemandedHoldsTheRefusal() {
        Extraction e = extract("俄方要求烏軍撤出盧甘斯克，烏方對此明確拒絕。", "2025-05-16");
        List<Claim> claims = e.claims();
        assertEquals(2, claims.size(), claims.toString());
        assertHolder(e, claims.get(1), "Ukraine");
        assertEquals(Stance.REJECT, claims.get(1).stance());
    }

    @Test
    void aConditionSetForAnotherIsAPositionEvenInThePast() {
        Extraction e = extract("Lavrov said in May that Russia would sign a truce only if Kyiv withdrew its troops "
                + "from Kherson. A truce is possible only if Ukraine withdraws from Donetsk, the Kremlin said.",
                "2025-06-02");
        Claim kherson = claim(e, TP, "withdrew");
        assertEquals(Stance.CONDITION, kherson.stance());
        assertEquals(List.of("Kherson Oblast"), names(e, kherson.territories()));
        assertEquals(Stance.CONDITION, claim(e, TP, "withdraws").stance());
        Extraction history = extract("Russian troops withdrew from Kherson in November 2022.", "2025-06-02");
        assertEquals(List.of(), history.claims(), "a withdrawal that happened is no position");
    }

    @Test
    void theLeadersAfterTheirMeetingAreTheirGroup() {
        Extraction e = extract("Leaders of the coalition of the willing met in Rome on Sunday. Afterwards the leaders "
                + "said they stood ready to send a multinational force.", "2025-08-18");
        Claim force = claim(e, SG, "multinational force");
        assertHolder(e, force, "Coalition of the willing");
        assertEquals(Stance.OFFER, force.stance());
    }

    @Test
    void aStatesPositionHoldsWhatItSaysAndAnAsideBetweenDashesStaysInItsClause() {
        Extraction e = extract("Diplomats said the Dutch position was that a peace force would require a US backstop "
                + "- jets, radar and a pledge to act - to work.", "2025-03-03");
        List<Claim> claims = e.claims();
        assertEquals(1, claims.size(), claims.toString());
        assertHolder(e, claims.get(0), "Netherlands");
        assertTrue(claims.get(0).evidence().endsWith("to work"), claims.get(0).evidence());
    }
    // ---- speakers named between commas, and names that are no list ----

    @Test
    void aSpeakerNamedBetweenCommasAfterATitleHoldsWhatFollows() {
        Extraction e = extract("Sweden's defence minister, Pal Jonson, said Stockholm could send jets to police "
                + "Ukrainian skies, while Poland's president, Karol Nawrocki, repeated that Warsaw would not send "
                + "troops to Ukraine.", "2026-02-01");
        assertHolder(e, claim(e, SG, "Warsaw would not send troops"), "Karol Nawrocki", "Poland");
    }

    @Test
    void aNameBeforeACommaIsNoListWithoutAnAnd() {
        Extraction e = extract("Standing next to Macron, Zelensky said the territorial issue remained unresolved. "
                + "Alongside Starmer, Zelensky said Ukraine would not give up Donbas.", "2026-01-07");
        assertHolder(e, claim(e, TP, "territorial issue"), "Volodymyr Zelenskyy", "Ukraine");
        assertHolder(e, claim(e, TP, "give up Donbas"), "Volodymyr Zelenskyy", "Ukraine");
    }
    @Test
    void aConnectiveBetweenCommasLeavesTheClauseWhole() {
        Extraction e = extract("Beijing, meanwhile, remains opposed to any foreign military presence in Ukraine.",
                "2026-01-25");
        Claim c = claim(e, SG, "military presence");
        assertHolder(e, c, "China");
        assertEquals(Stance.REJECT, c.stance());
    }

    @Test
    void troopsThatLeftAPlaceAndBordersNotDecidedForOthersArePositions() {
        Extraction e = extract("An aide to Putin said there could be no lasting deal unless Ukrainian troops left "
                + "the Zaporizhzhia region.", "2026-01-25");
        assertEquals(Stance.CONDITION, claim(e, TP, "troops left").stance());
        Extraction zh = extract("英國外相表示，英方「不會替烏克蘭劃定國界」，但提醒盟國「冬天不會等人」。", "2026-02-15");
        Claim border = claim(zh, TP, "國界");
        assertEquals(Stance.REJECT, border.stance());
        assertEquals(1, claims(zh, TP, "").size(), "a warning on another matter is no second position: " + zh.claims());
    }

    @Test
    void refusingToDiscussIsARefusal() {
        Extraction e = extract("白俄羅斯外交部表示，明斯克「不會討論」任何外國軍隊進駐白俄羅斯的提議。", "2025-09-05");
        assertEquals(Stance.REJECT, claim(e, SG, "外國軍隊").stance());
    }
    @Test
    void whereTroopsWouldGoAndWhatAPlanDemandsSayNothingOfWhoSpeaks() {
        Extraction e = extract("克宮發言人表示，任何北約部隊進駐烏克蘭都不可接受。", "2026-02-15");
        assertHolder(e, claim(e, SG, "北約部隊"), "Russia");
        Extraction zh = extract("烏克蘭外長在社群媒體發文說，俄方文件中的要求「了無新意」，烏克蘭「不會拿土地換和平」。",
                "2025-06-02");
        Claim land = claim(zh, TP, "土地");
        assertHolder(zh, land, "Ukraine");
        assertEquals(Stance.REJECT, land.stance());
    }
    @Test
    void aDocumentHandedToAPartyIsNotThatPartys() {
        Extraction e = extract("白俄羅斯代表團向烏方遞交了一份文件，列出停火條件。文件還要求烏克蘭放棄加入北約。", "2025-06-02");
        assertHolder(e, claim(e, SG, "北約"), "Belarus");
    }
    @Test
    void anAmbassadorSpeaksForTheStateThatSentHim() {
        Extraction e = extract("Belarus's envoy to the OSCE told the session that any settlement must recognise "
                + "the realities on the ground in the Donetsk region.", "2026-03-01");
        assertHolder(e, claim(e, TP, "Donetsk"), "Belarus");
    }

    @Test
    void readinessForATruceAlongTheLineIsOneAcceptance() {
        Extraction e = extract("Finland's president said Ukraine was ready for a full ceasefire, now, along the "
                + "current line of contact.", "2026-03-01");
        Claim c = claim(e, TP, "along the current line");
        assertEquals(Stance.ACCEPT, c.stance());
        assertTrue(c.evidence().startsWith("Ukraine was ready for a full ceasefire"), c.evidence());
    }
    @Test
    void acceptingAnothersPlanIsTheAcceptorsPosition() {
        Extraction e = extract("Moldova said it was ready to accept a Romanian proposal for security guarantees but "
                + "gave no details.", "2026-03-11");
        List<Claim> found = claims(e, SG, "");
        assertEquals(1, found.size(), "giving no details is no position: " + found);
        assertHolder(e, found.get(0), "Moldova");
        assertEquals(Stance.ACCEPT, found.get(0).stance());
    }

    @Test
    void wherePlaceLiesBetweenCommasLeavesTheOfferWhole() {
        Extraction e = extract("Romania would not send troops to Ukraine, its defence minister said, but offered the "
                + "air base at Constanta, near the Black Sea coast, as a hub for any monitoring mission.", "2026-03-03");
        Claim offer = claim(e, SG, "offered the air base");
        assertEquals(Stance.OFFER, offer.stance());
        assertTrue(offer.evidence().endsWith("as a hub for any monitoring mission"), offer.evidence());
    }
    @Test
    void anAppositionNamingAnotherPartysAnswerIsItsPosition() {
        Extraction e = extract("A Moldovan official said Chisinau had proposed freezing the fighting along the current "
                + "line of contact, an idea Moscow has long rejected.", "2026-01-07");
        Claim answer = claim(e, TP, "an idea Moscow");
        assertHolder(e, answer, "Russia");
        assertEquals(Stance.REJECT, answer.stance());
    }

    @Test
    void aNameWithAccentedLettersIsOneSpeaker() {
        Extraction e = extract("Senator Inés Martínez Ortega said on Monday that any deal must include binding "
                + "security guarantees for Ukraine.", "2026-02-03");
        assertHolder(e, claim(e, SG, "binding"), "Inés Martínez Ortega");
    }

    @Test
    void aVerbJoinedByAndHasTheSubjectOfTheFirstVerb() {
        Extraction e = extract("The Russian leader met the EU envoy. Putin criticised the Brussels proposal and said "
                + "Russia would never give up Crimea.", "2026-02-03");
        assertHolder(e, claim(e, TP, "give up Crimea"), "Vladimir Putin");
    }

    @Test
    void whatTheSpeakerSaysAfterNamingAnothersPlanIsHis() {
        Extraction e = extract("Putin said on Tuesday the U.S. plan \"could be a starting point\", but warned that if "
                + "Kyiv refused it, Russian troops would take more territory.", "2026-02-04");
        assertHolder(e, claim(e, TP, "take more territory"), "Vladimir Putin");
    }

    @Test
    void theTextOfADraftedPlanIsItsDraftersProposal() {
        Extraction e = extract("这份和平计划由美方起草，于周二送交基辅。\n\n根据曝光的文本，顿涅茨克将被承认为俄罗斯领土。"
                + "乌克兰军队将撤出其控制的地区，欧洲战机将部署在波兰。", "2026-02-05");
        Claim land = claim(e, TP, "顿涅茨克将被承认");
        assertHolder(e, land, "United States");
        assertEquals(Stance.PROPOSE, land.stance());
        assertHolder(e, claim(e, TP, "乌克兰军队将撤出"), "United States");
        assertHolder(e, claim(e, SG, "欧洲战机"), "United States");
    }

    @Test
    void whomTheSpeakersPhonedIsNotWhoSpeaks() {
        Extraction e = extract("德國總理梅爾茨與法國總統馬克宏12日與澤倫斯基通電話後發表聲明說，邊界不得以武力改變。", "2026-03-13");
        assertHolder(e, claim(e, TP, "邊界不得"), "Friedrich Merz");
    }

    @Test
    void theTwoJustNamedSpeakTogether() {
        Extraction e = extract("波蘭總統與芬蘭總統5日在赫爾辛基會面。兩人宣布，多國部隊總部將設在華沙。", "2026-03-06");
        assertTrue(List.of("Poland", "Finland").contains(name(e, claim(e, SG, "多國部隊總部").holder())),
                e.claims().toString());
    }

    @Test
    void forcesOfNatoStatesAreASecurityMatter() {
        Extraction e = extract("克宮發言人培斯科夫8日表示，任何北約國家部隊出現在烏克蘭都不可接受。", "2026-03-09");
        assertEquals(Stance.REJECT, claim(e, SG, "北約國家部隊").stance());
    }

    @Test
    void onlyWhenTheTroopsHaveLeftIsACondition() {
        Extraction e = extract("The Kremlin spokesman Dmitry Peskov said on Friday that the war could end only when "
                + "Ukrainian troops had left the Luhansk region.", "2026-04-04");
        Claim left = claim(e, TP, "troops had left");
        assertEquals(Stance.CONDITION, left.stance());
        assertTrue(names(e, left.territories()).contains("Luhansk Oblast"), left.toString());
    }

    @Test
    void changingTheLineOfControlIsATerritorialMatter() {
        Extraction e = extract("Zelensky said on Friday that Kyiv would not sign any paper that moved the line of control.",
                "2026-04-04");
        assertEquals(Stance.REJECT, claim(e, TP, "line of control").stance());
    }

    @Test
    void aCounterProposalIsNotTheAuthorOfThePlanItAnswers() {
        Extraction e = extract("""
                The White House plan would recognise Crimea as Russian.

                Kyiv and its European partners responded with their own text on Thursday. The counter-proposal \
                says Ukraine should receive security guarantees similar to NATO's Article 5.""", "2026-04-04");
        Claim answer = claim(e, SG, "Article 5");
        assertHolder(e, answer, "Ukraine", "Europe");
    }

    @Test
    void askingAnotherToConsiderMoreIsADemandOfOnesOwn() {
        Extraction e = extract("Zelensky said on Monday that the US had offered security guarantees lasting ten years, "
                + "but that he had asked Trump to consider a longer period.", "2026-04-07");
        assertHolder(e, claim(e, SG, "ten years"), "United States");
        Claim longer = claim(e, SG, "longer period");
        assertHolder(e, longer, "Volodymyr Zelenskyy");
        assertEquals(Stance.DEMAND, longer.stance());
    }

    @Test
    void whoseApprovalIsRequiredDoesNotHoldTheRequirement() {
        Extraction e = extract("Zelensky said on Monday that any guarantees would have to be approved by the US Congress.",
                "2026-04-07");
        assertHolder(e, claim(e, SG, "approved by"), "Volodymyr Zelenskyy");
    }

    @Test
    void aClauseAfterAndGoesOnWithTheSentencesSubjectPastAClauseOfItsOwn() {
        Extraction e = extract("芬蘭外長瓦爾托寧感謝瑞典的長期支持，並強調烏克蘭不會從盧甘斯克州撤軍。", "2026-04-07");
        Claim refusal = claim(e, TP, "撤軍");
        assertHolder(e, refusal, "Elina Valtonen");
        assertEquals(Stance.REJECT, refusal.stance());
    }

    @Test
    void notYetAgreeingIsNoAcceptance() {
        Extraction e = extract("美方提議烏軍撤出盧甘斯克州，但烏方目前仍未同意。", "2026-04-07");
        Claim answer = claim(e, TP, "仍未同意");
        assertHolder(e, answer, "Ukraine");
        assertEquals(Stance.REJECT, answer.stance());
    }

    @Test
    void whatOfficialsMakeClearTheyWantIsTheirDemand() {
        Extraction e = extract("Lithuanian officials have made clear in private that they want European soldiers "
                + "stationed in Ukraine.", "2026-04-07");
        Claim want = claim(e, SG, "European soldiers");
        assertHolder(e, want, "Lithuania");
        assertEquals(Stance.DEMAND, want.stance());
    }

    @Test
    void aDeploymentOrSecuringUkraineIsASecurityMatter() {
        Extraction e = extract("Chancellor Friedrich Merz said Germany stood ready to help in securing Ukraine. "
                + "Karol Nawrocki has opposed any Polish deployment.", "2026-04-07");
        assertEquals(Stance.OFFER, claim(e, SG, "securing Ukraine").stance());
        Claim opposed = claim(e, SG, "Polish deployment");
        assertHolder(e, opposed, "Karol Nawrocki");
        assertEquals(Stance.REJECT, opposed.stance());
    }

    @Test
    void aDemandOthersTurnedDownIsTheirRefusal() {
        Extraction e = extract("The Kremlin wants Ukrainian troops to leave the Luhansk region, a demand Kyiv has "
                + "turned down again and again.", "2026-04-07");
        assertEquals(Stance.DEMAND, claim(e, TP, "Ukrainian troops to leave").stance());
        Claim refusal = claim(e, TP, "turned down");
        assertHolder(e, refusal, "Ukraine");
        assertEquals(Stance.REJECT, refusal.stance());
    }

    @Test
    void whoGoesOnSayingIsTheNameOpeningTheSentence() {
        Extraction e = extract("Senator Amy Dorn said little. Paul Ames, the Republican chairman of the Budget Committee, "
                + "went further, saying that Ukraine should never be made to give up the Luhansk region.", "2026-04-07");
        assertHolder(e, claim(e, TP, "give up"), "Paul Ames");
    }

    @Test
    void whatAPartyNeedsIsItsDemand() {
        Extraction e = extract("芬兰外长表示，乌方需要的是能够阻止再次入侵的安全保障，并应得到英国和法国的共同承诺。", "2026-04-07");
        Claim need = claim(e, SG, "安全保障");
        assertHolder(e, need, "Ukraine", "Finland");
        assertEquals(Stance.DEMAND, need.stance());
    }

    @Test
    void aNegationReachesItsVerbPastWhereTo() {
        Extraction e = extract("挪威外交大臣艾德表示，挪威不會向烏克蘭東部前線派遣作戰部隊。", "2026-04-07");
        Claim refusal = claim(e, SG, "派遣");
        assertEquals(Stance.REJECT, refusal.stance());
        assertTrue(refusal.negated());
    }

    @Test
    void whatIsHeldNotTheActDescribedNamesTheClaim() {
        Extraction e = extract("芬蘭外長瓦爾托寧表示，烏克蘭不會從仍控制的盧甘斯克州地區撤軍，而且該區須由國際部隊監督。",
                "2026-04-07");
        assertEquals(Stance.REJECT, claim(e, TP, "撤軍").stance());
        assertHolder(e, claim(e, SG, "國際部隊"), "Elina Valtonen");
    }

    @Test
    void aCityThatAPlaceLeadsToIsWhereNotWho() {
        Extraction e = extract("北約外長今天在芬蘭首都赫爾辛基舉行會議後發表聲明，表示願在停火後向烏克蘭提供長期安全保障。", "2026-04-07");
        assertHolder(e, claim(e, SG, "安全保障"), "NATO");
    }

    @Test
    void whoRepliesSpeaksAndTheLossOfAPlaceIsATerritorialMatter() {
        Extraction e = extract("Moldova's envoy, Ion Cerbu, replied that Chisinau would never accept the loss of "
                + "Transnistria.", "2026-04-07");
        Claim refusal = claim(e, TP, "loss of");
        assertHolder(e, refusal, "Ion Cerbu");
        assertEquals(Stance.REJECT, refusal.stance());
    }

    @Test
    void anAnswerIsOnWhatTheReporterAsked() {
        Extraction en = extract("Asked about the security guarantees offered to Ukraine, Lavrov said Moscow had no "
                + "objection to Kyiv receiving them.", "2026-04-07");
        List<Claim> all = en.claims();
        assertEquals(1, all.size(), all.toString());
        assertHolder(en, all.get(0), "Sergei Lavrov");
        assertEquals(Stance.ACCEPT, all.get(0).stance());
        assertFalse(all.get(0).negated(), "no objection is no refusal");

        Extraction zh = extract("克宮發言人佩斯科夫被問及北約部隊進駐烏克蘭的可能性時稱，俄方堅決反對。", "2026-04-07");
        assertEquals(1, zh.claims().size(), zh.claims().toString());
        Claim refusal = zh.claims().get(0);
        assertEquals(SG, refusal.type());
        assertEquals("俄方堅決反對", refusal.evidence());
        assertEquals(Stance.REJECT, refusal.stance());
    }

    @Test
    void securityAtAnothersExpenseIsASecurityMatter() {
        Extraction en = extract("Lavrov said no country's security could come at the expense of the security of others.",
                "2026-04-07");
        assertHolder(en, claim(en, SG, "at the expense of"), "Sergei Lavrov");
        Extraction zh = extract("中方表示，一國的安全不能以犧牲別國的安全為代價。", "2026-04-07");
        assertHolder(zh, claim(zh, SG, "為代價"), "China");
    }

    @Test
    void aPersonLeavingACityHoldsNoPositionOnIt() {
        Extraction e = extract("Erdogan was due to leave Odesa on Friday evening. Zelensky will never give up Luhansk.",
                "2026-04-07");
        assertTrue(claims(e, TP, "leave Odesa").isEmpty(), e.claims().toString());
        assertEquals(Stance.REJECT, claim(e, TP, "give up").stance());
    }

    @Test
    void ceasefireMonitorsAndObserversAreSecurityMatters() {
        Extraction e = extract("Norway's foreign minister said Oslo was prepared to contribute monitors to a future "
                + "mission. Sweden said any truce would have to be checked by international observers.", "2026-04-07");
        assertEquals(Stance.OFFER, claim(e, SG, "contribute monitors").stance());
        assertHolder(e, claim(e, SG, "international observers"), "Sweden");
        Extraction zh = extract("俄羅斯外交部表示，任何由北約國家人員組成的監督任務，俄方都不會接受。", "2026-04-07");
        assertEquals(Stance.REJECT, claim(zh, SG, "監督任務").stance());
    }

    @Test
    void aZoneAlongTheBorderIsATerritorialMatterAndAVetoARefusal() {
        Extraction e = extract("Putin said that if Kyiv refused, Russian troops would create the zone themselves. "
                + "Hungary said it would veto any monitoring mission sent to Ukraine.", "2026-04-07");
        assertHolder(e, claim(e, TP, "create the zone"), "Vladimir Putin");
        assertEquals(Stance.REJECT, claim(e, SG, "veto any monitoring mission").stance());
        assertTrue(e.claims().stream().noneMatch(c -> c.evidence().contains("time zone")));
    }

    @Test
    void aPronounOpeningTheSentenceSpeaksAfterBing() {
        Extraction e = extract("拉脫維亞外長與愛沙尼亞總理米哈爾昨天指出，北約應在波羅的海部署更多防空系統。"
                + "烏克蘭外長西比哈透過視訊出席會議。他感謝各國的支持，並重申烏克蘭不會放棄頓巴斯地區。", "2026-04-07");
        assertHolder(e, claim(e, TP, "放棄"), "Andrii Sybiha");
    }

    @Test
    void personnelSentToUkraineAnAirShieldAndAStrongArmyAreSecurityMatters() {
        Extraction e = extract("South Korea's defence minister, Ahn Gyu-back, said sending military personnel to Ukraine was not under "
                + "consideration.", "2026-04-07");
        Claim refusal = claim(e, SG, "personnel to Ukraine");
        assertEquals(Stance.REJECT, refusal.stance());
        assertTrue(refusal.negated());
        Extraction zh = extract("波蘭總統表示，歐洲應為烏克蘭建立「空中盾牌」，並幫助烏方維持一支強大的武裝力量。", "2026-04-07");
        assertHolder(zh, claim(zh, SG, "空中盾牌"), "Poland", "Karol Nawrocki");
        assertHolder(zh, claim(zh, SG, "武裝力量"), "Poland", "Karol Nawrocki");
    }

    @Test
    void whatAnInitiativeIncludesIsItsAuthorsProposal() {
        Extraction e = extract("土耳其外長費丹提出的倡議包括：一、雙方沿現有戰線停火；二、由中立國家組成觀察團，監督停火。",
                "2026-04-07");
        Claim observers = claim(e, SG, "觀察團");
        assertHolder(e, observers, "Hakan Fidan");
        assertEquals(Stance.PROPOSE, observers.stance());
    }

    // ---- the matter named again, the speaker before what he did, the day of the occasion ----

    @Test
    void theMatterOfAClaimNamedAgainByItsHeadNounIsTheSameMatter() {
        Extraction e = extract("EU ministers discussed a ceasefire monitoring mission for Ukraine. Hungary's foreign "
                + "minister said Budapest would veto any mission that drags the bloc into the war. Italy's foreign "
                + "minister said Rome would take part only if the mission had a UN mandate.", "2026-01-27");
        assertEquals(Stance.REJECT, claim(e, SG, "veto any mission").stance());
        assertEquals(Stance.CONDITION, claim(e, SG, "take part only if the mission").stance());
        // a head after "by" names no matter: "changed by force" does not make every force a territorial one
        Extraction force = extract("The EU said borders must not be changed by force. Poland said the force of "
                + "the argument would not be enough to convince Hungary.", "2026-01-27");
        assertTrue(claims(force, TP, "the force of the argument").isEmpty(), force.claims().toString());
        Extraction zh = extract("英法兩國表示，願意向烏克蘭派遣維和部隊。俄羅斯外交部表示，俄方絕不接受該部隊進駐。", "2026-01-27");
        assertEquals(Stance.REJECT, claim(zh, SG, "該部隊").stance());
    }

    @Test
    void theSpeakerStandsBeforeTheRelativeClauseAndTheOccasionOfHisWords() {
        Extraction e = extract("South Korean President Lee Jae-myung opened the conference. Lee, who met Ukrainian "
                + "Prime Minister Yulia Svyrydenko on Tuesday, said Korea would not supply lethal weapons to Ukraine.",
                "2026-07-09");
        assertHolder(e, claim(e, SG, "lethal weapons"), "Lee Jae-myung");
        Extraction zh = extract("白俄羅斯總統盧卡申科16日在明斯克會見美國總統川普的白俄羅斯問題特使科爾（John Coale）時表示，"
                + "願向烏克蘭提供互不侵犯的安全保證。", "2026-11-18");
        assertHolder(zh, claim(zh, SG, "安全保證"), "Alexander Lukashenko", "Belarus");
    }

    @Test
    void aPhraseOpeningTheSentenceTellsTheDayOfWhatItReports() {
        // (a lead without a day of its own leaves the report's date to what is undated)
        Extraction e = extract("Japan monitoring pledge\n\nJapan has pledged satellite data to help monitor a future "
                + "ceasefire in Ukraine, but has ruled out sending its own troops, officials in Tokyo have said. The "
                + "Russian embassy in Tokyo reacted sharply. In a statement posted on its Telegram channel late Monday, "
                + "it said Moscow would not accept any monitoring mission that includes Japan.", "2026-03-10");
        assertEquals("2026-03-09", claim(e, SG, "would not accept any monitoring mission").date());
    }

    @Test
    void warshipsObserversAndTheNewTerritoriesAreClaimMatters() {
        Extraction e = extract("Turkey's foreign minister said Ankara would not send warships into Ukrainian waters. "
                + "Yuri Ushakov said the presence of observers from Nato countries along the front was out of the "
                + "question, and that the status of the new territories was not a subject of discussion.", "2026-06-03");
        assertTrue(claim(e, SG, "warships").negated());
        Claim observers = claim(e, SG, "observers from");
        assertEquals(Stance.REJECT, observers.stance());
        assertTrue(observers.negated());
        assertEquals(Stance.REJECT, claim(e, TP, "new territories").stance());
        Extraction zh = extract("美國國務卿魯比歐表示，美國不會派軍艦進入黑海。", "2026-06-03");
        assertTrue(claim(zh, SG, "軍艦").negated());
    }

    @Test
    void shipInspectionsAndSoldiersStationedAreSecurityMatters() {
        Extraction e = extract("Donald Tusk told reporters that Polish soldiers would not be stationed on Ukrainian soil.",
                "2025-10-28");
        assertTrue(claim(e, SG, "soldiers would not be stationed").negated());
        Extraction zh = extract("俄羅斯副外長魯堅科表示，俄方要求對所有駛往敖德薩的船隻進行檢查。", "2026-06-03");
        assertEquals(Stance.DEMAND, claim(zh, SG, "船隻進行檢查").stance());
    }

    @Test
    void militaryAidSettingOffShockIsNoAttribution() {
        // 軍援引發: aid (援) that sets off (引發), not 援引 ("citing"): Europe is not the speaker
        Extraction e = extract("美國暫停對烏軍援引發歐洲震撼之際，印尼總統普拉博沃5日在國會發表演說，提議為烏克蘭提供集體防禦承諾。",
                "2025-03-06");
        assertHolder(e, claim(e, SG, "集體防禦"), "Prabowo Subianto", "Indonesia");
    }

    @Test
    void questionsAskedAndSayingsJoinedAfterAreNoPositionOfTheirs() {
        Extraction e = extract("Russian negotiators asked detailed questions about how a demilitarised river line "
                + "would be verified. Talks mediated by Washington have stalled over territory, and European officials "
                + "said they did not expect a breakthrough.", "2026-04-22");
        assertTrue(e.claims().isEmpty(), e.claims().toString());
    }
}
