package org.eventline.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {

    private final ArticleReader reader = new ArticleReader();

    @Test
    void foldersBecomeTheirArticleFilesSortedWithANoteForTheRest(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("b-sub"));
        Path a = Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Path c = Files.writeString(sub.resolve("c.txt.gz"), "");
        Path d = Files.writeString(sub.resolve("d.md"), "d");
        Files.writeString(dir.resolve("photo.jpg"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        List<String> notes = new ArrayList<>();
        List<Input> inputs = Inputs.expand(List.of(dir.toString(), "-", "missing.txt"), reader, notes::add);
        assertEquals(List.of(a.toString(), sub.resolve("c.txt.gz").toString(), d.toString(), "-", "missing.txt"),
                Inputs.names(inputs));
        assertEquals(List.of(dir.resolve("photo.jpg") + ": skipped, not an article file (.html, .htm, .txt, .md, or .gz of those)"),
                notes);
        assertTrue(Files.exists(c));
        SourceException e = assertThrows(SourceException.class, () -> reader.read(inputs.get(4), null));
        assertEquals("missing.txt: no such file", e.getMessage());
    }

    @Test
    void aFeedFileBecomesItsItems(@TempDir Path dir) throws Exception {
        Path rss = Files.writeString(dir.resolve("world.rss"), """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>World</title>
                <item><title>One</title><link>https://news.example/one.html</link></item>
                <item><title>Two</title><guid>https://news.example/two.html</guid></item>
                <item><title>One again</title><link>https://news.example/one.html</link></item>
                </channel></rss>
                """);
        Path notAFeed = Files.writeString(dir.resolve("page.xml"), "<html><body><p>hello</p></body></html>");
        List<String> notes = new ArrayList<>();
        List<Input> inputs = Inputs.expand(List.of(rss.toString(), notAFeed.toString()), reader, notes::add);
        assertEquals(List.of("https://news.example/one.html", "https://news.example/two.html", notAFeed.toString()),
                Inputs.names(inputs));
        assertEquals(List.of(rss + ": feed with 2 items"), notes);
    }
}
