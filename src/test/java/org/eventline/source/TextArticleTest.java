package org.eventline.source;

import org.eventline.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article in text copied from a browser: from the headline to the last paragraph. */
class TextArticleTest {

    @Test
    void traditionalChineseWithBreakingNewsAboveAndCommentRulesBelow() throws Exception {
        Article a = Fixtures.dump("zh-hant-breaking.txt");
        assertEquals("北約峰會前夕 歐洲多國承諾增兵波羅的海", a.title());
        assertTrue(a.body().startsWith("北約峰會前夕 歐洲多國承諾增兵波羅的海\n\n記者李大同／布魯塞爾報導"), a.body());
        assertFalse(a.body().contains("2025/12/15 21:04"), "the page's date line is metadata");
        assertTrue(a.body().contains("防空缺口成焦點"), "a subheading between paragraphs stays");
        assertTrue(a.body().endsWith("才能讓俄國相信任何挑釁都將付出代價。"), a.body());
        for (String furniture : new String[] {"寒流", "台股", "首頁", "延伸閱讀", "立陶宛總統", "請遵守法律規範"}) {
            assertFalse(a.body().contains(furniture), furniture);
        }
        assertEquals("李大同", a.author());
        assertEquals("2025-12-15T21:04", a.published());
    }

    @Test
    void simplifiedChinesePortalWithSourceLineAndEditorsNote() throws Exception {
        Article a = Fixtures.dump("zh-hans-portal.txt");
        assertEquals("欧盟峰会讨论动用冻结资产援助乌克兰", a.title());
        assertTrue(a.body().startsWith("欧盟峰会讨论动用冻结资产援助乌克兰\n欧盟领导人15日"), a.body());
        assertTrue(a.body().endsWith("（责任编辑：李华）"), a.body());
        assertFalse(a.body().contains("相关阅读"));
        assertFalse(a.body().contains("网友评论"));
        assertFalse(a.body().contains("新能源汽车"));
        assertEquals("张明", a.author());
        assertEquals("2025-12-15T20:31:07", a.published());
    }

    @Test
    void englishPageWithAdvertsInsideAndCommentsBelow() throws Exception {
        Article a = Fixtures.dump("en-news.txt");
        assertEquals("Allies agree on air defence plan ahead of winter", a.title());
        assertTrue(a.body().startsWith("Allies agree on air defence plan ahead of winter\n\nEuropean defence ministers"), a.body());
        assertTrue(a.body().contains("\"We cannot let Ukraine face another winter"), "an advert line does not cut the article");
        assertFalse(a.body().contains("Advertisement"));
        assertTrue(a.body().endsWith("some orders would take years to fill."), a.body());
        assertFalse(a.body().contains("I will believe it when the systems actually arrive"), "readers' comments are not the article");
        assertEquals("Anna Smith", a.author());
        assertEquals("2025-12-14", a.published());
    }

    @Test
    void buttonsCountersAndCaptionsBetweenHeadlineAndText() throws Exception {
        Article a = Fixtures.dump("zh-hant-buttons.txt");
        assertEquals("外交部譴責無人機侵擾 盼國際社會正視區域安全", a.title());
        assertEquals("張文華", a.author());
        assertEquals("2025-12-16T14:22", a.published());
        assertTrue(a.body().startsWith(a.title() + "\n2025-12-16 14:22 記者張文華／台北報導\n\n外交部今天表示"), a.body());
        assertFalse(a.body().contains("▲外交部發言人"), "a photo caption is not the article");
        assertFalse(a.body().contains("兩岸"));
        assertTrue(a.body().endsWith("確保國人生命財產安全。"), a.body());
    }

    @Test
    void standfirstUnderTheHeadlineAndReportersPlacedWhereTheyFile() throws Exception {
        Article a = Fixtures.dump("en-standfirst.txt");
        assertEquals("Ministers agree to study a monitoring mission for the Black Sea", a.title());
        assertEquals("Helen Marsh, Tomas Berg", a.author());
        assertTrue(a.body().startsWith(a.title() + "\n\nTurkey says it could host"), a.body());
        assertFalse(a.body().contains("Helen Marsh"), "the byline is metadata");
        assertTrue(a.body().endsWith("to be credible."), a.body());
    }

    @Test
    void headlineAndStandfirstInARowBothStay() throws Exception {
        String text = """
                Nordic states offer air patrols over western Ukraine after a truce
                Finland and Sweden say their jets could police the skies from bases in Poland, while Norway weighs sending naval officers to the Black Sea

                Finland and Sweden are prepared to fly air patrols over western Ukraine once a truce holds, their defence ministers said on Monday, in the most concrete offer yet from the Nordic states.

                Norway said it would decide in the spring whether to send naval officers to help clear mines from Black Sea shipping lanes, a task Kyiv has asked its partners to take on.
                """;
        Article a = read("nordic.txt", text);
        assertEquals("Nordic states offer air patrols over western Ukraine after a truce", a.title());
        assertTrue(a.body().startsWith(a.title() + "\nFinland and Sweden say their jets"), a.body());
        assertTrue(a.body().endsWith("to take on."), a.body());
    }

    @Test
    void aBlankLineBetweenHeadlineAndStandfirstKeepsBoth() throws Exception {
        String text = """
                Baltic ministers back a naval mission for the Black Sea after a truce

                Estonia and Latvia say their minehunters could join a coalition effort, as Lithuania weighs sending staff officers to Odesa

                Estonia and Latvia are prepared to send minehunters to the Black Sea once a truce holds, their defence ministers said on Tuesday, in the first such offer from the Baltic states.

                Lithuania said it would decide within weeks whether to send staff officers to Odesa, a step Kyiv has asked its partners to consider.
                """;
        Article a = read("baltic.txt", text);
        assertEquals("Baltic ministers back a naval mission for the Black Sea after a truce", a.title());
        assertTrue(a.body().startsWith(a.title() + "\n\nEstonia and Latvia say"), a.body());
    }

    @Test
    void aNameWithItsDeskIsAByline() throws Exception {
        String text = """
                Nordic leaders pledge jets for a Ukraine air mission

                Jane Holloway, Defence Correspondent
                Tuesday 4 March 2025

                Nordic leaders said on Monday they would commit fighter jets to an air mission over western Ukraine once a ceasefire holds, after talks in Oslo that ran late into the evening.

                The offer is the most detailed yet from the region, officials said, and would be reviewed by defence ministers next month.
                """;
        Article a = read("jets.txt", text);
        assertEquals("Nordic leaders pledge jets for a Ukraine air mission", a.title());
        assertEquals("Jane Holloway", a.author());
        assertFalse(a.body().contains("Defence Correspondent"), a.body());
    }

    @Test
    void aChineseHeadlineOnTwoLinesStaysWhole() throws Exception {
        String text = """
                芬蘭總統年終記者會：北歐將派戰機 巡邏烏西領空
                願在停火後參與空中任務 斥俄方威脅「不可接受」

                【本報專訊】芬蘭總統昨日（19日）舉行年終記者會，歷時兩小時。他表示，北歐國家願在停火後派出戰機，參與烏克蘭西部的空中巡邏任務，並與波蘭協調基地安排。

                他又說，俄方近日對北歐的威脅「不可接受」，芬蘭不會因此改變立場，國防部將在下月提交具體方案。
                """;
        Article a = read("jets-zh.txt", text);
        assertEquals("芬蘭總統年終記者會：北歐將派戰機 巡邏烏西領空", a.title());
        assertTrue(a.body().startsWith(a.title() + "\n願在停火後"), a.body());
    }

    @Test
    void howLongAgoAPageWasPostedIsNoHeadline() throws Exception {
        String text = """
                Home
                News
                World

                Ukraine and Poland agree to study joint air patrols

                3 hours ago

                Share

                Ukraine and Poland agreed on Monday to study joint air patrols over the west of Ukraine, their defence ministers said after talks in Rzeszow that lasted most of the day.

                The two ministers said a working group would report within a month on how such patrols could operate once a ceasefire holds.
                """;
        Article a = read("patrols.txt", text);
        assertEquals("Ukraine and Poland agree to study joint air patrols", a.title());
        assertFalse(a.body().contains("hours ago"), a.body());
    }

    @Test
    void manyShareButtonsAndAnUpdatedLineBetweenHeadlineAndText() throws Exception {
        Article a = Fixtures.dump("en-share-buttons.txt");
        assertEquals("Negotiators say a revised framework is ready after two days of talks in Vienna", a.title());
        assertEquals("Laura Finch, Piotr Nowak", a.author());
        assertEquals("2025-12-03T18:05+01:00", a.published());
        assertTrue(a.body().startsWith(a.title() + "\n\nVIENNA (AP) — Negotiators"), a.body());
        for (String furniture : new String[] {"Trending", "Updated", "Copy Link", "Reddit", "ADVERTISEMENT", "Copyright"}) {
            assertFalse(a.body().contains(furniture), furniture);
        }
    }

    @Test
    void reporterSourceLineAndFontSizeButtonBetweenHeadlineAndText() throws Exception {
        Article a = Fixtures.dump("zh-hans-font-size.txt");
        assertEquals("多国外长在维也纳会晤 同意研究黑海监督机制", a.title());
        assertEquals("李明远", a.author());
        assertEquals("2025-12-03T18:20", a.published());
        assertTrue(a.body().startsWith(a.title() + "\n\n据路透社报道"), a.body());
        assertFalse(a.body().contains("字号"));
        assertFalse(a.body().contains("2025-12-03 18:20"));
    }

    @Test
    void plainArticleWithoutFurniture() throws Exception {
        Article a = Fixtures.dump("en-plain.txt");
        assertEquals("Ceasefire monitors to be drawn from neutral countries, draft says", a.title());
        assertTrue(a.body().startsWith(a.title() + "\nA draft document"), a.body());
        assertTrue(a.body().endsWith("expected to be discussed at the next round of talks."));
        assertNull(a.author());
        assertNull(a.published());
    }

    @Test
    void aShortSentenceClosingTheArticleStaysAndButtonsDoNot() throws Exception {
        Article a = read("talks.txt", """
                Envoys meet in Vienna

                字号：大 中 小

                Envoys of the two countries met in Vienna on Monday to discuss a monitoring mission for the Black Sea, \
                officials said, and agreed to meet again after the holidays.

                Both delegations are expected to report to their governments this week, according to diplomats.

                The envoys left Vienna on Tuesday morning.

                Share
                """);
        assertTrue(a.body().endsWith("The envoys left Vienna on Tuesday morning."), a.body());
        assertFalse(a.body().contains("字号"), a.body());

        Article credited = read("credited.txt", """
                Envoys meet in Vienna

                Envoys of the two countries met in Vienna on Monday to discuss a monitoring mission for the Black Sea, \
                officials said, and agreed to meet again after the holidays.

                Additional reporting by Jane Roe in Vienna.
                """);
        assertFalse(credited.body().contains("Jane Roe"), credited.body());
    }

    @Test
    void aShortNoteIsKeptWhole() throws Exception {
        Article a = read("note.txt", "普丁要求烏克蘭割讓頓巴斯。");
        assertEquals("普丁要求烏克蘭割讓頓巴斯。", a.body());
    }

    @Test
    void markdownLosesItsMarkup() throws Exception {
        String md = """
                ---
                layout: post
                ---
                # Talks resume in Geneva

                Delegations from both sides **met again** in Geneva on Monday, according to [officials](https://example.org/x), and agreed to keep talking next month.
                """;
        Article a = read("notes.md", md);
        assertEquals("Talks resume in Geneva", a.title());
        assertTrue(a.body().contains("Delegations from both sides met again in Geneva on Monday, according to officials, and"), a.body());
    }

    /** A text file of that name and content, read as the command line reads one. */
    @Test
    void anAuthorsNameOverTheLineSayingWhatTheyWriteIsNoHeadline() throws Exception {
        String text = """
                Moldova asks for a seat at any talks on Transnistria

                12 March 2026
                Share
                Elena Rusu
                South-east Europe correspondent, Chisinau

                Moldova's president said on Wednesday that no deal on the breakaway region of Transnistria could be made without her country at the table, as diplomats prepared for a new round of talks.

                Officials in Chisinau said they had asked the European Union to raise the matter with Washington before the talks resumed next month.
                """;
        Article a = read("moldova.txt", text);
        assertEquals("Moldova asks for a seat at any talks on Transnistria", a.title());
        assertEquals("Elena Rusu", a.author());
        assertTrue(a.body().startsWith(a.title() + "\n\nMoldova's president said"), a.body());
    }

    @Test
    void aStaffWriterLineUnderTheBylineIsNoHeadline() throws Exception {
        String text = """
                Seoul to send mine-clearing experts to Ukraine after a truce

                By Park Ji-won
                Staff writer
                Apr 2, 2026

                South Korea will send a team of mine-clearing experts to Ukraine once a ceasefire is in place, the foreign ministry said on Thursday, stressing that no combat troops would go.

                The team would work under a mission led by European states, the ministry said.
                """;
        Article a = read("seoul.txt", text);
        assertEquals("Seoul to send mine-clearing experts to Ukraine after a truce", a.title());
        assertEquals("Park Ji-won", a.author());
        assertFalse(a.body().contains("Staff writer"), a.body());
    }

    @Test
    void anAnalysisHeadlineOverItsSummaryKeepsBoth() throws Exception {
        String text = """
                Analysis: A buffer zone on paper may be harder to police than a front line

                Planners in Brussels doubt that a strip along the border can be watched without troops on the ground

                By Tom Archer
                May 5, 2026

                For months the idea of a demilitarised strip has been floated by both sides, each drawing it on the other's land, and each finding the other's map unacceptable.

                The hard part, officials say, is not the line itself but who would stand on it.
                """;
        Article a = read("analysis.txt", text);
        assertEquals("Analysis: A buffer zone on paper may be harder to police than a front line", a.title());
        assertTrue(a.body().startsWith(a.title() + "\n\nPlanners in Brussels doubt"), a.body());
    }

    @Test
    void aShareLineAndAReadCounterUnderAChineseHeadlineAreNoText() throws Exception {
        String text = """
                首页 | 新闻 | 国际
                多国外长在里加会晤 讨论停火后空中巡逻
                2026-05-20 09:12:40　来源：综合　阅读量：1.8万
                分享到： 微信 微博
                据外媒报道，多国外长20日在拉脱维亚首都里加会晤，讨论停火后在乌克兰上空执行空中巡逻的方案，与会各方同意在下月提出具体计划。
                拉脱维亚外长表示，各国将在北约框架外组成一支联合巡逻力量，并欢迎更多国家加入。
                """;
        Article a = read("riga.txt", text);
        assertEquals("多国外长在里加会晤 讨论停火后空中巡逻", a.title());
        assertTrue(a.body().startsWith(a.title() + "\n据外媒报道"), a.body());
    }

    @Test
    void aHeadlineOpeningASavedPageAboveItsMenusAndTrailIsTheHeadline() throws Exception {
        String text = """
                多国外长在里加会晤 讨论停火后空中巡逻
                网站首页
                新闻
                体育
                财经
                登录 注册
                新闻中心 > 国际新闻 > 正文
                2026-05-20 09:12:40　来源：综合　　参与评论 1286 人
                据外媒报道，多国外长20日在拉脱维亚首都里加会晤，讨论停火后在乌克兰上空执行空中巡逻的方案，与会各方同意在下月提出具体计划。
                拉脱维亚外长表示，各国将在北约框架外组成一支联合巡逻力量，并欢迎更多国家加入。
                """;
        Article a = read("riga-page.txt", text);
        assertEquals("多国外长在里加会晤 讨论停火后空中巡逻", a.title());
        assertTrue(a.body().startsWith(a.title() + "\n\n据外媒报道"), a.body());
        assertFalse(a.body().contains("正文") || a.body().contains("参与评论") || a.body().contains("登录"), a.body());
    }

    @Test
    void aSummaryUnderTheLineAFileOpensWithKeepsBothAndACaptionLineGoes() throws Exception {
        String text = """
                Seoul pledges $1.2 bil. for Ukraine's recovery, rules out sending weapons

                Donor conference draws 40 countries; Kyiv says rebuilding needs security guarantees first

                Seoul hosted an international conference on Ukraine's reconstruction on Wednesday, pledging new aid while keeping its ban on arms exports to countries at war.

                Image caption, Delegates at the opening session of the conference

                Officials said the money would go to demining, power grids and air-raid shelters over five years.
                """;
        Article a = read("seoul.txt", text);
        assertEquals("Seoul pledges $1.2 bil. for Ukraine's recovery, rules out sending weapons", a.title());
        assertTrue(a.body().startsWith(a.title() + "\n\nDonor conference draws"), a.body());
        assertFalse(a.body().contains("Image caption"), a.body());
    }

    private static Article read(String name, String text) throws Exception {
        return new ArticleReader().read(name, text.getBytes(StandardCharsets.UTF_8), null);
    }
}
