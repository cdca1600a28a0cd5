package org.eventline.source;

import org.eventline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    @Test
    void pageDumpKeepsHeadlineToLastParagraph() throws Exception {
        String page = """
                快訊

                某地颱風假最新消息 各縣市一次看

                股市收盤大漲 外資買超百億

                美方提出安全保障方案 烏克蘭仍拒割地

                中央社／ 柏林15日綜合外電報導

                美國與烏克蘭官員經過兩天會談後表示，雙方在安全保障議題上已接近達成協議，但領土問題仍有分歧。

                烏克蘭總統澤倫斯基表示，任何領土讓步都必須經過烏克蘭人民同意，並可能需要舉行公投才能決定。

                延伸閱讀

                俄烏停戰計畫最新進展，美方官員透露談判細節，歐洲領袖將在本週召開峰會討論援助方案...

                相關新聞
                """;
        Article a = reader.read("page.txt", page.getBytes(StandardCharsets.UTF_8), "2025-12-15");
        assertTrue(a.body().startsWith("美方提出安全保障方案 烏克蘭仍拒割地"), a.body());
        assertTrue(a.body().contains("中央社／ 柏林15日綜合外電報導"));
        assertTrue(a.body().endsWith("並可能需要舉行公投才能決定。"), a.body());
        assertFalse(a.body().contains("股市收盤"));
        assertEquals("美方提出安全保障方案 烏克蘭仍拒割地", a.title());
        assertEquals("2025-12-15", a.published());
    }

    @Test
    void htmlMetadataAndMainText() throws Exception {
        String html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <title>Talks end in Berlin | Example News</title>
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2025-12-15T18:30:00+01:00">
                <meta name="author" content="Jane Doe">
                <link rel="canonical" href="https://news.example/berlin-talks">
                </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Talks end in Berlin</h1>
                <p>US and Ukrainian officials ended two days of talks in Berlin on Monday with progress on security guarantees.</p>
                <p>Differences over territory in the Donbas remain, officials on both sides said after the meeting.</p>
                </article><footer><p>Copyright Example News. All rights reserved, every single one of them.</p></footer></body></html>
                """;
        Article a = reader.read("page.html", html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Talks end in Berlin", a.title());
        assertEquals("2025-12-15T18:30:00+01:00", a.published());
        assertEquals("2025-12-15", a.publishedDate());
        assertEquals("Jane Doe", a.author());
        assertEquals("Example News", a.site());
        assertEquals("https://news.example/berlin-talks", a.url());
        assertTrue(a.body().contains("progress on security guarantees"));
        assertFalse(a.body().contains("Copyright"));
        assertFalse(a.body().contains("Home"));
    }

    @Test
    void legacyChineseEncodingsAreDecoded(@TempDir Path dir) throws Exception {
        String text = "烏克蘭總統澤倫斯基表示，任何領土讓步都必須經過烏克蘭人民同意，並可能需要舉行公投。";
        Path big5 = dir.resolve("big5.txt");
        Files.write(big5, text.getBytes(Charset.forName("Big5")));
        assertEquals(text, reader.read(big5.toString(), null).body());
        Path gb = dir.resolve("gb.txt");
        String simplified = "乌克兰总统泽连斯基表示，任何领土让步都必须经过乌克兰人民同意，并可能需要举行公投。";
        Files.write(gb, simplified.getBytes(Charset.forName("GB18030")));
        assertEquals(simplified, reader.read(gb.toString(), null).body());
    }

    @Test
    void badInputsFailWithTheInputAndTheReason(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path pdf = Files.write(dir.resolve("doc.txt"), "%PDF-1.7\n%âãÏÓ binary".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");
        assertEquals(empty + ": empty input", assertThrows(SourceException.class, () -> reader.read(empty.toString(), null)).getMessage());
        assertEquals(pdf + ": binary content (PDF), not an article",
                assertThrows(SourceException.class, () -> reader.read(pdf.toString(), null)).getMessage());
        assertEquals(missing + ": no such file",
                assertThrows(SourceException.class, () -> reader.read(missing.toString(), null)).getMessage());
    }

    @Test
    void hashChangesWithContentAndWithAGivenPublicationDate() throws Exception {
        byte[] a = "Some article text about the talks in Berlin, long enough to be an article.".getBytes(StandardCharsets.UTF_8);
        String h1 = reader.read("a.txt", a, null).hash();
        assertEquals(h1, reader.read("b.txt", a, null).hash());
        assertFalse(h1.equals(reader.read("a.txt", a, "2025-12-15").hash()));
    }
}
