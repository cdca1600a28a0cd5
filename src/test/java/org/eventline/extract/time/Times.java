package org.eventline.extract.time;

import org.eventline.extract.Lexicon;
import org.eventline.model.Timex;
import org.eventline.text.AnalyzedText;
import org.eventline.text.Language;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time finder on a bare text, and the assertions the time tests share. */
final class Times {

    static final TimeFinder FINDER = new TimeFinder(Lexicon.bundled());

    private Times() {
    }

    static List<Timex> find(String text, String published) {
        String language = Language.detect(text);
        AnalyzedText t = AnalyzedText.of(text, language);
        return FINDER.find(t.text(), t.normalized(), language, published == null ? null : LocalDate.parse(published),
                List.of());
    }

    /** The expression is found with exactly this extent (its first occurrence in the text) and value. */
    static void assertFound(String published, String text, String expression, String value) {
        List<Timex> times = find(text, published);
        int start = text.indexOf(expression);
        assertTrue(start >= 0, () -> "test case: " + expression + " is not in " + text);
        assertTrue(times.stream().anyMatch(t -> t.start() == start && t.end() == start + expression.length()
                        && t.text().equals(expression) && t.value().equals(value)),
                () -> "expected " + expression + " = " + value + " in " + text + " (published " + published + "), found "
                        + times.stream().map(t -> t.text() + " = " + t.value()).toList());
    }

    /** No time overlaps the given part of the text. */
    static void assertNoTimeIn(String published, String text, String part) {
        List<Timex> times = find(text, published);
        int start = text.indexOf(part);
        assertTrue(start >= 0, () -> "test case: " + part + " is not in " + text);
        int end = start + part.length();
        assertTrue(times.stream().noneMatch(t -> t.start() < end && start < t.end()),
                () -> part + " is no time, but found " + times.stream().map(t -> t.text() + " = " + t.value()).toList());
    }
}
