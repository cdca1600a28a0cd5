package org.eventline.source;

import org.eventline.model.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each encoding a page comes in, found by byte-order mark, HTTP header, meta tag or detection. */
class DecodingTest {

    private static final String TRADITIONAL = "烏克蘭總統澤倫斯基表示，任何領土讓步都必須經過烏克蘭人民同意，並可能需要舉行公投。";
    private static final String SIMPLIFIED = "乌克兰总统泽连斯基表示，任何领土让步都必须经过乌克兰人民同意，并可能需要举行公投。";
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset GBK = Charset.forName("GBK");

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        byte[] plain = TRADITIONAL.getBytes(StandardCharsets.UTF_8);
        assertEquals(TRADITIONAL, Decoding.decode(plain, null));
        assertEquals(TRADITIONAL, Decoding.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), null));
    }

    @Test
    void utf16WithByteOrderMarks() {
        assertEquals(TRADITIONAL, Decoding.decode(TRADITIONAL.getBytes(StandardCharsets.UTF_16), null));  // BE with mark
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TRADITIONAL.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TRADITIONAL, Decoding.decode(le, null));
    }

    @Test
    void utf16WithoutByteOrderMark() {
        assertEquals(TRADITIONAL, Decoding.decode(TRADITIONAL.getBytes(StandardCharsets.UTF_16LE), null));
        assertEquals(TRADITIONAL, Decoding.decode(TRADITIONAL.getBytes(StandardCharsets.UTF_16BE), null));
        String html = "<html><body><p>Talks resume in Geneva on Monday.</p></body></html>";
        assertEquals(html, Decoding.decode(html.getBytes(StandardCharsets.UTF_16LE), null));
        assertEquals(html, Decoding.decode(html.getBytes(StandardCharsets.UTF_16BE), null));
    }

    @Test
    void big5AndGbkWithoutAnyDeclaration() {
        assertEquals(TRADITIONAL, Decoding.decode(TRADITIONAL.getBytes(BIG5), null));
        assertEquals(SIMPLIFIED, Decoding.decode(SIMPLIFIED.getBytes(GBK), null));
        assertEquals(SIMPLIFIED, Decoding.decode(SIMPLIFIED.getBytes(Charset.forName("GB18030")), null));
    }

    @Test
    void metaCharsetAndHttpHeader() {
        String big5Page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body><p>"
                + TRADITIONAL + "</p></body></html>";
        assertEquals(big5Page, Decoding.decode(big5Page.getBytes(BIG5), null));
        String gbPage = "<html><head><meta charset=\"gb2312\"></head><body><p>" + SIMPLIFIED + "</p></body></html>";
        assertEquals(gbPage, Decoding.decode(gbPage.getBytes(GBK), null));
        // the server's header is believed over detection
        assertEquals("café", Decoding.decode("café".getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1"));
        assertEquals(TRADITIONAL, Decoding.decode(TRADITIONAL.getBytes(BIG5), "big5"));
    }

    @Test
    void aPlainlyWrongDeclarationIsOverruled() {
        // servers that label everything ISO-8859-1, pages saved by browsers
        assertEquals(TRADITIONAL, Decoding.decode(TRADITIONAL.getBytes(StandardCharsets.UTF_8), "ISO-8859-1"));
        assertEquals(SIMPLIFIED, Decoding.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), "big5"));
        // Big5 and GB18030 mistaken for each other
        assertEquals(SIMPLIFIED, Decoding.decode(SIMPLIFIED.getBytes(GBK), "big5"));
        assertEquals(TRADITIONAL, Decoding.decode(TRADITIONAL.getBytes(BIG5), "gbk"));
        String page = "<html><head><meta charset=\"big5\"></head><body><p>" + SIMPLIFIED + "</p></body></html>";
        assertEquals(page, Decoding.decode(page.getBytes(GBK), null));
        // a meta tag readable as ASCII is no UTF-16 page
        String utf8 = "<html><head><meta charset=\"utf-16\"></head><body><p>" + TRADITIONAL + "</p></body></html>";
        assertEquals(utf8, Decoding.decode(utf8.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void invalidBytesBecomeReplacementCharacters() {
        byte[] broken = concat("停火談判".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE5, (byte) 0x81});
        broken = concat(broken, "繼續進行".getBytes(StandardCharsets.UTF_8));
        String text = Decoding.decode(broken, "UTF-8");
        assertTrue(text.startsWith("停火談判") && text.endsWith("繼續進行") && text.contains("\uFFFD"), text);
        assertEquals("停火\uFFFD", Decoding.decode(concat("停火".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF}), "UTF-8"));
    }

    @Test
    void anEncodedPageReadsAsAnArticle() throws Exception {
        String page = "<html><head><meta charset=\"big5\"><title>停火談判</title></head><body><h1>停火談判</h1><p>" + TRADITIONAL
                + TRADITIONAL + "</p></body></html>";
        Article a = new ArticleReader().read("big5.html", page.getBytes(BIG5), null);
        assertEquals("停火談判", a.title());
        assertTrue(a.body().contains(TRADITIONAL), a.body());
    }
}
