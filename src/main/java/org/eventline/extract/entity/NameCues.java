package org.eventline.extract.entity;

import org.eventline.extract.Lexicon;
import org.eventline.text.Scripts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of {@code names.tsv}: titles, collective nouns, organisation head words, the words that
 * make a name a place, the characters of transliterated names. Chinese cues are kept in Simplified script.
 */
final class NameCues {

    /** A title and the role it names ("Foreign Minister" → foreign minister). */
    record Title(String form, String role, boolean latin) {
    }

    final List<Title> titles = new ArrayList<>();
    /** Titles by their first character, longest first: most positions of a text start none. */
    private final Map<Character, List<Title>> titlesByFirst = new HashMap<>();
    /** The first characters of titles: most characters start none, and are told so without a lookup. */
    private final BitSet titleFirsts = new BitSet();
    final Set<String> honorifics = new HashSet<>();
    /** Words that make an English apposition a person's ("Rand Paul, the Kentucky Republican"), lower case. */
    final Set<String> roles = new HashSet<>();
    final Set<String> collectives = new HashSet<>();
    final Map<String, Kind> orgHeads = new HashMap<>();
    final Affixes placeBefore;
    final Affixes placeAfter;
    final List<String> placeTargets = new ArrayList<>();
    final Set<String> notNames = new HashSet<>();
    final Affixes listTails;
    // Sets of characters as bit sets: they are asked about character after character of every Chinese text.
    private final BitSet translit = new BitSet();
    private final BitSet glueFree = new BitSet();
    private final BitSet surnames = new BitSet();
    private final Map<Character, String> soundGroups = new HashMap<>();
    private final BitSet shortSafe = new BitSet();

    NameCues(Lexicon lexicon) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> tails = new ArrayList<>();
        for (Lexicon.Row row : lexicon.rows("names.tsv")) {
            String label = row.column(0).toUpperCase(Locale.ROOT);
            String cue = row.column(1);
            if (cue.isEmpty()) {
                throw new IllegalArgumentException(row.origin() + ": expected LABEL<tab>cue");
            }
            boolean latin = Scripts.hanShare(cue) == 0;
            String form = latin ? cue : Scripts.toSimplified(cue);
            switch (label) {
                case "TITLE" -> titles.add(new Title(form, row.column(2).isEmpty() ? "official" : row.column(2), latin));
                case "HONORIFIC" -> honorifics.add(form);
                case "ROLE" -> roles.add(form.toLowerCase(Locale.ROOT));
                case "COLLECTIVE" -> collectives.add(form.toLowerCase(Locale.ROOT));
                case "ORG_HEAD" -> orgHeads.put(form, kind(row));
                case "PLACE_BEFORE" -> before.add(form);
                case "PLACE_AFTER" -> after.add(form);
                case "PLACE_TARGET" -> placeTargets.add(form);
                case "NOT_NAME" -> notNames.add(form);
                case "LIST_TAIL" -> tails.add(form);
                case "TRANSLIT" -> form.chars().forEach(translit::set);
                case "SURNAME" -> form.chars().forEach(surnames::set);
                case "SOUND" -> {
                    form.chars().forEach(c -> soundGroups.put((char) c, form));
                    if (row.column(2).equalsIgnoreCase("short")) {
                        form.chars().forEach(shortSafe::set);
                    }
                }
                case "GLUE_FREE" -> cue.chars().forEach(c -> {
                    glueFree.set(c);
                    glueFree.set(Scripts.toSimplified(String.valueOf((char) c)).charAt(0));
                });
                default -> throw new IllegalArgumentException(row.origin() + ": unknown label '" + row.column(0) + "'");
            }
        }
        titles.sort(Comparator.comparingInt((Title t) -> -t.form().length()));
        for (Title t : titles) {
            titlesByFirst.computeIfAbsent(t.form().charAt(0), c -> new ArrayList<>()).add(t);
            titleFirsts.set(t.form().charAt(0));
        }
        placeBefore = longestFirst(before);
        placeAfter = longestFirst(after);
        listTails = longestFirst(tails);
    }

    private static Affixes longestFirst(List<String> words) {
        words.sort(Comparator.comparingInt(String::length).reversed());
        return new Affixes(words);
    }

    private static Kind kind(Lexicon.Row row) {
        try {
            return Kind.valueOf(row.column(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.origin() + ": unknown kind '" + row.column(2) + "'");
        }
    }

    boolean translit(char c) {
        return translit.get(c);
    }

    /** The characters of one sound that transliterations use in each other's place, or null. */
    String soundGroup(char c) {
        return soundGroups.get(c);
    }

    /** Whether two-character names may change this character for another of its sound group. */
    boolean shortSafe(char c) {
        return shortSafe.get(c);
    }

    boolean surname(char c) {
        return surnames.get(c);
    }

    boolean glueFree(char c) {
        return glueFree.get(c);
    }

    /** The Chinese title ending exactly at {@code end} of the Simplified text, or null. */
    Title chineseTitleEndingAt(String norm, int end) {
        if (end == 0 || !Scripts.isHan(norm.charAt(end - 1))) {
            return null;
        }
        for (Title t : titles) {
            if (!t.latin() && end >= t.form().length() && norm.startsWith(t.form(), end - t.form().length())) {
                return t;
            }
        }
        return null;
    }

    /** The Chinese title starting at {@code start}, or null. */
    Title chineseTitleAt(String norm, int start) {
        if (start >= norm.length() || !titleFirsts.get(norm.charAt(start))) {
            return null;
        }
        for (Title t : titlesByFirst.getOrDefault(norm.charAt(start), List.of())) {
            if (!t.latin() && norm.startsWith(t.form(), start)) {
                return t;
            }
        }
        return null;
    }

    /** The English title whose words start at {@code start}, case as written, or null. */
    Title englishTitleAt(String text, int start) {
        if (start >= text.length() || !titleFirsts.get(text.charAt(start))
                && !titleFirsts.get(Character.toLowerCase(text.charAt(start)))) {
            return null;
        }
        char c = text.charAt(start);
        Title t = titleAt(text, start, c, 0);
        if (t == null && Character.isUpperCase(c)) {
            // "Foreign secretary Vikram Misri": a title of several words, capitalised as a sentence opens
            t = titleAt(text, start, Character.toLowerCase(c), 1);
            t = t != null && t.form().indexOf(' ') > 0 ? t : null;
        }
        return t;
    }

    private Title titleAt(String text, int start, char first, int from) {
        for (Title t : titlesByFirst.getOrDefault(first, List.of())) {
            if (t.latin() && text.startsWith(t.form().substring(from), start + from)) {
                int end = start + t.form().length();
                if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                    return t;
                }
            }
        }
        return null;
    }
}
