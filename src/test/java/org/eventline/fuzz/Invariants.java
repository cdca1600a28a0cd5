package org.eventline.fuzz;

import org.eventline.model.Actor;
import org.eventline.model.Article;
import org.eventline.model.Claim;
import org.eventline.model.Event;
import org.eventline.model.Extraction;
import org.eventline.model.Json;
import org.eventline.model.Mention;
import org.eventline.model.Place;
import org.eventline.model.Timex;
import org.eventline.source.ArticleReader;
import org.eventline.source.SourceException;

/**
 * What must hold of every article and extraction, whatever the input: the fuzz tests check it after
 * each run. A violation throws, which the fuzzer reports as a finding with the input that caused it.
 */
final class Invariants {

    /** Small enough that a fuzzer's inputs never reach it; large ones are the limits' business. */
    static final ArticleReader READER = new ArticleReader();

    private Invariants() {
    }

    /** The article read from bytes, or null when the reader refused them (with a one-line reason). */
    static Article read(String name, byte[] bytes, String published) {
        try {
            Article a = READER.read(name, bytes, published);
            article(a);
            return a;
        } catch (SourceException e) {
            String m = e.getMessage();
            check(m.startsWith(name + ": ") && m.indexOf('\n') < 0, "error is one line naming the input: " + m);
            return null;
        }
    }

    static void article(Article a) {
        check(a.body() != null && !a.body().isBlank(), "an article has text");
        check(a.hash() != null && a.hash().length() == 64, "an article has a hash");
        noControls("body", a.body());
        if (a.title() != null) {
            noControls("title", a.title());
            check(!a.title().isBlank() && a.title().indexOf('\n') < 0, "a title is one line: " + a.title());
        }
        check(validUtf16(a.body()), "no lone surrogates in the body");
    }

    static void extraction(Extraction e) {
        String body = e.document().body();
        for (Actor a : e.actors()) {
            a.mentions().forEach(m -> span(body, m));
        }
        for (Place p : e.places()) {
            p.mentions().forEach(m -> span(body, m));
        }
        for (Timex t : e.times()) {
            times(body, t);
        }
        for (Claim c : e.claims()) {
            span(body, c.start(), c.end(), c.evidence());
        }
        for (Event ev : e.events()) {
            span(body, ev.start(), ev.end(), ev.evidence());
        }
        // The extract contract: what extract prints, ingest --from-jsonl loads back unchanged.
        Extraction back = Json.extraction(Json.line(e));
        check(back.equals(e), "the JSON contract round-trips");
    }

    static void times(String text, Timex t) {
        span(text, t.start(), t.end(), t.text());
        check(t.value() != null && !t.value().isBlank(), "a time has a value: " + t);
        check(t.type() != null, "a time has a type: " + t);
    }

    private static void span(String body, Mention m) {
        span(body, m.start(), m.end(), m.text());
    }

    private static void span(String body, int start, int end, String text) {
        check(0 <= start && start < end && end <= body.length(), "span " + start + ".." + end + " in a text of "
                + body.length());
        check(body.substring(start, end).equals(text), "span " + start + ".." + end + " is its text '" + text + "'");
    }

    private static void noControls(String what, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            check(c == '\n' || c == '\t' || c >= 0x20 && (c < 0x7F || c > 0x9F), what + " without control characters, "
                    + "found U+" + Integer.toHexString(c) + " at " + i);
        }
    }

    private static boolean validUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("violated: " + what);
        }
    }
}
