package org.eventline.extract.entity;

import org.eventline.text.Scripts;
import org.eventline.text.Words;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sound-alike spellings of Chinese transliterations. Media write the same foreign name with different
 * characters of one sound (普丁/普亭/普廷, 佩斯科夫/佩斯可夫, 澤倫斯基/澤連斯基), and no list keeps up with every
 * outlet. Each transliterated alias of a person or place therefore also matches with one character swapped
 * for another of its group in {@code names.tsv} (label SOUND). Two-character names change only in their
 * last character, and only within groups marked for it: their variants collide with words too easily.
 * A variant that is a dictionary word, another entry's name, or a variant of two entries is dropped.
 */
final class Variants {

    private Variants() {
    }

    /** Variant spellings (Simplified) and the entry each stands for. */
    static Map<String, Entry> of(Collection<Entry> entries, NameCues cues, Set<String> knownForms) {
        Map<String, Entry> out = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Entry e : entries) {
            if (e.kind() != Kind.PERSON && e.kind() != Kind.PLACE) {
                continue;
            }
            for (String alias : e.aliases()) {
                if (alias.startsWith("~") || Scripts.hanShare(alias) < 1.0) {
                    continue;
                }
                String form = Scripts.toSimplified(alias.startsWith("?") ? alias.substring(1) : alias);
                if (alias.startsWith("?") || form.length() < 2) {
                    continue;  // a name that needs its title is not guessed at in other spellings
                }
                for (String v : spellings(form, cues)) {
                    if (knownForms.contains(v) || Words.isWord(v)) {
                        continue;
                    }
                    Entry before = out.putIfAbsent(v, e);
                    if (before != null && !before.key().equals(e.key())) {
                        ambiguous.add(v);
                    }
                }
            }
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    /** The spellings of a name with one character replaced by another of its sound group. */
    private static List<String> spellings(String form, NameCues cues) {
        List<String> out = new java.util.ArrayList<>();
        boolean twoCharacters = form.length() == 2;
        for (int i = twoCharacters ? 1 : 0; i < form.length(); i++) {
            String group = cues.soundGroup(form.charAt(i));
            if (group == null || twoCharacters && !cues.shortSafe(form.charAt(i))) {
                continue;
            }
            for (int k = 0; k < group.length(); k++) {
                char c = group.charAt(k);
                if (c != form.charAt(i)) {
                    out.add(form.substring(0, i) + c + form.substring(i + 1));
                }
            }
        }
        return out;
    }
}
