package org.eventline.extract.cue;

import org.eventline.extract.Lexicon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cues of each lexicon file, compiled once for all the readers of one extractor: claims and events
 * read the same stance, attribution, marker and event files. Thread-safe.
 */
public final class CueFiles {

    private final Lexicon lexicon;
    private final Map<String, Cues> byFile = new ConcurrentHashMap<>();

    public CueFiles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The cues of a lexicon file ({@code stances.tsv}), compiled on first use. */
    public Cues of(String file) {
        return byFile.computeIfAbsent(file, f -> new Cues(lexicon, f));
    }
}
