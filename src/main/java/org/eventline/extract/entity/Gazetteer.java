package org.eventline.extract.entity;

import org.eventline.extract.Lexicon;
import org.eventline.text.Scripts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Known actors and places with all their names. Built from the lexicon files {@code actors.tsv},
 * {@code places.tsv} and {@code countries.tsv}, plus every country's name in English, Traditional and
 * Simplified Chinese from the JDK's CLDR data.
 *
 * <p>Alias matching: Chinese aliases are compared in Simplified script; an all-capitals Latin alias
 * ("US", "EU") matches case-sensitively, other Latin aliases case-insensitively, both only at word
 * boundaries. An alias written {@code ~美} is a one-character abbreviation, used only inside lists
 * such as 美、烏、歐三方 or 美歐.
 */
public final class Gazetteer {

    /** An alias ready for matching. */
    record Alias(String form, Entry entry, boolean caseSensitive, boolean latin) {
    }

    private final Map<String, Entry> byKey;
    private final Map<Character, List<Alias>> byFirstChar = new HashMap<>();
    private final Map<Character, Entry> abbreviations = new HashMap<>();

    private Gazetteer(Map<String, Entry> byKey) {
        this.byKey = byKey;
        for (Entry e : byKey.values()) {
            for (String alias : e.aliases()) {
                if (alias.startsWith("~") && alias.length() == 2) {
                    abbreviations.putIfAbsent(Scripts.toSimplified(alias.substring(1)).charAt(0), e);
                    continue;
                }
                boolean latin = Scripts.hanShare(alias) == 0;
                String form = latin ? alias : Scripts.toSimplified(alias);
                boolean caseSensitive = latin && isAllCaps(alias);
                if (!caseSensitive) {
                    form = form.toLowerCase(Locale.ROOT);
                }
                byFirstChar.computeIfAbsent(Character.toLowerCase(form.charAt(0)), c -> new ArrayList<>())
                        .add(new Alias(form, e, caseSensitive, latin));
            }
        }
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> -a.form().length())));
    }

    public static Gazetteer from(Lexicon lexicon) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Lexicon.Row row : lexicon.rows("countries.tsv")) {
            addCountry(entries, row);
        }
        for (String file : List.of("actors.tsv", "places.tsv")) {
            for (Lexicon.Row row : lexicon.rows(file)) {
                add(entries, row);
            }
        }
        return new Gazetteer(entries);
    }

    /** countries.tsv: ISO 3166 code, Wikidata id, extra aliases (|). CLDR supplies the standard names. */
    private static void addCountry(Map<String, Entry> entries, Lexicon.Row row) {
        String iso = row.column(0);
        String qid = row.column(1);
        Locale region = new Locale("", iso);
        String name = row.column(3).isEmpty() ? region.getDisplayCountry(Locale.ENGLISH) : row.column(3);
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(region.getDisplayCountry(Locale.ENGLISH));
        aliases.add(region.getDisplayCountry(Locale.TRADITIONAL_CHINESE));
        aliases.add(region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE));
        aliases.add(region.getDisplayCountry(Locale.forLanguageTag("zh-HK")));
        aliases.addAll(splitAliases(row.column(2)));
        aliases.removeIf(a -> a.isBlank() || a.equals(iso));
        String key = qid.isEmpty() ? "iso:" + iso : qid;
        merge(entries, new Entry(key, Kind.COUNTRY, name, qid.isEmpty() ? null : qid, null, List.copyOf(aliases)));
    }

    /** actors.tsv and places.tsv: key, kind, canonical name, Wikidata id, affiliation, aliases (|). */
    private static void add(Map<String, Entry> entries, Lexicon.Row row) {
        String name = row.column(2);
        if (name.isEmpty()) {
            throw new IllegalArgumentException(row.origin() + ": no canonical name");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(row.column(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.origin() + ": unknown kind '" + row.column(1) + "'");
        }
        String wikidata = row.column(3).isEmpty() ? null : row.column(3);
        String key = !row.column(0).isEmpty() ? row.column(0) : wikidata != null ? wikidata : Entry.localKey(name);
        String affiliation = row.column(4).isEmpty() ? null : row.column(4);
        List<String> aliases = new ArrayList<>();
        aliases.add(name);
        aliases.addAll(splitAliases(row.column(5)));
        merge(entries, new Entry(key, kind, name, wikidata, affiliation, aliases));
    }

    private static void merge(Map<String, Entry> entries, Entry e) {
        Entry old = entries.get(e.key());
        if (old == null) {
            entries.put(e.key(), e);
            return;
        }
        Set<String> aliases = new LinkedHashSet<>(old.aliases());
        aliases.addAll(e.aliases());
        // A later file refines an entry: its name, kind and affiliation win, aliases add up.
        entries.put(e.key(), new Entry(e.key(), e.kind(), e.name(),
                e.wikidata() != null ? e.wikidata() : old.wikidata(),
                e.affiliation() != null ? e.affiliation() : old.affiliation(), List.copyOf(aliases)));
    }

    private static List<String> splitAliases(String column) {
        List<String> out = new ArrayList<>();
        for (String a : column.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }

    public Entry get(String key) {
        return byKey.get(key);
    }

    public Collection<Entry> entries() {
        return byKey.values();
    }

    /** The entry for a one-character abbreviation (美 → United States), or null. */
    public Entry abbreviation(char simplified) {
        return abbreviations.get(simplified);
    }

    /**
     * All longest, non-overlapping alias matches in a text, left to right.
     *
     * @param normalized the text in Simplified script (same length as the original)
     */
    public List<EntityMention> match(String normalized, String original) {
        List<EntityMention> out = new ArrayList<>();
        String lower = normalized.toLowerCase(Locale.ROOT);
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            Alias best = null;
            List<Alias> candidates = byFirstChar.get(lower.charAt(i));
            if (candidates != null) {
                for (Alias a : candidates) {
                    String hay = a.caseSensitive() ? normalized : lower;
                    if (hay.startsWith(a.form(), i) && (!a.latin() || boundaries(normalized, i, i + a.form().length()))) {
                        best = a;
                        break;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.form().length();
            out.add(new EntityMention(best.entry(), i, end, original.substring(i, end), 0.9, false));
            i = end;
        }
        return out;
    }

    private static boolean boundaries(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
