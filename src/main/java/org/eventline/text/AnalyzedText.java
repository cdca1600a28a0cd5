package org.eventline.text;

import java.util.List;

/**
 * An article body ready for extraction.
 *
 * @param text       the body as published; all offsets point into it
 * @param normalized the same text for matching, same length: Simplified script, ASCII for full-width Latin
 * @param language   {@link Language} code
 * @param sentences  sentence spans in order
 */
public record AnalyzedText(String text, String normalized, String language, List<Span> sentences) {

    public static AnalyzedText of(String text, String language) {
        String lang = language != null ? language : Language.detect(text);
        String normalized = Scripts.normalize(text, Language.isChinese(lang));
        return new AnalyzedText(text, normalized, lang, List.copyOf(Sentences.split(text)));
    }

    public boolean chinese() {
        return Language.isChinese(language);
    }

    /** The sentence containing an offset, or null. */
    public Span sentenceAt(int offset) {
        for (Span s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
