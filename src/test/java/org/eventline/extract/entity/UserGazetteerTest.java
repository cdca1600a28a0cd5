package org.eventline.extract.entity;

import org.eventline.extract.Lexicon;
import org.eventline.text.Scripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Users extend the gazetteer with files of the same name in their own lexicon folder. */
class UserGazetteerTest {

    @Test
    void userFilesAddActorsPlacesAndAliases(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("actors.tsv"), String.join("\n",
                "# my own people",
                "\tPERSON\tOlena Kovalenko\t\tQ212\tKovalenko|科瓦連科|科瓦连科",
                "Q3874799\tPERSON\tVolodymyr Zelenskyy\tQ3874799\tQ212\t澤倫斯基總統",
                ""));
        Files.writeString(dir.resolve("places.tsv"), "\tPLACE\tKostiantynivka Heights\t\t\t康斯坦丁高地\n");
        EntityFinder finder = new EntityFinder(Gazetteer.from(Lexicon.load(List.of(dir))));
        String text = "科瓦連科表示，澤倫斯基總統已抵達康斯坦丁高地。";
        List<EntityMention> ms = finder.find(text, Scripts.normalize(text, true), true);
        assertEquals("local:olena-kovalenko", ms.get(0).entry().key());
        assertEquals("Q212", ms.get(0).entry().affiliation());
        assertEquals(0, ms.get(0).start());
        assertEquals(4, ms.get(0).end());
        EntityMention president = ms.stream().filter(m -> m.text().equals("澤倫斯基總統")).findFirst().orElseThrow();
        assertEquals("Q3874799", president.entry().key());
        assertTrue(ms.stream().anyMatch(m -> m.entry().key().equals("local:kostiantynivka-heights")
                && m.entry().kind() == Kind.PLACE));
    }

    @Test
    void aBadUserLineNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("actors.tsv"), "\tPERSONA\tSomeone\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.from(Lexicon.load(List.of(dir))));
        assertTrue(e.getMessage().contains("actors.tsv:1") && e.getMessage().contains("PERSONA"), e.getMessage());
    }
}
