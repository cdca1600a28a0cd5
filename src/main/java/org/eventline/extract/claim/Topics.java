package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final Cues.Hits determiners;
    /** The claim words of this text by the heads they have, each list in text order. */
    private final Map<String, List<Cues.Hit>> byHead = new HashMap<>();

    /**
     * @param heads       the heads of the claim words, from {@link #heads}
     * @param determiners the hits of determiners.tsv in this text
     */
    Topics(ClaimText text, Set<String> heads, Cues.Hits determiners) {
        this.layers = text.layers();
        this.determiners = determiners;
        for (Cues.Hit h : text.types().all()) {
            if (h.cue().contains("…") || h.cue().contains("...")) {
                continue; // a gapped claim word has no head of its own
            }
            String t = layers.lower.substring(h.start(), h.end());
            if (layers.chinese) {
                if (t.length() >= 3) {
                    byHead.computeIfAbsent(t.substring(t.length() - 2), k -> new ArrayList<>()).add(h);
                }
                continue;
            }
            int space = t.lastIndexOf(' ');
            String last = space > 0 ? singular(t.substring(space + 1)) : null;
            if (last != null && heads.contains(last)
                    && !FUNCTION_WORDS.contains(t.substring(t.lastIndexOf(' ', space - 1) + 1, space))) {
                byHead.computeIfAbsent(last, k -> new ArrayList<>()).add(h);
            }
            int next = h.end() + 1;
            if (next < layers.lower.length() && layers.lower.charAt(h.end()) == ' ') {
                String after = singular(layers.lower.substring(next, wordEnd(next, layers.lower.length())));
                if (!after.equals(last) && heads.contains(after)) {
                    byHead.computeIfAbsent(after, k -> new ArrayList<>()).add(h);
                }
            }
        }
    }

    /** The heads of the claim words of a cue file: last words of its phrases, not after a function word. */
    static Set<String> heads(Cues types) {
        Set<String> heads = new HashSet<>();
        for (String phrase : types.phrases()) {
            String[] words = phrase.split(" ");
            if (!FUNCTION_WORDS.contains(words[words.length - 2])) {
                heads.add(singular(words[words.length - 1]));
            }
        }
        return heads;
    }

    /** The first determiner in {@code [from, to)} standing before the head of a claim word named earlier. */
    Reference in(int from, int to) {
        if (byHead.isEmpty()) {
            return null;
        }
        for (Cues.Hit d : determiners.in(from, to)) {
            int at = d.end();
            while (at < to && layers.lower.charAt(at) == ' ') {
                at++;
            }
            int end = layers.chinese ? Math.min(to, at + 2) : wordEnd(at, to);
            if (end <= at || !layers.chinese && !Character.isLowerCase(layers.text.charAt(at))) {
                continue;
            }
            List<Cues.Hit> named = byHead.get(singular(layers.lower.substring(at, end)));
            for (int i = named == null ? -1 : named.size() - 1; i >= 0; i--) {
                if (named.get(i).end() <= d.start()) {
                    return new Reference(named.get(i), d.start(), end);
                }
            }
        }
        return null;
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
