package org.eventline.source;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BylinesTest {

    @Test
    void chineseBylinesAndDatelines() {
        assertEquals("陳嘉寧", Bylines.find("聯合報 記者陳嘉寧／桃園機場報導"));
        assertEquals("邱俊欽", Bylines.find("（中央社記者邱俊欽桃園19日電）桃園市平鎮區一家輪胎行今天清晨發生大火"));
        assertEquals("林悅", Bylines.find("（中央社記者林悅台南19日電）"));
        assertEquals("歐陽志明", Bylines.find("（中央社記者歐陽志明華盛頓19日專電）"));
        assertEquals("王小明、李大華", Bylines.find("（中央社記者王小明、李大華台北19日電）"));
        assertEquals("王煌忠", Bylines.find("警方已勘驗現場。（王煌忠／台中報導）"));
        assertEquals("陳大文", Bylines.find("編譯：陳大文"));
        assertEquals("張明", Bylines.find("2025-12-15 20:31:07　來源：環球網　作者：張明"));
        assertEquals("林小如", Bylines.find("編譯林小如／綜合外電報導"));
        assertEquals("王小明、李大华", Bylines.find("新华社柏林12月15日电（记者王小明 李大华）欧洲多国领导人15日在柏林"));
        assertEquals("王小明", Bylines.find("本报记者 王小明 北京报道"));
        assertEquals("李明远", Bylines.find("示例新闻记者 李明远"));
    }

    @Test
    void desksAndOutletsAreNoAuthors() {
        assertNull(Bylines.find("社會中心／綜合報導"));
        assertNull(Bylines.find("〔即時新聞／綜合報導〕2008年，台北市萬華區發生父親殺子"));
        assertNull(Bylines.find("中央社／ 柏林15日綜合外電報導"));
        assertNull(Bylines.clean("三立新聞網", Set.of()));
        assertNull(Bylines.clean("中時", Set.of("中時電子報")));
        assertNull(Bylines.clean("https://www.facebook.com/setnews", Set.of()));
        assertNull(Bylines.clean("992-林東良", Set.of()));
        assertNull(Bylines.clean("Reuters", Set.of()));
        assertNull(Bylines.clean("The Morning Ledger", Set.of("The Morning Ledger")));
    }

    @Test
    void englishBylines() {
        assertEquals("Jane Roe, John Doe", Bylines.find("By Jane Roe and John Doe, Reuters"));
        assertEquals("Anna Smith", Bylines.find("By Anna Smith, Berlin correspondent"));
        assertEquals("Mark van der Berg", Bylines.clean("By Mark van der Berg", Set.of()));
        assertEquals("陳昱光", Bylines.clean("陳昱光", Set.of("中時電子報")));
        assertEquals("陳嘉寧", Bylines.clean("記者陳嘉寧／桃園機場報導", Set.of()));
        assertNull(Bylines.find("by the end of the year, officials said"));
        assertEquals("Jane Roe, John Doe", Bylines.find("Jane Roe in Kyiv and John Doe in Moscow"));
        assertEquals("Jane Roe", Bylines.find("Jane Roe in Washington"));
        assertNull(Bylines.find("Zelensky in Washington"));
        assertNull(Bylines.find("Talks in Geneva end without a deal"));
    }
}
