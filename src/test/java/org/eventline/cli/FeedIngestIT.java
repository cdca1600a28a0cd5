package org.eventline.cli;

import org.eventline.graph.TestGraph;
import org.eventline.source.LocalWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingesting a feed twice: the second run reads only the items the graph does not hold yet. */
class FeedIngestIT {

    private static String store;
    private LocalWeb web;

    @BeforeAll
    static void serve() {
        TestGraph.get().announce();
        store = TestGraph.store().toString();
    }

    @BeforeEach
    void start() {
        TestGraph.clean();
        web = new LocalWeb();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text
                + "</p></article></body></html>";
    }

    private void feed(String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>World</title>");
        for (String item : items) {
            xml.append("<item><title>").append(item).append("</title><link>").append(web.url("/" + item + ".html"))
                    .append("</link><pubDate>Mon, 15 Dec 2025 10:30:00 +0800</pubDate></item>");
        }
        web.serve("/feed.xml", LocalWeb.Response.ok("application/rss+xml", xml.append("</channel></rss>").toString()
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSecondRunFetchesOnlyNewItems() {
        web.serveHtml("/a.html", page("美方提出安全保障方案", "美方官員今天表示，美國不會派地面部隊進駐烏克蘭，但願意提供情報與後勤支援，協助歐洲落實安全保障。"));
        web.serveHtml("/b.html", page("烏克蘭仍拒割地", "澤倫斯基表示，烏克蘭拒絕割讓頓巴斯的領土，任何領土讓步都必須經過烏克蘭人民同意，可能需要舉行公投。"));
        web.serveHtml("/c.html", page("歐洲承諾增兵", "歐洲多國國防部長今天承諾，停火後將派遣多國部隊進駐烏克蘭後方，協助重建烏克蘭武裝部隊，確保領空安全。"));
        feed("a", "b");
        Cli first = Cli.run("ingest", "--store", store, web.url("/feed.xml"));
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("2 new, 0 unchanged, 0 replaced, 0 failed (of 2 inputs)"), first.out());

        feed("c", "b", "a");
        Cli second = Cli.run("ingest", "--store", store, web.url("/feed.xml"));
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("2 feed items are already in the graph, not fetched again"), second.err());
        assertTrue(second.out().contains("1 new, 0 unchanged, 0 replaced, 0 failed (of 1 inputs)"), second.out());
        assertEquals(1, web.hits("/a.html"));
        assertEquals(1, web.hits("/b.html"));
        assertEquals(1, web.hits("/c.html"));
        Cli q = Cli.run("query", "--store", store, "--format", "csv", "MATCH (a:Article) RETURN count(a) AS n");
        assertEquals("\"n\"\r\n\"3\"\r\n", q.out());
        Cli dates = Cli.run("query", "--store", store, "--format", "csv",
                "MATCH (a:Article) RETURN DISTINCT a.publishedText AS p");
        assertEquals("\"p\"\r\n\"2025-12-15T10:30+08:00\"\r\n", dates.out());
    }
}
