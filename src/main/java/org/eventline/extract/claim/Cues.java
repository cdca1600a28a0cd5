package org.eventline.extract.claim;

import org.eventline.extract.Lexicon;
import org.eventline.text.Scripts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cue words from a lexicon file: a label (claim type, stance, event type…) and a word or phrase in any
 * script. Matching is on the Simplified, lower-cased text; Latin cues only at word boundaries, and a cue
 * ending in * matches any word that starts with it ("refus*").
 */
public final class Cues {

    /** A cue found in a text. */
    public record Hit(String label, String cue, int start, int end) {
    }

    private record Cue(String label, String form, boolean latin, boolean prefix) {
    }

    private final List<Cue> cues = new ArrayList<>();

    public Cues(Lexicon lexicon, String file) {
        for (Lexicon.Row row : lexicon.rows(file)) {
            String label = row.column(0).toUpperCase(Locale.ROOT);
            String cue = row.column(1);
            if (label.isEmpty() || cue.isEmpty()) {
                throw new IllegalArgumentException(row.origin() + ": expected LABEL<tab>cue");
            }
            boolean prefix = cue.endsWith("*");
            String form = prefix ? cue.substring(0, cue.length() - 1) : cue;
            boolean latin = Scripts.hanShare(form) == 0;
            form = latin ? form.toLowerCase(Locale.ROOT) : Scripts.toSimplified(form);
            cues.add(new Cue(label, form, latin, prefix));
        }
        cues.sort(Comparator.comparingInt((Cue c) -> -c.form().length()));
    }

    /**
     * Every cue in {@code normalized[from, to)}: longest first, cues of one label never overlap each other,
     * cues of different labels may ("不會派" is both REJECT and NEGATION).
     *
     * @param normalized Simplified text; Latin is compared lower-cased
     */
    public List<Hit> find(String normalized, int from, int to) {
        String lower = normalized.substring(from, to).toLowerCase(Locale.ROOT);
        List<Hit> out = new ArrayList<>();
        java.util.Map<String, boolean[]> takenByLabel = new java.util.HashMap<>();
        for (Cue c : cues) {
            boolean[] taken = takenByLabel.computeIfAbsent(c.label(), l -> new boolean[lower.length()]);
            int i = lower.indexOf(c.form());
            while (i >= 0) {
                int end = i + c.form().length();
                if (c.latin() && c.prefix()) {
                    while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                        end++;
                    }
                }
                boolean ok = !c.latin() || ((i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))
                        && (end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end))));
                if (ok && free(taken, i, end)) {
                    for (int k = i; k < end; k++) {
                        taken[k] = true;
                    }
                    out.add(new Hit(c.label(), c.form(), from + i, from + end));
                }
                i = lower.indexOf(c.form(), i + 1);
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int k = start; k < end; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}
