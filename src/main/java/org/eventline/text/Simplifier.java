package org.eventline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Traditional to Simplified conversion with HanLP's own table ({@code data/dictionary/tc/t2s.txt} in its
 * jar, lines {@code 繁=简}, a later line winning) and HanLP's rule: at each position the longest phrase
 * of the table that starts there, else the character itself. Same output as
 * {@code HanLP.convertToSimplifiedChinese}, but the table loads in milliseconds where HanLP builds an
 * Aho-Corasick automaton first, a cost every command paid at start-up.
 */
final class Simplifier {

    private static final String TABLE = "data/dictionary/tc/t2s.txt";

    /** Phrases of the table by their first character, longest first. */
    private final Map<Character, List<String[]>> phrases = new HashMap<>();
    private final boolean[] startsPhrase = new boolean[Character.MAX_VALUE + 1];
    /** One character to one character: the bulk of the table, looked up without hashing. */
    private final char[] single = new char[Character.MAX_VALUE + 1];
    /** One character to another length (a character outside the Basic Multilingual Plane). */
    private final Map<Character, String> singleOther = new HashMap<>();
    /** The keys of {@link #singleOther}: most characters have no entry, and are told so without boxing and hashing. */
    private final boolean[] mapsToOther = new boolean[Character.MAX_VALUE + 1];

    private static final class Holder {
        static final Simplifier INSTANCE = load();
    }

    static Simplifier get() {
        return Holder.INSTANCE;
    }

    private static Simplifier load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = Simplifier.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP's conversion table " + TABLE + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] kv = line.split("=", 2);
                if (kv.length == 2 && !kv[0].isEmpty()) {
                    table.put(kv[0], kv[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        Simplifier s = new Simplifier();
        table.forEach((from, to) -> {
            char first = from.charAt(0);
            if (from.length() > 1) {
                s.phrases.computeIfAbsent(first, k -> new ArrayList<>()).add(new String[] {from, to});
                s.startsPhrase[first] = true;
            } else if (to.length() == 1) {
                s.single[first] = to.charAt(0);
            } else {
                s.singleOther.put(first, to);
                s.mapsToOther[first] = true;
            }
        });
        s.phrases.values().forEach(l -> l.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed()));
        return s;
    }

    String convert(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            String phrase = null;
            int length = 1;
            if (startsPhrase[c]) {
                for (String[] p : phrases.get(c)) {
                    if (text.startsWith(p[0], i)) {
                        phrase = p[1];
                        length = p[0].length();
                        break;
                    }
                }
            }
            if (phrase == null) {
                char to = single[c];
                if (to != 0) {
                    if (to != c) {
                        if (out == null) {
                            out = new StringBuilder(n).append(text, 0, i);
                        }
                        out.append(to);
                    } else if (out != null) {
                        out.append(c);
                    }
                    i++;
                    continue;
                }
                phrase = mapsToOther[c] ? singleOther.get(c) : null;
            }
            if (phrase == null) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            out.append(phrase);
            i += length;
        }
        return out == null ? text : out.toString();
    }
}
