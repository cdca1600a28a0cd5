package org.eventline.source;

import org.eventline.model.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Main text and metadata of the project's own HTML pages, one metadata source after another. */
class HtmlArticleTest {

    @Test
    void jsonLdAndOpenGraph() throws Exception {
        Article a = Fixtures.page("jsonld-zh.html");
        // og:title carries the site's name; the headline shown on the page does not
        assertEquals("歐洲提出安全保障方案 烏克蘭盼美國背書", a.title());
        // JSON-LD datePublished, with the entity-escaped "+" of some sites
        assertEquals("2025-12-15T18:40+08:00", a.published());
        // the JSON-LD author is "記者周雅婷／綜合報導": the name alone
        assertEquals("周雅婷", a.author());
        assertEquals("河岸新聞網", a.site());
        assertEquals("https://news.example.tw/world/20251215/8841", a.url());
        assertEquals("zh-Hant", a.language());
    }

    @Test
    void mainTextKeepsHeadlineAndParagraphsInOrderAndDropsFurniture() throws Exception {
        String body = Fixtures.page("jsonld-zh.html").body();
        String[] inOrder = {"歐洲提出安全保障方案 烏克蘭盼美國背書", "歐洲多國領袖15日在柏林發表聯合聲明", "聲明指出，若俄國日後再度攻擊烏克蘭",
            "烏克蘭總統澤倫斯基表示", "領土問題仍待解決", "美方官員則表示，華府不會派遣地面部隊"};
        int at = -1;
        for (String s : inOrder) {
            int i = body.indexOf(s);
            assertTrue(i > at, "missing or out of order: " + s + "\n" + body);
            at = i;
        }
        assertTrue(body.startsWith(inOrder[0]), body);
        for (String furniture : new String[] {"國際", "快訊", "分享", "複製連結", "（圖／路透）", "廣告", "相關新聞", "美烏柏林會談結束",
            "網友留言", "恐怕很難讓人相信", "股市收盤", "版權所有"}) {
            assertFalse(body.contains(furniture), "kept " + furniture + ":\n" + body);
        }
    }

    @Test
    void titleTimeElementAndEnglishByline() throws Exception {
        Article a = Fixtures.page("byline-en.html");
        // <title> without the site's name, matching the h1
        assertEquals("Envoys meet in Berlin as talks on a ceasefire resume", a.title());
        assertEquals("2025-12-14T16:20+01:00", a.published());
        assertEquals("Jane Roe, John Doe", a.author());
        assertEquals("The Morning Ledger", a.site());
        assertEquals("en", a.language());
        String body = a.body();
        assertTrue(body.contains("a second round of talks on a ceasefire"), body);
        assertTrue(body.contains("Productive day in Berlin"), "an embedded post is quoted text:\n" + body);
        assertTrue(body.contains("withdraw from the parts of the Donetsk region it still holds"), body);
        for (String furniture : new String[] {"Home", "By Jane Roe", "Photo: Officials arrive", "Sign up for our daily briefing",
            "Follow us on Twitter", "More stories", "Markets rally"}) {
            assertFalse(body.contains(furniture), "kept " + furniture + ":\n" + body);
        }
    }

    @Test
    void visibleDateLineRefinesADateOnlyMetaAndTheBylineBeatsAnOutletAsAuthor() throws Exception {
        Article a = Fixtures.page("visible-date-zh.html");
        assertEquals("立委質詢國防預算 部長：採購案按進度執行", a.title());
        assertEquals("2025-12-16T11:05", a.published(), "the time under the headline, the page's local time");
        assertEquals("王小明", a.author(), "記者王小明／台北報導, not the outlet in the author meta");
        assertEquals("北方日報", a.site());
        assertTrue(a.body().contains("記者王小明／台北報導"), "a Chinese byline line is part of the article");
        assertFalse(a.body().contains("寒流"), a.body());
    }

    @Test
    void agencyDatelineAndTheUpdateTimeTheReaderSees() throws Exception {
        Article a = Fixtures.page("agency-dateline.html");
        assertEquals("林小華", a.author(), "（中央社記者林小華柏林15日電）: the name without the place");
        assertEquals("2025-12-15T10:48", a.published());
        assertEquals("德國主辦和平會議 歐洲領袖齊聚柏林", a.title());
        assertEquals("中央社 CNA", a.site());
        assertTrue(a.body().contains("會議重點是停火後的安全保障與重建經費"), a.body());
    }

    @Test
    void metadataInUtcTakesTheZoneOfTheTimeShownAndATranslatorIsTheAuthor() throws Exception {
        Article a = Fixtures.page("utc-meta.html");
        assertEquals("2025-12-15T09:30+08:00", a.published());
        assertEquals("2025-12-15", a.publishedDate());
        assertEquals("陳大文", a.author());
        assertEquals("外交部：持續關注俄烏停火談判", a.title());
        assertEquals("zh-Hant", a.language());
    }

    @Test
    void mainlandPageInGbkWithAnAgencyDatelineAndAnEditor() throws Exception {
        Article a = Fixtures.page("xinhua-gbk.html");
        assertEquals("欧洲多国领导人在柏林讨论乌克兰安全保障", a.title());
        assertEquals("东方资讯网", a.site());
        assertEquals("2025-12-15T18:30:05", a.published(), "the date meta, refined by the time under the headline");
        assertEquals("王小明、李大华", a.author(), "the reporters, not the editor");
        assertTrue(a.body().contains("新华社柏林12月15日电（记者王小明 李大华）欧洲多国领导人15日在柏林举行会议"), a.body());
        assertTrue(a.body().contains("谈判前景仍不明朗。"), a.body());
        assertFalse(a.body().contains("降温降雪"), a.body());
        assertFalse(a.body().contains("　"), "paragraph indents are not text");
    }

    @Test
    void titleFromEachSourceAlone() throws Exception {
        String text = "<p>" + "The delegations agreed to meet again in Geneva next month, officials said on Monday. ".repeat(3) + "</p>";
        ArticleReader reader = new ArticleReader();
        java.util.function.Function<String, String> title = html -> {
            try {
                return reader.read("t.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null).title();
            } catch (SourceException e) {
                throw new AssertionError(e);
            }
        };
        assertEquals("Talks to resume", title.apply("<html><head><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Talks to resume\"}</script></head><body>" + text + "</body></html>"));
        assertEquals("Talks to resume", title.apply("<html><body><div class='story'><h1>Talks to resume</h1>" + text
                + "</div></body></html>"));
        assertEquals("Talks to resume", title.apply("<html><head><title>Talks to resume | World | Example News</title></head><body>"
                + text + "</body></html>"));
        assertEquals("停火談判重啟", title.apply("<html><head><title>停火談判重啟_國際新聞_新浪網</title></head><body>" + text
                + "</body></html>"));
    }

    @Test
    void withoutAnyDateTheAddressAndTheDatelineTellTheDay() throws Exception {
        String page = """
                <html><head><title>和平會議登場</title><link rel="canonical" href="https://news.example/world/2025/12/peace-talks.html">
                </head><body><h1>和平會議登場</h1><p>（中央社記者林小華柏林15日電）德國總理今天在柏林主持烏克蘭和平會議，十多國領袖與美國特使出席，
                會議重點是停火後的安全保障與重建經費。</p></body></html>
                """;
        Article a = new ArticleReader().read("p.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals("2025-12-15", a.published());
        assertEquals("https://news.example/world/2025/12/peace-talks.html", a.url());
    }

    @Test
    void aPageWithoutAnArticleIsAnError() {
        SourceException e = org.junit.jupiter.api.Assertions.assertThrows(SourceException.class,
                () -> Fixtures.page("no-article.html"));
        assertEquals("no-article.html: no article text found in the page", e.getMessage());
    }

    @Test
    void completeJsonLdBodyIsUsedAndATruncatedOneIsNot() throws Exception {
        String text = "The delegations agreed to meet again in Geneva next month, officials said on Monday. "
                + "Both sides described the atmosphere as constructive, though no breakthrough was announced. ";
        String page = """
                <html><head><title>Talks to resume in Geneva</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks to resume in Geneva",
                "articleBody":"%s"}</script></head>
                <body><h1>Talks to resume in Geneva</h1><div class="content"><p>%s</p><p>Subscribe now</p></div></body></html>
                """;
        ArticleReader reader = new ArticleReader();
        Article full = reader.read("a.html", page.formatted(text + "The next round is set for January.",
                text.substring(0, 90)).getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertTrue(full.body().endsWith("The next round is set for January."), full.body());
        Article cut = reader.read("b.html", page.formatted(text.substring(0, 60) + "…", text)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertTrue(cut.body().contains("no breakthrough was announced"), cut.body());
        assertNull(cut.author());
    }
}
