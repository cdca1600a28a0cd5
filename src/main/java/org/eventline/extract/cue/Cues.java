package org.eventline.extract.cue;

import org.eventline.extract.Lexicon;
import org.eventline.text.Scripts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Cue words from a lexicon file: a label (claim type, stance, event type, marker…), a word or phrase in
 * any script, and an optional third column (an option the reader of the label understands, such as
 * {@code place}). Matching is on the Simplified, lower-cased text. A cue ending in * matches any Latin
 * word that starts with it ("refus*"); a cue written {@code A…B} matches A followed by B later in the same
 * clause ("provid*…security", "保护…免于"). Latin cues match whole words only. The label {@code -} marks
 * a blocker: text it matches is not a cue of any label ("不仅" is no negation, "允许" no offer).
 */
public final class Cues {

    public static final String BLOCK = "-";

    /** Characters a gapped cue never spans: clause and sentence ends. */
    private static final String CLAUSE_ENDS = "。！？；;!?\n，,：:.";
    private static final int LATIN_GAP = 60;
    private static final int HAN_GAP = 16;

    private record Part(String form, boolean prefix, boolean latin) {
    }

    private record Cue(String label, String text, List<Part> parts, String option, int weight) {

        /**
         * The second character of the first part, or -1 when it has one character: most cues sharing a
         * first character are told apart by the next one, without a call to match.
         */
        int second() {
            String form = parts.get(0).form();
            return form.length() > 1 ? form.charAt(1) : -1;
        }
    }

    /** What the cues were built from, unchangeable: cues of the same rows find the same hits. */
    final List<Lexicon.Row> rows;
    /** Cues by their first character, longest first: the text is read once, position by position. */
    private final Map<Character, List<Cue>> byFirst = new HashMap<>();
    private Cue[][] table = new Cue[0][];
    /** {@link Cue#second} of each cue of {@link #table}, side by side. */
    private int[][] seconds = new int[0][];
    /** Whether every cue starting with a character starts with a Latin word: none starts inside a word. */
    private boolean[] latinOnly = new boolean[0];
    private final List<String> labels = new ArrayList<>();

    public Cues(Lexicon lexicon, String file) {
        this(lexicon.rows(file));
    }

    public Cues(List<Lexicon.Row> rows) {
        this.rows = List.copyOf(rows);  // the lexicon's own list as it is, so readers of one file share hits
        for (Lexicon.Row row : this.rows) {
            String label = row.column(0).toUpperCase(Locale.ROOT);
            String text = row.column(1);
            if (label.isEmpty() || text.isEmpty()) {
                throw new IllegalArgumentException(row.origin() + ": expected LABEL<tab>cue");
            }
            List<Part> parts = new ArrayList<>();
            for (String p : text.replace("...", "…").split("…")) {
                if (p.strip().indexOf('*') >= 0 && p.strip().indexOf('*') < p.strip().length() - 1) {
                    throw new IllegalArgumentException(row.origin() + ": * may only end a cue or a part of it ("
                            + text + "); write the forms out (calls for, called for) or use A…B");
                }
                if (!p.isBlank()) {
                    parts.add(part(p.strip()));
                }
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException(row.origin() + ": empty cue");
            }
            int weight = parts.stream().mapToInt(p -> p.form().length()).sum();
            Cue cue = new Cue(label, text, List.copyOf(parts), row.column(2).toLowerCase(Locale.ROOT), weight);
            byFirst.computeIfAbsent(parts.get(0).form().charAt(0), k -> new ArrayList<>()).add(cue);
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Cue c) -> -c.weight())));
        int size = byFirst.keySet().stream().mapToInt(c -> c + 1).max().orElse(0);
        table = new Cue[size][];
        byFirst.forEach((c, l) -> table[c] = l.toArray(new Cue[0]));
        seconds = new int[size][];
        byFirst.forEach((c, l) -> seconds[c] = l.stream().mapToInt(Cue::second).toArray());
        latinOnly = new boolean[size];
        byFirst.forEach((c, l) -> latinOnly[c] = l.stream().allMatch(cue -> cue.parts().get(0).latin()));
    }

    private static Part part(String p) {
        boolean prefix = p.endsWith("*");
        String form = prefix ? p.substring(0, p.length() - 1) : p;
        boolean latin = Scripts.hanShare(form) == 0;
        form = latin ? form : Scripts.toSimplified(form);
        return new Part(lower(form), prefix, latin);
    }

    /** This file's Latin cues of two words or more, lower-cased, without gaps or open ends ("monitoring mission"). */
    public List<String> phrases() {
        List<String> out = new ArrayList<>();
        for (List<Cue> list : byFirst.values()) {
            for (Cue c : list) {
                Part only = c.parts().get(0);
                if (c.parts().size() == 1 && only.latin() && !only.prefix() && only.form().indexOf(' ') > 0) {
                    out.add(only.form());
                }
            }
        }
        return out;
    }

    /** The labels of this file, in order of first appearance. */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    /** Lower-cases without changing the length, so offsets stay valid. */
    public static String lower(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(out[i]);
        }
        return new String(out);
    }

    /**
     * Every cue in a text: longest first, cues of one label never overlap each other, cues of different
     * labels may ("不會派" is both REJECT and NEGATION); nothing overlaps a blocker.
     *
     * @param lower the Simplified text, lower-cased with {@link #lower}
     */
    public Hits find(String lower) {
        List<Hit> candidates = new ArrayList<>();
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            char first = lower.charAt(i);
            Cue[] list = first < table.length ? table[first] : null;
            if (list == null) {
                continue;
            }
            // Inside a Latin word no Latin cue starts: most positions of English text are told so at once.
            boolean inWord = i > 0 && latinWordChar(lower.charAt(i - 1)) && latinWordChar(first);
            if (inWord && latinOnly[first]) {
                continue;
            }
            int[] second = seconds[first];
            int next = i + 1 < n ? lower.charAt(i + 1) : -2;
            for (int k = 0; k < list.length; k++) {
                Cue c = list[k];
                if (second[k] >= 0 && second[k] != next || inWord && c.parts().get(0).latin()) {
                    continue;
                }
                int end = match(lower, i, c.parts().get(0));
                for (int p = 1; p < c.parts().size() && end >= 0; p++) {
                    end = search(lower, end, c.parts().get(p));
                }
                if (end >= 0) {
                    candidates.add(new Hit(c.label(), c.text(), c.option(), i, end));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Hit h) -> -(h.end() - h.start())).thenComparingInt(Hit::start));
        // One pass, longest first: a blocker takes its text from the shorter cues inside it, while a
        // longer cue around a blocker ("不同意" around "不同") is a cue all the same.
        BitSet blocked = new BitSet(n);
        Map<String, BitSet> taken = new HashMap<>();
        List<Hit> out = new ArrayList<>();
        for (Hit h : candidates) {
            if (h.label().equals(BLOCK)) {
                blocked.set(h.start(), h.end());
                continue;
            }
            if (overlaps(blocked, h)) {
                continue;
            }
            BitSet t = taken.computeIfAbsent(h.label(), l -> new BitSet(n));
            if (!overlaps(t, h)) {
                t.set(h.start(), h.end());
                out.add(h);
            }
        }
        return new Hits(out);
    }

    private static boolean overlaps(BitSet set, Hit h) {
        int k = set.nextSetBit(h.start());
        return k >= 0 && k < h.end();
    }

    /** End of {@code p} matched at {@code i}, or -1. */
    private static int match(String lower, int i, Part p) {
        if (!lower.startsWith(p.form(), i)) {
            return -1;
        }
        int end = i + p.form().length();
        if (!p.latin()) {
            return end;
        }
        if (i > 0 && latinWordChar(lower.charAt(i - 1)) && latinWordChar(lower.charAt(i))) {
            return -1;
        }
        if (p.prefix()) {
            while (end < lower.length() && latinWordChar(lower.charAt(end))) {
                end++;
            }
        }
        if (end < lower.length() && latinWordChar(lower.charAt(end)) && latinWordChar(lower.charAt(end - 1))) {
            return -1;
        }
        return end;
    }

    /** End of {@code p} found after {@code from} within the clause and the gap allowed, or -1. */
    private static int search(String lower, int from, Part p) {
        int limit = Math.min(lower.length(), from + (p.latin() ? LATIN_GAP : HAN_GAP));
        for (int j = from; j < limit; j++) {
            if (CLAUSE_ENDS.indexOf(lower.charAt(j)) >= 0 && !inNumber(lower, j)
                    || p.latin() && lower.startsWith(" but ", j)) {
                return -1; // "contribute forces … but did not commit troops": two clauses, though unpunctuated
            }
            int end = match(lower, j, p);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** A point or comma inside a number ("£2.26bn", "1,000 prisoners") ends no clause. */
    private static boolean inNumber(String lower, int k) {
        char c = lower.charAt(k);
        return (c == '.' || c == ',') && k > 0 && k + 1 < lower.length()
                && Character.isDigit(lower.charAt(k - 1)) && Character.isDigit(lower.charAt(k + 1));
    }

    private static boolean latinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** A cue found in a text; {@code option} is the cue's third column, lower-cased, or empty. */
    public record Hit(String label, String cue, String option, int start, int end) {

        public boolean is(String l) {
            return label.equals(l);
        }
    }

    /** The cues found in one text, in order of position, with range queries. */
    public static final class Hits {

        private final List<Hit> hits;
        /** The start of each hit, side by side: range queries, asked many times a sentence, search them. */
        private final int[] starts;

        /** How far before a stretch a hit covering it may start: a gapped cue (A…B) stays in its clause. */
        private static final int COVER_REACH = 200;

        Hits(List<Hit> hits) {
            this.hits = new ArrayList<>(hits);
            this.hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(h -> -h.end()));
            this.starts = this.hits.stream().mapToInt(Hit::start).toArray();
        }

        public List<Hit> all() {
            return List.copyOf(hits);
        }

        /** These hits without those {@code drop} accepts. */
        public Hits without(Predicate<Hit> drop) {
            return new Hits(hits.stream().filter(drop.negate()).toList());
        }

        /** Hits lying wholly inside {@code [from, to)}, of any of the labels given (all labels when none). */
        public List<Hit> in(int from, int to, String... labels) {
            List<Hit> out = new ArrayList<>();
            for (int i = next(firstAtOrAfter(from), to, labels); i >= 0; i = next(i + 1, to, labels)) {
                out.add(hits.get(i));
            }
            return out;
        }

        /** The first hit inside {@code [from, to)} of one of the labels, or null. */
        public Hit first(int from, int to, String... labels) {
            int i = next(firstAtOrAfter(from), to, labels);
            return i < 0 ? null : hits.get(i);
        }

        /** The last hit inside {@code [from, to)} of one of the labels, or null. */
        public Hit last(int from, int to, String... labels) {
            Hit last = null;
            for (int i = next(firstAtOrAfter(from), to, labels); i >= 0; i = next(i + 1, to, labels)) {
                last = hits.get(i);
            }
            return last;
        }

        /** Index of the first hit from index {@code i} on that ends by {@code to} and has one of the labels, or -1. */
        private int next(int i, int to, String[] labels) {
            for (; i < hits.size() && hits.get(i).start() < to; i++) {
                Hit h = hits.get(i);
                if (h.end() <= to && (labels.length == 0 || anyOf(h, labels))) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether a hit spans all of {@code [from, to)} (looking back no further than a clause reaches). */
        public boolean covers(int from, int to) {
            for (int i = firstAtOrAfter(from + 1) - 1; i >= 0 && hits.get(i).start() >= from - COVER_REACH; i--) {
                if (hits.get(i).end() >= to) {
                    return true;
                }
            }
            return false;
        }

        public boolean any(int from, int to, String... labels) {
            return first(from, to, labels) != null;
        }

        private static boolean anyOf(Hit h, String[] labels) {
            for (String l : labels) {
                if (h.label().equals(l)) {
                    return true;
                }
            }
            return false;
        }

        private int firstAtOrAfter(int from) {
            return Positions.firstAtOrAfter(starts, from);
        }
    }
}
