package org.eventline.source;

import org.eventline.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages, errors and feeds over HTTP, from a server on this machine. */
class WebSourceTest {

    private static final String TEXT = "烏克蘭總統澤倫斯基表示，任何領土讓步都必須經過烏克蘭人民同意，並可能需要舉行公投，美方則表示不會派遣地面部隊。";
    private static LocalWeb web;
    private static final ArticleReader READER = new ArticleReader(ArticleReader.Options.DEFAULTS.withMaxBytes(200_000));

    static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><nav><a href='/'>首頁</a></nav><article><h1>" + title
                + "</h1><p>" + text + "</p><p>" + text + "</p></article></body></html>";
    }

    @BeforeAll
    static void start() {
        web = new LocalWeb();
        Charset big5 = Charset.forName("Big5");
        web.serve("/big5.html", LocalWeb.Response.html(page("停火談判", TEXT), big5));
        web.serveHtml("/moved-here.html", page("安全保障", TEXT));
        web.serve("/moved", LocalWeb.Response.redirect(301, "/moved-here.html"));
        web.serve("/loop-a", LocalWeb.Response.redirect(302, "/loop-b"));
        web.serve("/loop-b", LocalWeb.Response.redirect(302, "/loop-a"));
        for (int i = 0; i < 10; i++) {
            web.serve("/chain/" + i, LocalWeb.Response.redirect(302, "/chain/" + (i + 1)));
        }
        web.serve("/elsewhere", LocalWeb.Response.redirect(302, "ftp://example.org/file.txt"));
        web.serve("/slow.html", LocalWeb.Response.html(page("慢", TEXT), StandardCharsets.UTF_8).delayed(3000));
        web.serve("/huge.html", LocalWeb.Response.html(page("大", TEXT.repeat(2000)), StandardCharsets.UTF_8));
        web.serve("/photo", LocalWeb.Response.ok("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        web.serveHtml("/empty.html", "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
        web.serveHtml("/items/1.html", page("美歐願給安全保障", TEXT));
        web.serveHtml("/items/2.html", "<html><body><div class='text'><p>" + TEXT + "</p><p>" + TEXT + "</p></div></body></html>");
        web.serve("/feed.xml", LocalWeb.Response.ok("application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>國際新聞</title><link>%s</link>
                <item><title>美歐願給安全保障</title><link>%s</link><pubDate>Mon, 15 Dec 2025 10:30:00 +0800</pubDate></item>
                <item><title>烏克蘭仍拒割地</title><link>/items/2.html</link><pubDate>Mon, 15 Dec 2025 11:00:00 +0800</pubDate></item>
                <item><title>No link here</title></item>
                </channel></rss>
                """.formatted(web.url("/"), web.url("/items/1.html")).getBytes(StandardCharsets.UTF_8)));
        web.serve("/atom.xml", LocalWeb.Response.ok("application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>World</title>
                <entry><title>Talks resume</title><link rel="alternate" href="/items/1.html"/><link rel="self" href="/x"/>
                <published>2025-12-14T16:20:00+01:00</published></entry>
                <entry><title>Second entry</title><link href="items/2.html"/><updated>2025-12-15T08:00:00Z</updated></entry>
                </feed>
                """.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static String error(String path) {
        return assertThrows(SourceException.class, () -> READER.read(web.url(path), null)).getMessage();
    }

    @Test
    void aPageInTheCharsetItsServerDeclares() throws Exception {
        Article a = READER.read(web.url("/big5.html"), null);
        assertEquals("停火談判", a.title());
        assertTrue(a.body().contains(TEXT), a.body());
        assertEquals(web.url("/big5.html"), a.source());
        assertEquals(web.url("/big5.html"), a.url());
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressKept() throws Exception {
        Article a = READER.read(web.url("/moved"), null);
        assertEquals("安全保障", a.title());
        assertEquals(web.url("/moved"), a.source());
        assertEquals(web.url("/moved-here.html"), a.url());
    }

    @Test
    void failuresAreOneLineNamingTheUrlAndTheReason() throws Exception {
        assertEquals(web.url("/nothing") + ": HTTP 404 Not Found", error("/nothing"));
        assertEquals(web.url("/loop-a") + ": redirect loop at " + web.url("/loop-a"), error("/loop-a"));
        assertEquals(web.url("/chain/0") + ": too many redirects (more than 5)", error("/chain/0"));
        assertEquals(web.url("/elsewhere") + ": redirects to ftp://example.org/file.txt, which is not http or https",
                error("/elsewhere"));
        ArticleReader impatient = new ArticleReader(ArticleReader.Options.DEFAULTS.withTimeout(Duration.ofMillis(500)));
        assertEquals(web.url("/slow.html") + ": timed out after 0.5 s",
                assertThrows(SourceException.class, () -> impatient.read(web.url("/slow.html"), null)).getMessage());
        assertEquals(web.url("/huge.html") + ": larger than the limit of 200000 bytes", error("/huge.html"));
        assertEquals(web.url("/photo") + ": binary content (PNG image), not an article", error("/photo"));
        assertEquals(web.url("/empty.html") + ": no article text found in the page", error("/empty.html"));
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String refused = assertThrows(SourceException.class,
                () -> READER.read("http://127.0.0.1:" + closedPort + "/a.html", null)).getMessage();
        assertTrue(refused.startsWith("http://127.0.0.1:" + closedPort + "/a.html: cannot connect"), refused);
        assertFalse(refused.contains("\n"));
    }

    @Test
    void anRssFeedBecomesItsItemsWithTheirTitlesAndDatesAsFallbacks() throws Exception {
        List<String> notes = new ArrayList<>();
        List<Input> inputs = Inputs.expand(List.of(web.url("/feed.xml")), READER, notes::add);
        assertEquals(List.of(web.url("/items/1.html"), web.url("/items/2.html")), Inputs.names(inputs));
        assertTrue(inputs.stream().allMatch(Input::fromFeed));
        assertEquals(List.of(web.url("/feed.xml") + ": feed with 2 items"), notes);
        Article first = READER.read(inputs.get(0), null);
        assertEquals("美歐願給安全保障", first.title());
        assertEquals("2025-12-15T10:30+08:00", first.published(), "the page gives no date: the feed's");
        Article second = READER.read(inputs.get(1), null);
        assertEquals("烏克蘭仍拒割地", second.title(), "the page gives no title: the feed's");
        assertTrue(second.body().contains(TEXT));
    }

    @Test
    void anAtomFeedResolvesItsLinks() {
        List<Input> inputs = Inputs.expand(List.of(web.url("/atom.xml")), READER, s -> { });
        assertEquals(List.of(web.url("/items/1.html"), web.url("/items/2.html")), Inputs.names(inputs));
    }

    @Test
    void aPageFetchedWhileExpandingIsNotFetchedAgain() throws Exception {
        web.serveHtml("/once.html", page("一次", TEXT));
        List<Input> inputs = Inputs.expand(List.of(web.url("/once.html")), READER, s -> { });
        assertEquals(1, web.hits("/once.html"));
        assertFalse(inputs.get(0).fromFeed());
        assertEquals("一次", READER.read(inputs.get(0), null).title());
        assertEquals(1, web.hits("/once.html"));
    }

    @Test
    void aFailingUrlIsReportedWhenItsTurnComes() {
        List<Input> inputs = Inputs.expand(List.of(web.url("/nothing"), web.url("/big5.html")), READER, s -> { });
        assertEquals(2, inputs.size());
        SourceException e = assertThrows(SourceException.class, () -> READER.read(inputs.get(0), null));
        assertEquals(web.url("/nothing") + ": HTTP 404 Not Found", e.getMessage());
    }
}
