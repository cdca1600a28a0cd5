package org.eventline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The HTML reader (decoding, jsoup, main text, metadata) on any bytes: an article that keeps the
 * invariants, or a one-line reason. Seeds in {@code HtmlMainTextFuzzTestInputs/}; run them as ordinary
 * tests, or fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=HtmlMainTextFuzzTest}.
 */
class HtmlMainTextFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void htmlPage(byte[] page) {
        Invariants.read("page.html", page, null);
    }
}
