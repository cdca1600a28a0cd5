package org.eventline.cli;

import org.eventline.model.Article;
import org.eventline.model.Extraction;

/** What happened to one input: read and extracted, read only, or failed with a one-line reason. */
record Outcome(String input, Article article, Extraction extraction, String error) {

    static Outcome failed(String input, String error) {
        return new Outcome(input, null, null, error);
    }

    boolean ok() {
        return error == null;
    }
}
