package org.eventline.extract.entity;

import org.eventline.extract.Lexicon;
import org.eventline.text.Language;
import org.eventline.text.Scripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actors and places as an analyst reads them, in Traditional and Simplified Chinese and in English. */
class EntityFinderTest {

    static final Gazetteer GAZETTEER = Gazetteer.from(Lexicon.bundled());
    static final EntityFinder FINDER = new EntityFinder(GAZETTEER);

    static List<EntityMention> find(String text) {
        boolean chinese = Language.isChinese(Language.detect(text));
        return FINDER.find(text, Scripts.normalize(text, chinese), chinese);
    }

    /** The mention whose text is {@code written}, or null. */
    static EntityMention mention(String text, String written) {
        return find(text).stream().filter(m -> m.text().equals(written)).findFirst().orElse(null);
    }

    static void assertMention(String text, String written, String key) {
        EntityMention m = mention(text, written);
        assertNotNull(m, written + " not found in " + text + ": " + find(text));
        assertEquals(key, m.entry().key(), written + " in " + text);
        assertEquals(text.indexOf(written), m.start(), "start of " + written);
        assertEquals(text.indexOf(written) + written.length(), m.end(), "end of " + written);
    }

    @ParameterizedTest(name = "{0} is {2}")
    @CsvSource({
            "川普表示將與普丁通話,川普,Q22686",
            "特朗普表示将与普京通话,特朗普,Q22686",
            "川普表示將與普丁通話,普丁,Q7747",
            "特朗普表示将与普京通话,普京,Q7747",
            "除非蒲亭政權意外垮台,蒲亭,Q7747",
            "澤倫斯基證實雙方仍有分歧,澤倫斯基,Q3874799",
            "澤連斯基周六晚間發表講話,澤連斯基,Q3874799",
            "泽连斯基周六晚间发表讲话,泽连斯基,Q3874799",
            "美國國務卿魯比歐抵達日內瓦,魯比歐,Q324546",
            "美国国务卿卢比奥抵达日内瓦,卢比奥,Q324546",
            "法國總統馬克宏說,馬克宏,Q3052772",
            "法国总统马克龙说,马克龙,Q3052772",
            "德國總理梅爾茨在柏林,梅爾茨,local:friedrich-merz",
            "德国总理默茨在柏林,默茨,local:friedrich-merz",
            "英國首相施凱爾表示,施凱爾,local:keir-starmer",
            "英国首相施纪贤表示,施纪贤,local:keir-starmer",
            "英国首相斯塔默表示,斯塔默,local:keir-starmer",
            "俄羅斯外長拉夫羅夫說,拉夫羅夫,local:sergei-lavrov",
            "俄罗斯外长拉夫罗夫说,拉夫罗夫,local:sergei-lavrov",
            "土耳其總統艾爾段表示,艾爾段,Q39259",
            "土耳其总统埃尔多安表示,埃尔多安,Q39259",
            "匈牙利總理奧班反對,奧班,Q57641",
            "匈牙利总理欧尔班反对,欧尔班,Q57641",
            "克宮發言人佩斯科夫說,佩斯科夫,local:dmitry-peskov",
            "美國特使威科夫抵達莫斯科,威科夫,local:steve-witkoff",
            "北約秘書長呂特表示,呂特,Q57792",
            "Ukrainian President Volodymyr Zelensky said,Volodymyr Zelensky,Q3874799",
            "Zelenskyy and Zelenskiy are one man,Zelenskiy,Q3874799",
            "Sergei Lavrov met Marco Rubio,Sergei Lavrov,local:sergei-lavrov",
            "Turkey's Recep Tayyip Erdogan hosted the talks,Recep Tayyip Erdogan,Q39259",
    })
    void transliterationsAndSpellingsNameOnePerson(String text, String written, String key) {
        assertMention(text, written, key);
    }

    @ParameterizedTest(name = "{1} stands for {2}")
    @CsvSource({
            "華府表示不會派兵,華府,Q30",
            "白宮拒絕評論,白宮,Q30",
            "克宮表示歡迎,克宮,Q159",
            "克里姆林宫表示欢迎,克里姆林宫,Q159",
            "The Kremlin said it was open to talks,The Kremlin,Q159",
            "the White House said on Monday,the White House,Q30",
            "Washington had not approved the draft,Washington,Q30",
            "with Kyiv refusing to cede land,Kyiv,Q212",
            "Brussels backed Ukraine's accession,Brussels,Q458",
            "Rome has ruled out sending troops,Rome,Q38",
            "華沙表示願意提供後勤基地,華沙,Q36",
            "美方官員表示,美方,Q30",
            "俄方不會接受,俄方,Q159",
            "烏方強調,烏方,Q212",
            "歐方願意提供支援,歐方,Q46",
            "中方一贯主张,中方,Q148",
            "the Ukrainian side rejected it,the Ukrainian side,Q212",
            "The Trump administration is pushing for a deal,Trump administration,Q30",
            "中华人民共和国外交部发言人表示,中华人民共和国,Q148",
            "中華民國政府表示關切,中華民國,Q865",
            "大韓民國總統李在明表示,大韓民國,Q884",
            "德意志联邦共和国总理默茨表示,德意志联邦共和国,Q183",
    })
    void metonymsAndPartyReferencesNameTheState(String text, String written, String key) {
        assertMention(text, written, key);
    }

    @Test
    void rolePhrasesTieUnknownPeopleToTheirState() {
        String text = "Finnish President Alexander Stubb said Europe must act. Stubb added that talks would go on.";
        EntityMention stubb = mention(text, "Alexander Stubb");
        assertNotNull(stubb);
        assertEquals("local:alexander-stubb", stubb.entry().key());
        EntityMention later = mention(text, "Stubb");
        assertNotNull(later, "the later surname is the same person");
        assertEquals(stubb.entry().key(), later.entry().key());
        assertEquals(text.lastIndexOf("Stubb"), later.start());
    }

    @Test
    void unknownTitledPeopleGetTheirStateAndARole() {
        String text = "Estonian Foreign Minister Margus Tsahkna told reporters the plan was unacceptable.";
        EntityMention m = mention(text, "Margus Tsahkna");
        assertNotNull(m, find(text).toString());
        assertEquals("local:margus-tsahkna", m.entry().key());
        assertEquals("Q191", m.entry().affiliation());
        assertEquals("foreign minister", m.entry().office());
    }

    @Test
    void envoyPhraseAndPossessiveTitle() {
        String text = "US envoy Steve Witkoff met Russia's Foreign Minister Sergei Lavrov.";
        assertMention(text, "Steve Witkoff", "local:steve-witkoff");
        assertMention(text, "US", "Q30");
        assertMention(text, "Sergei Lavrov", "local:sergei-lavrov");
    }

    @Test
    void chineseTitledNamesAreFoundWithTheirState() {
        String text = "芬蘭總統斯圖布表示，歐洲必須團結。立陶宛外長布迪里斯說，制裁應該加強。";
        assertMention(text, "斯圖布", "local:alexander-stubb");
        EntityMention m = mention(text, "布迪里斯");
        assertNotNull(m, find(text).toString());
        assertEquals(Kind.PERSON, m.entry().kind());
        assertEquals("Q37", m.entry().affiliation());
    }

    @Test
    void chineseNativeNamesAfterTitlesAreRomanised() {
        String text = "中國外交部長王毅表示，中方支持和談。中央社記者田明如台北28日電。";
        assertMention(text, "王毅", "local:wang-yi");
        EntityMention reporter = mention(text, "田明如");
        assertNotNull(reporter, find(text).toString());
        assertEquals("Tian Mingru", reporter.entry().name());
    }

    @Test
    void reportersNamesAreChineseEvenWhenTheirCharactersTransliterate() {
        String text = "俄羅斯總統普丁表示，俄方願意談判。中央社記者林文華莫斯科3日專電。";
        EntityMention reporter = mention(text, "林文華");
        assertNotNull(reporter, find(text).toString());
        assertEquals("Lin Wenhua", reporter.entry().name());
        assertEquals("local:lin-wenhua", reporter.entry().key());
    }

    @Test
    void transliterationsMatchInSoundAlikeSpellings() {
        assertMention("包括主辦普亭與澤倫斯基的元首會談", "普亭", "Q7747");
        assertMention("克宮發言人裴斯可夫表示", "裴斯可夫", "local:dmitry-peskov");
        assertMention("烏克蘭總統哲林斯基說", "哲林斯基", "Q3874799");
    }

    @Test
    void variantsThatAreWordsOrOtherNamesAreNotMade() {
        Gazetteer g = GAZETTEER;
        for (String word : List.of("普通", "丁香")) {
            assertTrue(g.match(word, word).isEmpty(), word);
        }
    }

    @Test
    void aNameSeveralPeopleShareIsToldApartByTheTitle() {
        String uk = "英國首相強生也表示，強生不相信俄方。";
        assertMention(uk, "強生", "Q180589");
        assertEquals(2, find(uk).stream().filter(m -> m.text().equals("強生")).count(), find(uk).toString());
        assertEquals("local:mike-johnson", mention("美國眾議院議長強生表示", "強生").entry().key());
        assertNull(mention("強生公司表示", "強生"), "without a title the name is no one's");
    }

    @Test
    void aShortNameInsideALongerKnownNameIsNoMatch() {
        String text = "泽连斯基2日在爱尔兰首都都柏林访问时说";
        assertTrue(find(text).stream().noneMatch(m -> m.entry().name().equals("Berlin")), find(text).toString());
        assertTrue(find("2月24日俄軍入侵").stream().noneMatch(m -> m.entry().name().equals("Japan")));
    }

    @Test
    void aCapitalIsAPlaceAsTheTargetOfAnAttackOrBesideAnotherPlace() {
        String attack = "俄軍昨天凌晨對基輔與東北部大城哈爾科夫發動大規模無人機與飛彈攻擊。";
        assertEquals(Kind.PLACE, mention(attack, "基輔").entry().kind());
        String around = "俄軍將大幅減少在首都基輔與北部城市契尼希夫周邊的軍事行動。";
        assertEquals(Kind.PLACE, mention(around, "基輔").entry().kind());
        String english = "Hegseth told allies in Brussels that the plan was unrealistic.";
        assertEquals(Kind.PLACE, mention(english, "Brussels").entry().kind());
        assertEquals(Kind.COUNTRY, mention("基輔表示不會接受", "基輔").entry().kind(), "the state speaks");
        assertEquals(Kind.COUNTRY, mention("美國對基輔施壓，要求讓步。", "基輔").entry().kind(), "pressure is on the state");
    }

    @Test
    void aCapitalInAWireDatelineOrNamingADocumentIsAPlace() {
        assertEquals(Kind.PLACE, mention("中央社／ 華沙3日綜合外電報導 波蘭總統表示", "華沙").entry().kind());
        assertEquals(Kind.PLACE, mention("新华社明斯克4月2日电 白俄罗斯外长表示", "明斯克").entry().kind());
        assertEquals(Kind.PLACE, mention("這份承諾與《布達佩斯備忘錄》一樣難以取信", "布達佩斯").entry().kind());
        assertEquals(Kind.PLACE, mention("Kyiv does not want another Budapest Memorandum.", "Budapest").entry().kind());
    }

    @Test
    void thePeopleFromAStateAreItsPeopleNotAPlace() {
        assertEquals(Kind.COUNTRY, mention("Negotiators from Turkey and Qatar met in Doha.", "Turkey").entry().kind());
        assertEquals(Kind.PLACE, mention("The envoy flew in from Turkey on Monday.", "Turkey").entry().kind());
    }

    @Test
    void theCountriesOfAListOfVenuesArePlaces() {
        String text = "雙方考慮在土耳其、瑞士或沙烏地阿拉伯等中立地點會面";
        assertEquals(Kind.PLACE, mention(text, "土耳其").entry().kind());
        assertEquals(Kind.PLACE, mention(text, "瑞士").entry().kind());
    }

    @Test
    void aCountryBeforeItsCapitalAndANeighbouringCountryArePlaces() {
        String text = "泽连斯基2日在爱尔兰首都都柏林访问时说";
        assertEquals(Kind.PLACE, mention(text, "爱尔兰").entry().kind());
        assertEquals(Kind.PLACE, mention(text, "都柏林").entry().kind());
        String en = "European fighter jets would be stationed in neighboring Poland.";
        assertEquals(Kind.PLACE, mention(en, "Poland").entry().kind());
    }

    @Test
    void aReportersNameEndsWhereTheKnownPlaceOfTheDatelineBegins() {
        String text = "（中央社記者呂柏萱安克拉治15日專電）美國總統川普今天抵達。";
        EntityMention reporter = mention(text, "呂柏萱");
        assertNotNull(reporter, find(text).toString());
        assertEquals(Kind.PERSON, reporter.entry().kind());
        assertNotNull(mention(text, "安克拉治"));
    }

    @Test
    void theRoleAloneNamesItsHolderNamedElsewhere() {
        String text = "Ukrainian President Volodymyr Zelensky met envoys. The Ukrainian president told reporters he was sceptical.";
        List<EntityMention> ms = find(text);
        int second = text.indexOf("president told");
        EntityMention role = ms.stream().filter(m -> m.start() == second).findFirst().orElse(null);
        assertNotNull(role, ms.toString());
        assertEquals("Q3874799", role.entry().key());
    }

    @Test
    void abbreviatedListsNameEveryParty() {
        String text = "美、烏、歐三方經兩天密集協商後達成共識，美歐願提供保障，俄烏戰爭仍在持續。";
        List<EntityMention> ms = find(text);
        assertEquals("Q30", at(ms, text.indexOf("美、")).entry().key());
        assertEquals("Q212", at(ms, text.indexOf("烏、")).entry().key());
        assertEquals("Q46", at(ms, text.indexOf("歐三方")).entry().key());
        assertEquals("Q30", at(ms, text.indexOf("美歐")).entry().key());
        assertEquals("Q46", at(ms, text.indexOf("美歐") + 1).entry().key());
        assertEquals("Q159", at(ms, text.indexOf("俄烏")).entry().key());
        assertEquals("Q212", at(ms, text.indexOf("俄烏") + 1).entry().key());
    }

    @Test
    void oneAbbreviationAfterAPrepositionIsTheState() {
        String text = "支援歐洲對烏安全保障";
        assertEquals("Q212", at(find(text), text.indexOf("烏")).entry().key());
    }

    @Test
    void abbreviationsInsideWordsAreNoStates() {
        for (String text : List.of("油價以美元計算", "中央社報導", "日前宣布", "其中國家安全最重要", "依法律規定", "完美方案")) {
            List<EntityMention> ms = find(text);
            assertTrue(ms.stream().noneMatch(m -> m.entry().kind() == Kind.COUNTRY), text + " → " + ms);
        }
    }

    @Test
    void glossedNamesGiveTheCanonicalNameAndLaterMentions() {
        String text = "未來學家高布（Florence Gaub）指出，戰爭平均持續15個月。高布認為衝突難以結束。";
        EntityMention first = mention(text, "高布");
        assertNotNull(first, find(text).toString());
        assertEquals("local:florence-gaub", first.entry().key());
        assertEquals("Florence Gaub", first.entry().name());
        assertEquals(Kind.PERSON, first.entry().kind());
        EntityMention later = find(text).stream().filter(m -> m.start() == text.lastIndexOf("高布")).findFirst().orElse(null);
        assertNotNull(later);
        assertEquals("local:florence-gaub", later.entry().key());
    }

    @Test
    void glossedOrganisationTakesItsNameAfterTheDescriptor() {
        String text = "華府智庫布蘭德研究所（Brand Institute）的報告指出，戰爭將延續。";
        EntityMention m = mention(text, "布蘭德研究所");
        assertNotNull(m, find(text).toString());
        assertEquals("local:brand-institute", m.entry().key());
        assertEquals(Kind.ORGANIZATION, m.entry().kind());
    }

    @Test
    void glossOfAKnownNameAddsItsTransliteration() {
        String text = "烏克蘭總統澤倫斯基（Volodymyr Zelenskyy）與蒲亭（Vladimir Putin）都未讓步。";
        assertMention(text, "蒲亭", "Q7747");
        assertMention(text, "Vladimir Putin", "Q7747");
    }

    @Test
    void englishAppositionNamesAnUnknownExpert() {
        String text = "Florence Gaub, a futurist at the EU Council, said wars last 15 months on average.";
        EntityMention m = mention(text, "Florence Gaub");
        assertNotNull(m, find(text).toString());
        assertEquals(Kind.PERSON, m.entry().kind());
        assertEquals("Q8886", m.entry().affiliation(), "the EU Council it works for");
    }

    @Test
    void englishNamesSetOffOrDescribedAsLawmakersArePeople() {
        String text = "Kenya's envoy, Amina Otieno, replied at once. Dale Brewer of North Dakota, the senior Republican "
                + "on the Budget Committee, spoke next. Tom Harlan, the Ohio Democrat, said little. Defence minister "
                + "Pia Lund agreed with Carla DeLuca, a senator.";
        for (String name : List.of("Amina Otieno", "Dale Brewer", "Tom Harlan", "Pia Lund", "Carla DeLuca")) {
            EntityMention m = mention(text, name);
            assertNotNull(m, name + " in " + find(text));
            assertEquals(Kind.PERSON, m.entry().kind(), name);
        }
        assertEquals("Q114", mention(text, "Amina Otieno").entry().affiliation(), "the state named before the title");
        assertNotNull(mention(text, "Budget Committee"), "the committee, without the role before it");
        assertTrue(find(text).stream().noneMatch(m -> m.text().startsWith("Republican on")), find(text).toString());
    }

    @Test
    void aNameOfSeveralWordsMatchesPastItsFirstWordInAnyCase() {
        String text = "Ukraine's defence ministry said the us-led talks went on; the Ukrainian air force disagreed.";
        assertEquals("Ministry of Defence of Ukraine", mention(text, "Ukraine's defence ministry").entry().name());
        assertEquals("Ukrainian Air Force", mention(text, "Ukrainian air force").entry().name());
        assertTrue(find(text).stream().noneMatch(m -> m.text().equals("us")), "a capital of a one-word name stays required");
        String lower = "officials at the ukrainian air force base said so.";
        assertTrue(find(lower).stream().noneMatch(m -> m.text().startsWith("ukrainian")), "the first word keeps its capital");
    }

    @Test
    void aBuildingBeforeASpeechVerbIsNoSpeaker() {
        String text = "Medinsky, speaking after the meeting at the Dolmabahce Palace, said Russia was satisfied.";
        assertTrue(find(text).stream().noneMatch(m -> m.text().contains("Dolmabahce")), find(text).toString());
    }

    @Test
    void capitalisedOrganisationNamesAreFound() {
        String text = "Analysts at the Kyiv School of Economics said the Kremlin would not yield.";
        EntityMention m = mention(text, "Kyiv School of Economics");
        assertNotNull(m, find(text).toString());
        assertEquals(Kind.ORGANIZATION, m.entry().kind());
        assertMention(text, "the Kremlin", "Q159");
    }

    @ParameterizedTest(name = "{1} in \"{0}\" is a place")
    @CsvSource({
            "俄軍轟炸基輔和烏克蘭中部,基輔,Q1899",
            "美方官員與歐、烏領袖於柏林會談,柏林,Q64",
            "Witkoff will travel to Germany this weekend,Germany,place:Q183",
            "the latest round of talks in Berlin,Berlin,Q64",
            "Zelensky met Trump at the White House,the White House,local:white-house",
            "澤倫斯基訪問德國,德國,place:Q183",
            "the talks will be held in Moscow,Moscow,Q649",
    })
    void capitalsAndCountriesNamedAsPlacesArePlaces(String text, String written, String key) {
        assertMention(text, written, key);
        assertEquals(Kind.PLACE, mention(text, written).entry().kind());
    }

    @Test
    void sameCapitalAsSpeakerIsTheState() {
        String text = "Kyiv refused the plan, while a drone struck Kyiv overnight.";
        List<EntityMention> ms = find(text);
        assertEquals("Q212", at(ms, 0).entry().key());
        assertEquals("Q1899", at(ms, text.lastIndexOf("Kyiv")).entry().key());
    }

    @Test
    void europeStaysApartFromTheEuropeanUnion() {
        String text = "European leaders met in Brussels, and the European Union agreed; 歐洲領袖與歐盟都支持。";
        assertMention(text, "European leaders", "Q46");
        assertMention(text, "the European Union", "Q458");
        assertMention(text, "歐洲領袖", "Q46");
        assertMention(text, "歐盟", "Q458");
    }

    @Test
    void mediaAreTypedMedia() {
        String text = "The Wall Street Journal and 路透社 reported, citing 紐約時報.";
        for (String written : List.of("The Wall Street Journal", "路透社", "紐約時報")) {
            assertEquals(Kind.MEDIA, mention(text, written).entry().kind(), written);
        }
    }

    @Test
    void demonymsNameTheStateOnlyBeforeARoleOrCollective() {
        assertMention("the Belgian government being particularly sceptical", "Belgian government", "Q31");
        assertMention("Belgian officials were particularly sceptical", "Belgian", "Q31");
        assertNull(mention("Euroclear, a Belgian bank", "Belgian"));
        assertMention("talks with Ukrainian and Russian representatives", "Russian", "Q159");
        assertMention("talks with Ukrainian and Russian representatives", "Ukrainian", "Q212");
    }

    @Test
    void lowerCaseWordsAreNoNames() {
        assertTrue(find("tell us what you trump up").isEmpty(), find("tell us what you trump up").toString());
    }

    @Test
    void fullWidthLatinMatches() {
        String text = "烏克蘭已放棄加入北約（ＮＡＴＯ）";
        assertMention(text, "ＮＡＴＯ", "Q7184");
    }

    @Test
    void everyCountryHasItsThreeScriptNames() {
        assertMention("秘魯與烏拉圭", "秘魯", "Q419");
        assertMention("秘鲁与乌拉圭", "乌拉圭", "Q77");
        assertMention("Talks with Uruguay", "Uruguay", "Q77");
        assertMention("冰島與列支敦斯登", "列支敦斯登", "Q347");
    }

    @Test
    void placesAtStakeInBothScripts() {
        assertMention("頓巴斯、札波羅熱與赫爾松", "札波羅熱", "local:zaporizhzhia-oblast");
        assertMention("顿涅茨克和扎波罗热核电站", "扎波罗热核电站", "local:zaporizhzhia-nuclear-power-plant");
        assertMention("顿涅茨克和扎波罗热核电站", "顿涅茨克", "local:donetsk-oblast");
        assertMention("巴赫穆特、阿夫迪伊夫卡和波克罗夫斯克", "波克罗夫斯克", "local:pokrovsk");
        assertMention("攻入庫斯克州", "庫斯克州", "local:kursk-oblast");
        assertMention("Russian ships in the Black Sea", "Black Sea", "Q166");
    }

    @Test
    void aPluralRegionWordMakesEachPlaceOfTheListARegion() {
        String text = "Shelling hit Ukraine's Sumy and Kharkiv regions overnight, and a drone struck Kharkiv itself.";
        assertMention(text, "Sumy", "local:sumy-oblast");
        assertEquals("local:kharkiv-oblast", at(find(text), text.indexOf("Kharkiv")).entry().key());
        assertEquals("Q42308", at(find(text), text.lastIndexOf("Kharkiv")).entry().key());
    }

    @Test
    void aWorldCapitalStandsForItsStateUnlessItIsWhereSomethingHappens() {
        assertMention("Bucharest said it would back Moldova.", "Bucharest", "Q218");
        assertMention("Putin left Seoul on Friday after talks in Bern.", "Seoul", "local:seoul");
        assertMention("Putin left Seoul on Friday after talks in Bern.", "Bern", "local:bern");
    }

    private static EntityMention at(List<EntityMention> ms, int start) {
        return ms.stream().filter(m -> m.start() == start).findFirst()
                .orElseThrow(() -> new AssertionError("nothing at " + start + ": " + ms));
    }

    @Test
    void aGlossedNameAfterAWordForAKindOfPlaceIsAPlace() {
        String text = "兩國代表團在沙烏地西北部古城歐拉（AlUla）舉行會談，並曾在琉森湖畔的布爾根施托克（Bürgenstock）舉辦峰會。";
        assertEquals(Kind.PLACE, mention(text, "AlUla").entry().kind());
        assertEquals(Kind.PLACE, mention(text, "Bürgenstock").entry().kind());
        assertEquals(Kind.PLACE, mention(text, "歐拉").entry().kind());
    }

    @Test
    void aKoreanNameIsWrittenAgainByItsFamilyName() {
        EntityMention lee = mention("South Korean President Lee Jae-myung opened the conference. Lee said Korea would "
                + "help.", "Lee");
        assertNotNull(lee);
        assertEquals("Lee Jae-myung", lee.entry().name());
    }

    @Test
    void aWordForACityBeforeOrAfterARegionsNameMakesItTheCity() {
        String zh = "俄軍攻擊東南部城市札波羅熱（Zaporizhzhia），並要求烏方撤出赫爾松。";
        assertEquals("Zaporizhzhia", mention(zh, "札波羅熱").entry().name());
        assertEquals("Zaporizhzhia", mention(zh, "Zaporizhzhia").entry().name(), "the gloss names the city too");
        assertEquals("Kherson Oblast", mention(zh, "赫爾松").entry().name(), "a bare name is the region");
        String en = "Drones hit the city of Kherson overnight; Moscow claims all of Kherson.";
        assertEquals(List.of("Kherson", "Kherson Oblast"), find(en).stream()
                .filter(m -> m.text().contains("Kherson")).map(m -> m.entry().name()).toList());
    }
}
