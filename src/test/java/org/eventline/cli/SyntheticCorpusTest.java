package org.eventline.cli;

import org.eventline.extract.Extracting;
import org.eventline.extract.Lexicon;
import org.eventline.model.Extraction;
import org.eventline.source.ArticleReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {

    private static SyntheticCorpus corpus(long seed) {
        return new SyntheticCorpus(Lexicon.bundled(), Extracting.EXTRACTOR.gazetteer(), seed);
    }

    @Test
    void theSameSeedGivesTheSameArticlesInAnyOrder() {
        SyntheticCorpus a = corpus(3);
        SyntheticCorpus b = corpus(3);
        assertEquals(a.page(17), b.page(17));
        b.page(5);
        assertEquals(a.page(4), b.page(4));
        assertNotEquals(a.page(4), corpus(4).page(4));
    }

    @Test
    void articlesMixScriptsAndRepeatActors() throws Exception {
        SyntheticCorpus c = corpus(1);
        ArticleReader reader = new ArticleReader();
        Map<String, Integer> languages = new HashMap<>();
        Map<String, Integer> actorArticles = new HashMap<>();
        int n = 36;
        for (int i = 0; i < n; i++) {
            SyntheticCorpus.Page p = c.page(i);
            Extraction e = Extracting.EXTRACTOR.extract(reader.read(p.name(), p.html().getBytes(StandardCharsets.UTF_8), null));
            languages.merge(e.document().language(), 1, Integer::sum);
            assertTrue(e.document().body().length() >= 500, p.name() + " is news-length");
            assertTrue(e.document().publishedDate() != null && e.document().url() != null, p.name());
            e.actors().forEach(a -> actorArticles.merge(a.id(), 1, Integer::sum));
            assertTrue(e.actors().size() >= 3 && !e.claims().isEmpty(), p.name() + ": " + e.actors().size() + " actors");
        }
        assertEquals(3, languages.size(), languages.toString());
        assertTrue(languages.values().stream().allMatch(k -> k >= n / 6), languages.toString());
        assertTrue(actorArticles.values().stream().anyMatch(k -> k >= n / 2), "some actors recur in most articles");
    }
}
