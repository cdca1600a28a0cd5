package org.eventline.source;

import org.eventline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ArticleReaderTest {

    private static final String TEXT = "美方官員今天表示，雙方在安全保障議題上已接近達成協議，但領土問題仍有分歧，烏克蘭拒絕割讓頓巴斯。";

    private final ArticleReader reader = new ArticleReader();

    private String error(String input) {
        return assertThrows(SourceException.class, () -> reader.read(input, null)).getMessage();
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void badInputsFailWithTheInputAndTheReason(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Path pdf = Files.write(dir.resolve("doc.txt"), "%PDF-1.7\n%âãÏÓ binary".getBytes(StandardCharsets.ISO_8859_1));
        Path png = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path zip = Files.write(dir.resolve("archive.htm"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Path noise = Files.write(dir.resolve("noise.txt"), new byte[] {1, 2, 3, 0, 0, 5, 6, 7, 0, 8, 1, 2, 3, 4, 0, 0});
        Path missing = dir.resolve("missing.txt");
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        Path damaged = Files.write(dir.resolve("damaged.html.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3});
        assertEquals(empty + ": empty input", error(empty.toString()));
        assertEquals(blank + ": empty input (whitespace only)", error(blank.toString()));
        assertEquals(pdf + ": binary content (PDF), not an article", error(pdf.toString()));
        assertEquals(png + ": binary content (PNG image), not an article", error(png.toString()));
        assertEquals(zip + ": binary content (ZIP archive or Office document), not an article", error(zip.toString()));
        assertEquals(noise + ": binary content (unknown binary data), not an article", error(noise.toString()));
        assertEquals(missing + ": no such file", error(missing.toString()));
        assertEquals(folder + ": is a folder", error(folder.toString()));
        assertTrue(error(damaged.toString()).startsWith(damaged + ": damaged gzip data"));
        assertEquals("ftp://example.org/a.html: unsupported address (only http:// and https:// are read)",
                error("ftp://example.org/a.html"));
    }

    @Test
    void controlCharactersAndTerminalEscapesAreNoPartOfAnArticle() throws Exception {
        String text = "Talks\u0007 in \u001B]0;owned\u0007Berlin\r\n\r\nThe delegations\u0000 met again \u001B[2J\u001B[31mon"
                + " Monday\u001B[0m\u0008 and agreed\u007F to meet\u0085 once more\u000B in January.";
        Article a = reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Talks in Berlin", a.title());
        assertEquals("Talks in Berlin\n\nThe delegations met again on Monday and agreed to meet\n once more\n in January.", a.body());
        String page = "<html><head><title>Talks&#7; in Berlin</title></head><body><h1>Talks in Berlin</h1><p>The delegations met"
                + " again&#27;[2J on Monday and agreed to meet once more&#xD800; in January, officials said on Tuesday.</p></body></html>";
        Article html = reader.read("a.html", page.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Talks in Berlin", html.title());
        assertTrue(html.body().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), html.body());
        assertTrue(html.body().contains("once more\uFFFD in January"), "a lone surrogate is an invalid character: " + html.body());
    }

    @Test
    void spacesOfEveryKindAreNoText(@TempDir Path dir) throws Exception {
        Path spaces = Files.writeString(dir.resolve("spaces.txt"), "\u00a0\u3000\u200b \ufeff\u2028\n\u0007");
        assertEquals(spaces + ": empty input (whitespace only)", error(spaces.toString()));
    }

    @Test
    void onlyFilesAndHttpAreRead(@TempDir Path dir) throws Exception {
        for (String address : new String[] {"file:///etc/passwd", "jar:file:/tmp/a.jar!/a.html", "data:text/html,<p>hi</p>",
                "javascript:alert(1)", "ftp://127.0.0.1/a.html", "gopher://127.0.0.1:70/"}) {
            assertEquals(address + ": unsupported address (only http:// and https:// are read)", error(address));
        }
        Path looksLikeOne = Files.writeString(dir.resolve("note:2025.txt"), TEXT);
        assertEquals(TEXT, reader.read(looksLikeOne.toString(), null).body(), "a file whose name has a colon is a file");
        assertEquals("/dev/zero: not a regular file (a pipe, socket or device)", error("/dev/zero"));
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertEquals(fifo + ": not a regular file (a pipe, socket or device)", error(fifo.toString()));
    }

    @Test
    void anUnreadableFileIsReported(@TempDir Path dir) throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.txt"), TEXT);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "the superuser reads every file");
        assertEquals(locked + ": permission denied", error(locked.toString()));
    }

    @Test
    void gzipCompressedFilesAreRead(@TempDir Path dir) throws Exception {
        Path txt = Files.write(dir.resolve("a.txt.gz"), gzip(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, reader.read(txt.toString(), null).body());
        String page = "<html><head><title>安全保障</title></head><body><h1>安全保障</h1><p>" + TEXT + "</p></body></html>";
        Path html = Files.write(dir.resolve("a.html.gz"), gzip(page.getBytes(StandardCharsets.UTF_8)));
        Article a = reader.read(html.toString(), null);
        assertEquals("安全保障", a.title());
        assertEquals("安全保障\n\n" + TEXT, a.body());
    }

    @Test
    void tooLargeInputsAreRefused(@TempDir Path dir) throws Exception {
        ArticleReader small = new ArticleReader(ArticleReader.Options.DEFAULTS.withMaxBytes(100));
        Path big = Files.writeString(dir.resolve("big.txt"), TEXT.repeat(10));
        assertEquals(big + ": larger than the limit of 100 bytes",
                assertThrows(SourceException.class, () -> small.read(big.toString(), null)).getMessage());
        Path bomb = Files.write(dir.resolve("bomb.txt.gz"), gzip(new byte[10_000]));
        assertEquals(bomb + ": larger than the limit of 100 bytes",
                assertThrows(SourceException.class, () -> small.read(bomb.toString(), null)).getMessage());
    }

    @Test
    void aFeedIsNotAnArticle() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>";
        SourceException e = assertThrows(SourceException.class,
                () -> reader.read("-", rss.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("-: a feed, not an article (give feeds as a URL or an .xml, .rss or .atom file)", e.getMessage());
    }

    @Test
    void htmlIsRecognisedWithoutAnExtension() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>安全保障</title></head><body><p>" + TEXT + "</p></body></html>";
        Article a = reader.read("-", page.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("安全保障", a.title());
        assertFalse(a.body().contains("<p>"));
    }

    @Test
    void standardInputIsReadAsTheInputNamedDash() throws Exception {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)));
            Article a = reader.read("-", "2025-12-15");
            assertEquals("-", a.source());
            assertEquals(TEXT, a.body());
            assertEquals("2025-12-15", a.published());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void hashFollowsTheArticleAndAGivenPublicationDate() throws Exception {
        byte[] a = "Some article text about the talks in Berlin, long enough to be an article.".getBytes(StandardCharsets.UTF_8);
        String h1 = reader.read("a.txt", a, null).hash();
        assertEquals(h1, reader.read("b.txt", a, null).hash());
        assertNotEquals(h1, reader.read("a.txt", a, "2025-12-15").hash());
        // a page whose furniture changes between two fetches keeps its article, and its hash
        String page = "<html><body><nav><a href='/'>%s</a></nav><h1>Talks</h1><p>" + "The delegations agreed to meet again. ".repeat(8)
                + "</p></body></html>";
        assertEquals(reader.read("p.html", page.formatted("Home").getBytes(StandardCharsets.UTF_8), null).hash(),
                reader.read("p.html", page.formatted("Start").getBytes(StandardCharsets.UTF_8), null).hash());
    }

    @Test
    void inputHashTellsFromTheBytesWhetherAFileChanged(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), TEXT);
        String hash = ArticleReader.inputHash(file.toString(), null);
        assertEquals(hash, reader.read(file.toString(), null).inputHash());  // what re-ingest compares before parsing
        assertEquals(hash, ArticleReader.inputHash(Files.writeString(dir.resolve("b.txt"), TEXT).toString(), null));
        assertNotEquals(hash, ArticleReader.inputHash(file.toString(), "2025-12-15"));
        Files.writeString(file, TEXT.replace('今', '昨'));  // one character changed, the length kept
        assertNotEquals(hash, ArticleReader.inputHash(file.toString(), null));
        Files.writeString(file, TEXT.replace("雙方", "方雙"));  // two characters swapped
        assertNotEquals(hash, ArticleReader.inputHash(file.toString(), null));
        assertNull(ArticleReader.inputHash(dir.resolve("missing.txt").toString(), null));
        assertNull(reader.read("a.txt", TEXT.getBytes(StandardCharsets.UTF_8), null).inputHash());  // bytes at hand: no file
    }
}
