package org.eventline.extract.claim;

import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.List;

/** Splits a sentence into clauses at commas, semicolons and colons outside quotes and brackets. */
final class Clauses {

    private Clauses() {
    }

    static List<Span> split(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if ("「『“（(【".indexOf(c) >= 0) {
                depth++;
            } else if ("」』”）)】".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && "，；：,;:".indexOf(c) >= 0) {
                if (i > start) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        if (sentence.end() > start) {
            out.add(new Span(start, sentence.end()));
        }
        return out;
    }
}
