package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The matter of a claim named again by its head noun: after "a ceasefire monitoring mission" "any mission"
 * and "the mission" are the same matter, and so is 該部隊 after 維和部隊. A head is the last word of a
 * claim word of two words or more (claims.tsv), found as the last word of a claim word in the text or
 * as the word right after one; in Chinese, the last two characters of a claim word of three or more. A
 * determiner (determiners.tsv) before a head refers back to the nearest claim word before it
 * with that head, anywhere earlier in the article, headline included.
 */
final class Topics {

    /** A last word after one of these names no matter of its own ("changed by force"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("by", "of", "to", "in", "on", "at", "for", "with",
            "from", "into", "the", "a", "an", "and", "or", "not", "no");

    /** A determiner and the head it stands before, with the claim word it refers back to. */
    record Reference(Cues.Hit named, int start, int end) {
    }

    private final Layers layers;
    private final Cues.Hits typeHits;
    private final Cues.Hits determiners;
    private final Set<String> heads;

    /** @param determiners the hits of determiners.tsv in this text */
    Topics(ClaimText text, Cues types, Cues.Hits determiners) {
        this.layers = text.layers();
        this.typeHits = text.types();
        this.determiners = determiners;
        this.heads = new HashSet<>();
        for (String phrase : types.phrases()) {
            String[] words = phrase.split(" ");
            if (!FUNCTION_WORDS.contains(words[words.length - 2])) {
                heads.add(singular(words[words.length - 1]));
            }
        }
    }

    /** The first determiner in {@code [from, to)} standing before the head of a claim word named earlier. */
    Reference in(int from, int to) {
        for (Cues.Hit d : determiners.in(from, to)) {
            int at = d.end();
            while (at < to && layers.lower.charAt(at) == ' ') {
                at++;
            }
            int end = layers.chinese ? Math.min(to, at + 2) : wordEnd(at, to);
            if (end <= at || !layers.chinese && !Character.isLowerCase(layers.text.charAt(at))) {
                continue;
            }
            String word = layers.lower.substring(at, end);
            if (!layers.chinese && !heads.contains(singular(word))) {
                continue; // most words after "the" head no claim word: told without looking back
            }
            List<Cues.Hit> before = typeHits.in(0, d.start());
            for (int i = before.size() - 1; i >= 0; i--) {
                if (heads(before.get(i), word)) {
                    return new Reference(before.get(i), d.start(), end);
                }
            }
        }
        return null;
    }

    /** Whether {@code word} is a head of the claim word found. */
    private boolean heads(Cues.Hit h, String word) {
        if (h.cue().contains("…") || h.cue().contains("...")) {
            return false;
        }
        String t = layers.lower.substring(h.start(), h.end());
        if (layers.chinese) {
            return t.length() >= 3 && t.endsWith(word) && word.length() == 2;
        }
        int space = t.lastIndexOf(' ');
        if (space > 0 && singular(t.substring(space + 1)).equals(singular(word))
                && !FUNCTION_WORDS.contains(t.substring(t.lastIndexOf(' ', space - 1) + 1, space))) {
            return true;
        }
        int next = h.end() + 1;
        return next < layers.lower.length() && layers.lower.charAt(h.end()) == ' '
                && singular(layers.lower.substring(next, wordEnd(next, layers.lower.length()))).equals(singular(word));
    }

    private int wordEnd(int at, int to) {
        int k = at;
        while (k < to && Character.isLetter(layers.lower.charAt(k))) {
            k++;
        }
        return k;
    }

    /** "missions" and "mission" are one head. */
    private static String singular(String word) {
        return word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }
}
