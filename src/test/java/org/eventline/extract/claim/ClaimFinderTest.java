package org.eventline.extract.claim;

import org.eventline.extract.Extractor;
import org.eventline.extract.Lexicon;
import org.eventline.model.Claim;
import org.eventline.model.Extraction;
import org.eventline.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.eventline.extract.Articles.assertHolder;
import static org.eventline.extract.Articles.claim;
import static org.eventline.extract.Articles.claims;
import static org.eventline.extract.Articles.name;
import static org.eventline.extract.Articles.names;
import static org.eventline.extract.Extracting.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimFinderTest {

    private static final String SG = "SECURITY_GUARANTEE";
    private static final String TP = "TERRITORIAL_POSITION";

    @Test
    void eachCommitmentOfAnEnumerationIsAClaimOfItsOwn() {
        Extraction e = extract("美方與歐方會談後，美國承諾保護烏克蘭免於再遭攻擊、支援歐洲的安全保障，相關承諾仍須國會批准。",
                "2025-12-15");
        Claim protect = claim(e, SG, "保護烏克蘭");
        Claim support = claim(e, SG, "支援歐洲的安全保障");
        Claim approval = claim(e, SG, "相關承諾");
        assertFalse(protect.evidence().contains("支援"), protect.evidence());
        for (Claim c : List.of(protect, support, approval)) {
            assertHolder(e, c, "United States");
        }
        assertEquals(Stance.OFFER, protect.stance());
        assertEquals(Stance.OFFER, support.stance());
        assertEquals(Stance.CONDITION, approval.stance());
        assertTrue(names(e, protect.beneficiaries()).contains("Ukraine"), protect.beneficiaries().toString());
    }

    @Test
    void theSubjectOfTheStanceHoldsItEvenInsideSomeoneElsesReport() {
        Extraction e = extract("歐洲官員指出，華府對提供情報支援力量抱持開放態度。", "2025-12-15");
        Claim c = claim(e, SG, "華府");
        assertHolder(e, c, "United States");
        assertEquals(Stance.ACCEPT, c.stance());
    }

    @Test
    void theAgentOfAPassiveHoldsTheStance() {
        Extraction zh = extract("分析人士認為，這種安全保障很可能不被俄方接受。", "2025-12-15");
        Claim c = claim(zh, SG, "不被俄方接受");
        assertHolder(zh, c, "Russia");
        assertEquals(Stance.REJECT, c.stance());
        Extraction en = extract("The plan for security guarantees was rejected by the Kremlin on Monday.", "2025-12-16");
        assertHolder(en, claim(en, SG, "security guarantees"), "Russia");
    }

    @Test
    void aProposalIsHeldByItsAuthorNotByWhoReportsIt() {
        Extraction e = extract("Zelensky told reporters that under the Kremlin's proposal, Ukraine would withdraw "
                + "from the Donetsk region, with the area turned into a buffer zone.", "2025-12-16");
        for (Claim c : e.claims()) {
            assertHolder(e, c, "Russia");
            assertEquals(Stance.PROPOSE, c.stance(), c.evidence());
            assertTrue(names(e, c.territories()).contains("Donetsk Oblast"), c.evidence() + " " + c.territories());
        }
        assertEquals(2, e.claims().size(), e.claims().toString());
    }

    @Test
    void outletsAreSourcesNeverHolders() {
        Extraction zh = extract("據華爾街日報報導，歐洲願為烏克蘭提供安全保證。", "2025-12-16");
        assertHolder(zh, claim(zh, SG, "歐洲願為烏克蘭提供安全保證"), "Europe");
        Extraction en = extract("The Financial Times reported that air defence would be offered to Ukraine. "
                + "According to The Wall Street Journal, Ukraine wants security guarantees.", "2025-12-16");
        for (Claim c : en.claims()) {
            assertFalse(Set.of("The Wall Street Journal", "Financial Times").contains(name(en, c.holder())), c.toString());
        }
        assertHolder(en, claim(en, SG, "Ukraine wants"), "Ukraine");
    }

    @Test
    void anImplicitSpeakerCarriesAcrossSentences() {
        Extraction e = extract("美方官員表示，華府將繼續與烏方談判。官員指出，安全保障將包括監控機制。他也證實，"
                + "這些安全保障必須提交參議院審議。", "2025-12-15");
        assertHolder(e, claim(e, SG, "監控機制"), "United States");
        Claim senate = claim(e, SG, "參議院");
        assertHolder(e, senate, "United States");
        assertEquals(Stance.CONDITION, senate.stance());
        Extraction en = extract("A senior US official, Marco Rubio, said talks would go on. The official added that "
                + "Washington was ready to offer security guarantees.", "2025-12-16");
        assertHolder(en, claim(en, SG, "security guarantees"), "Marco Rubio", "United States");
    }

    @Test
    void aSpokespersonSpeaksForTheStateOthersForThemselves() {
        Extraction e = extract("Kremlin spokesman Dmitry Peskov said Russia rejected European peacekeepers. "
                + "Richard Haass said Washington should offer security guarantees.", "2025-12-16");
        assertHolder(e, claim(e, SG, "peacekeepers"), "Russia");
        assertHolder(e, claim(e, SG, "security guarantees"), "Richard Haass", "United States");
        Extraction zh = extract("克宮發言人佩斯科夫表示，任何北約國家的維和部隊都不可接受。", "2025-12-16");
        assertHolder(zh, claim(zh, SG, "維和部隊"), "Russia");
    }

    @Test
    void aQuoteIsHeldByTheSpeakerNamedAfterIt() {
        Extraction e = extract("「我們願意討論停火，但不會撤出頓巴斯。」澤倫斯基在晚間的講話中說。", "2025-11-20");
        Claim c = claim(e, TP, "頓巴斯");
        assertHolder(e, c, "Volodymyr Zelenskyy", "Ukraine");
        assertEquals(Stance.REJECT, c.stance());
        assertEquals("但不會撤出頓巴斯", c.evidence());
        Extraction en = extract("\"We will not withdraw from the Donbas,\" Zelensky said on Monday.", "2025-12-16");
        assertHolder(en, claim(en, TP, "Donbas"), "Volodymyr Zelenskyy", "Ukraine");
        assertEquals("2025-12-15", claim(en, TP, "Donbas").date());
    }

    @Test
    void whatTheStorySaysWithoutADateWasSaidOnTheDayItsLeadTells() {
        Extraction zh = extract("俄烏和談重啟\n\n兩國代表團昨天在日內瓦舉行會談，雙方都稱談判具建設性。\n\n"
                + "據與會官員說明，烏方要求保證國提供安全保證。", "2025-12-16");
        assertEquals("2025-12-15", claim(zh, SG, "安全保證").date());
        Extraction en = extract("Talks resume in Geneva\n\nNegotiators met in Geneva on Monday for a second round.\n\n"
                + "Ukraine asked the guarantor states for security guarantees.", "2025-12-17");
        assertEquals("2025-12-15", claim(en, SG, "security guarantees").date());
        Extraction undated = extract("Ukraine asked the guarantor states for security guarantees.", "2025-12-17");
        assertEquals("2025-12-17", claim(undated, SG, "security guarantees").date());
    }

    @Test
    void aStandfirstEndingOnAQuoteIsNoLead() {
        Extraction en = extract("UK and France pledge troops\n\nLeaders sign declaration, but Kremlin says soldiers "
                + "would be \"targets\"\n\nBritain and France signed a declaration in Paris on Tuesday.\n\n"
                + "Macron said France could contribute several thousand soldiers.", "2026-01-07");
        assertEquals("2026-01-06", claim(en, SG, "several thousand soldiers").date());
    }

    @Test
    void aSpeakerDatedOnceSpeaksOnThatDayFurtherOn() {
        Extraction e = extract("川普28日在海湖莊園會見澤倫斯基。\n\n澤倫斯基29日發文指出，安全保障必須經美國國會批准。\n\n"
                + "在領土問題上，澤倫斯基重申，烏克蘭不會撤出頓巴斯。", "2025-12-29");
        assertEquals("2025-12-29", claim(e, TP, "頓巴斯").date());
        Extraction old = extract("澤倫斯基曾於10月時表示，烏克蘭需要安全保障。\n\n澤倫斯基說，烏克蘭不會撤出頓巴斯。",
                "2025-12-29");
        assertEquals("2025-12-29", claim(old, TP, "頓巴斯").date()); // a saying months ago is another occasion
    }

    @Test
    void theDateIsWhenThePositionWasStated() {
        Extraction e = extract("普丁曾於10月時表示，俄方要求烏克蘭撤出頓巴斯地區。美方官員今天表示，美國不會派地面部隊。",
                "2025-12-15");
        assertEquals("2025-10", claim(e, TP, "頓巴斯").date());
        assertEquals("2025-12-15", claim(e, SG, "地面部隊").date());
        Extraction en = extract("US officials said on Monday that Washington was ready to offer security guarantees.",
                "2025-12-17");
        assertEquals("2025-12-15", claim(en, SG, "security guarantees").date());
    }

    @Test
    void conditionsAreKeptAsWritten() {
        Extraction zh = extract("澤倫斯基表示，任何領土讓步都只能由烏克蘭人民決定，可能需經公投。", "2025-12-15");
        Claim c = claim(zh, TP, "領土讓步");
        assertEquals(Stance.CONDITION, c.stance());
        assertEquals("需經公投", c.condition());
        assertTrue(c.evidence().endsWith("可能需經公投"), c.evidence());
        Extraction en = extract("The White House said the security guarantees would be binding, subject to Senate "
                + "approval.", "2025-12-16");
        Claim g = claim(en, SG, "security guarantees");
        assertEquals("subject to Senate approval", g.condition());
        assertEquals(Stance.CONDITION, g.stance());
    }

    @Test
    void negationTurnsAnOfferIntoARefusal() {
        for (String text : List.of("梅爾茲說，德國不會提供地面部隊。", "Britain said it will not send peacekeepers to Ukraine.",
                "法国拒绝向乌克兰派遣维和部队。")) {
            Extraction e = extract(text, "2025-12-15");
            assertEquals(1, e.claims().size(), e.claims().toString());
            assertEquals(Stance.REJECT, e.claims().get(0).stance(), text);
            assertTrue(e.claims().get(0).negated(), text);
        }
    }

    @Test
    void aRegionReferredBackToIsTheTerritoryAtStake() {
        Extraction e = extract("Moscow wants all of the Donbas region. Kyiv has refused to pull its troops out of "
                + "the region.", "2025-12-16");
        Claim c = claim(e, TP, "pull its troops out");
        assertHolder(e, c, "Ukraine");
        assertEquals(Stance.REJECT, c.stance());
        assertEquals(List.of("Donbas"), names(e, c.territories()));
    }

    @Test
    void aTopicOfTalksIsNoPosition() {
        Extraction e = extract("雙方在安全保障議題上已有進展。Talks over territory continued in Berlin.", "2025-12-15");
        assertEquals(List.of(), e.claims());
    }

    @Test
    void evidenceOffsetsPointIntoTheBody() {
        Extraction e = extract("（柏林15日電）美方官員今天表示，美國不會派地面部隊，但願提供空中支援。", "2025-12-15");
        assertEquals(2, e.claims().size(), e.claims().toString());
        for (Claim c : e.claims()) {
            assertEquals(c.evidence(), e.document().body().substring(c.start(), c.end()));
            assertTrue(c.confidence() > 0 && c.confidence() <= 1);
        }
    }

    @Test
    void aClaimTypeAddedInAUsersFilesJustWorks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("claims.tsv"), "CEASEFIRE\t停火\nCEASEFIRE\tceasefire\nSANCTIONS\tsanctions\n");
        Extractor extractor = Extractor.create(Lexicon.load(List.of(dir)));
        Extraction e = extractor.extract(new org.eventline.model.Article("t", null, null, "2025-12-15", null, null,
                null, "俄方拒絕無條件停火。The European Union proposed new sanctions on Russia.", "h"));
        Claim ceasefire = claim(e, "CEASEFIRE", "停火");
        assertHolder(e, ceasefire, "Russia");
        assertEquals(Stance.REJECT, ceasefire.stance());
        Claim sanctions = claim(e, "SANCTIONS", "sanctions");
        assertHolder(e, sanctions, "European Union");
        assertEquals(Stance.PROPOSE, sanctions.stance());
        assertTrue(claims(extract("俄方拒絕無條件停火。", "2025-12-15"), "CEASEFIRE", "停火").isEmpty(),
                "the bundled lexicon has no such type");
    }

    @Test
    void noHolderNoClaim() {
        Extraction e = extract("Security guarantees remain the hardest part of any deal.", "2025-12-16");
        assertEquals(List.of(), e.claims());
    }
    @Test
    void aDateRightAfterTheVerbAndItsObjectDatesTheStatementOneOfAPhraseOfItsOwnDoesNot() {
        String lead = "PARIS, Dec 20 (Reuters) - Talks went on.\n\n";
        Extraction demanded = extract(lead + "Putin demanded last month that Ukraine withdraw from Donetsk.", "2025-12-20");
        assertEquals("2025-11", claim(demanded, TP, "withdraw from Donetsk").date());
        Extraction proposed = extract(lead + "Russia rejected a plan proposed last week to send peacekeepers.",
                "2025-12-20");
        assertEquals("2025-12-20", claim(proposed, SG, "peacekeepers").date());
    }
}
