package org.eventline.extract;

import org.eventline.model.Article;
import org.eventline.model.Extraction;

/** One extractor for all tests (building it loads the lexicon and HanLP's dictionaries). */
public final class Extracting {

    public static final Extractor EXTRACTOR = Extractor.create(Lexicon.bundled());

    private Extracting() {
    }

    public static Extraction extract(String body, String published) {
        return EXTRACTOR.extract(new Article("test.txt", null, null, published, null, null, null, body, "h"));
    }
}
