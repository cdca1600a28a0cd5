package org.eventline.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue words looked for right before or right after a name (在, 首都, "capital of"), case ignored, tried in
 * the order given. They are indexed by their first and last characters, case folded: every place name of
 * every article is looked at, and most of the list cannot match the character beside it.
 */
final class Affixes {

    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final Map<Character, List<String>> byLast = new HashMap<>();

    Affixes(List<String> words) {
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty cue word");
            }
            byFirst.computeIfAbsent(fold(w.charAt(0)), k -> new ArrayList<>()).add(w);
            byLast.computeIfAbsent(fold(w.charAt(w.length() - 1)), k -> new ArrayList<>()).add(w);
        }
    }

    /** The first word that ends exactly at {@code end}, or null. */
    String endingAt(String text, int end) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        for (String c : byLast.getOrDefault(fold(text.charAt(end - 1)), List.of())) {
            if (end >= c.length() && text.regionMatches(true, end - c.length(), c, 0, c.length())) {
                return c;
            }
        }
        return null;
    }

    /** The first word that starts exactly at {@code start}, or null. */
    String startingAt(String text, int start) {
        if (start < 0 || start >= text.length()) {
            return null;
        }
        for (String c : byFirst.getOrDefault(fold(text.charAt(start)), List.of())) {
            if (text.regionMatches(true, start, c, 0, c.length())) {
                return c;
            }
        }
        return null;
    }

    /** Characters equal when case is ignored fold to the same one, as {@link String#regionMatches(boolean, int, String, int, int)} compares them. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
