package org.eventline.extract.time;

import org.eventline.extract.Lexicon;
import org.eventline.text.Scripts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The time vocabulary of {@code times.tsv}: month and weekday names, relative day words, units,
 * holidays, vague references, tense cues. Chinese words are kept in Simplified script, the script the
 * Chinese rules read; lookups ignore case, so "Last week" finds "last".
 */
final class TimeWords {

    static final String FILE = "times.tsv";

    /** One vocabulary line: the word as written, its value and an optional extra column. */
    record Word(String kind, String text, String value, String extra) {
    }

    private static final Set<String> KINDS = Set.of("month", "weekday", "day", "year", "shift", "unit", "number",
            "season", "partofday", "holiday", "vague", "modifier", "past", "future", "block", "dateline");
    /** Kinds whose words are cues and carry no value. */
    private static final Set<String> VALUELESS = Set.of("block", "past", "future", "dateline");

    private final Map<String, Map<String, Word>> byKind = new LinkedHashMap<>();

    private TimeWords() {
        for (String kind : KINDS) {
            byKind.put(kind, new LinkedHashMap<>());
        }
    }

    static TimeWords from(Lexicon lexicon) {
        TimeWords words = new TimeWords();
        for (Lexicon.Row row : lexicon.rows(FILE)) {
            String kind = row.column(0);
            String text = row.column(1);
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(row.origin() + ": unknown time word kind '" + kind + "'");
            }
            if (text.isEmpty()) {
                throw new IllegalArgumentException(row.origin() + ": no word");
            }
            if (!VALUELESS.contains(kind) && row.column(2).isEmpty()) {
                throw new IllegalArgumentException(row.origin() + ": no value for '" + text + "'");
            }
            String simplified = Scripts.toSimplified(text);
            // A later line (a user's file) replaces an earlier one for the same word.
            words.byKind.get(kind).put(key(simplified), new Word(kind, simplified, row.column(2), row.column(3)));
        }
        return words;
    }

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private static String key(String text) {
        String k = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return k.indexOf(' ') < 0 && k.indexOf('\n') < 0 && k.indexOf('\t') < 0 ? k : BLANKS.matcher(k).replaceAll(" ");
    }

    /** The word of a kind as matched in a text (any case, any run of blanks), or null. */
    Word get(String kind, String matched) {
        return byKind.get(kind).get(key(matched));
    }

    String value(String kind, String matched) {
        Word w = get(kind, matched);
        return w == null ? null : w.value();
    }

    int number(String kind, String matched) {
        return Integer.parseInt(value(kind, matched));
    }

    Collection<Word> all(String kind) {
        return byKind.get(kind).values();
    }

    /** A regular-expression alternation of the words of a kind, longest first, blanks matching any blank run. */
    String alternation(String kind, Predicate<Word> keep) {
        List<String> texts = new ArrayList<>();
        for (Word w : all(kind)) {
            if (keep.test(w)) {
                texts.add(w.text());
            }
        }
        return alternationOf(texts);
    }

    private static String alternationOf(List<String> texts) {
        texts = new ArrayList<>(new java.util.LinkedHashSet<>(texts));
        texts.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(literal(texts.get(i)));
        }
        return sb.append(texts.isEmpty() ? "(?!)" : "").append(')').toString();
    }

    String alternation(String kind) {
        return alternation(kind, w -> true);
    }

    /** Chinese words of a kind (those with a Han character). */
    String chinese(String kind) {
        return alternation(kind, w -> hasHan(w.text()));
    }

    /** English words of a kind (those without a Han character). */
    String english(String kind) {
        return alternation(kind, w -> !hasHan(w.text()));
    }

    /** English names as written or in capitals (Friday, FRIDAY), for patterns that match case. */
    String englishNames(String kind, Predicate<Word> keep) {
        List<String> texts = new ArrayList<>();
        for (Word w : all(kind)) {
            if (!hasHan(w.text()) && keep.test(w)) {
                texts.add(w.text());
                texts.add(w.text().toUpperCase(Locale.ROOT));
            }
        }
        return alternationOf(texts);
    }

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String literal(String word) {
        StringBuilder sb = new StringBuilder();
        for (String part : word.split(" ", -1)) {
            if (!sb.isEmpty()) {
                sb.append("\\s+");
            }
            sb.append(Pattern.quote(part).replace("'", "\\E['’]\\Q"));
        }
        return sb.toString();
    }
}
