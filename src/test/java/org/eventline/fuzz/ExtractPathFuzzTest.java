package org.eventline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.eventline.extract.Extractor;
import org.eventline.extract.Lexicon;
import org.eventline.model.Article;

/**
 * The whole extract path, bytes to the JSON contract: reading, main text, language, entities, times,
 * claims and events, and back from JSON.
 */
class ExtractPathFuzzTest {

    private static final Extractor EXTRACTOR = Extractor.create(Lexicon.bundled());

    @FuzzTest(maxDuration = "10m")
    void wholeExtractPath(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "article.html" : "article.txt";
        String published = data.consumeBoolean() ? null
                : String.format("%04d-%02d-%02d", data.consumeInt(1990, 2040), data.consumeInt(1, 12), data.consumeInt(1, 28));
        Article article = Invariants.read(name, data.consumeRemainingAsBytes(), published);
        if (article != null) {
            Invariants.extraction(EXTRACTOR.extract(article));
        }
    }
}
