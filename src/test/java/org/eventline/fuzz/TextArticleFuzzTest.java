package org.eventline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

/** The plain-text article finder (page dumps, copied text, Markdown) on any text. */
class TextArticleFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void plainText(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "dump.md" : "dump.txt";
        String text = data.consumeRemainingAsString();
        Invariants.read(name, text.getBytes(StandardCharsets.UTF_8), null);
    }
}
