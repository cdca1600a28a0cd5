package org.eventline.extract.entity;

import org.eventline.extract.Lexicon;
import org.eventline.extract.entity.AliasTrie.Alias;
import org.eventline.extract.entity.AliasTrie.Form;
import org.eventline.extract.entity.EntityMention.Source;
import org.eventline.text.Scripts;
import org.eventline.text.Words;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Known actors and places with all their names. Built from the lexicon files {@code countries.tsv},
 * {@code actors.tsv} and {@code places.tsv}, with every ISO 3166 region's name in English, Traditional and
 * Simplified Chinese from the JDK's CLDR data.
 *
 * <p>Alias matching: Chinese aliases are compared in Simplified script; Latin aliases at word boundaries,
 * ignoring case except that a capital in the alias needs a capital in the text ("US" is not "us", "Trump"
 * is not "trump"), in the first word of a name of several words ("Russia's defence ministry"). A short
 * Chinese name glued into a longer word is no name (其中國家, 完美方案), nor is one inside a longer place or
 * person name the dictionary knows (柏林 in 都柏林). An alias written {@code ~美} is
 * a one-character abbreviation, used only in lists such as 美、烏、歐三方 or 美歐; one written {@code ?強生}
 * names its entry only after a title that says whose it is (英國首相強生, not 眾議院議長強生). Chinese
 * transliterations of people and places also match in their sound-alike spellings ({@link Variants}).
 */
public final class Gazetteer {

    /** The languages whose CLDR country names are aliases. */
    private static final List<Locale> NAME_LOCALES = List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE,
            Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("zh-HK"));

    private final Map<String, Entry> byKey;
    private final NameCues cues;
    private final AliasTrie trie = new AliasTrie();
    private final Map<Character, Entry> abbreviations = new HashMap<>();
    private final Map<String, List<Entry>> titledOnly = new HashMap<>();

    private Gazetteer(Map<String, Entry> byKey, Map<String, Set<String>> demonyms, NameCues cues) {
        this.byKey = byKey;
        this.cues = cues;
        Set<String> chineseForms = new java.util.HashSet<>();
        for (Entry e : byKey.values()) {
            for (String alias : e.aliases()) {
                if (alias.startsWith("~") && alias.length() == 2) {
                    abbreviations.putIfAbsent(Scripts.toSimplified(alias.substring(1)).charAt(0), e);
                } else if (alias.startsWith("?") && alias.length() > 1) {
                    titledOnly.computeIfAbsent(Scripts.toSimplified(alias.substring(1)), k -> new ArrayList<>()).add(e);
                } else {
                    Alias a = alias(alias, e, Form.NAME);
                    trie.add(a);
                    if (!a.latin()) {
                        chineseForms.add(a.form());
                    }
                }
            }
        }
        chineseForms.addAll(titledOnly.keySet());
        Variants.of(byKey.values(), cues, chineseForms)
                .forEach((form, e) -> trie.add(new Alias(form, form, e, Form.NAME, false)));
        demonyms.forEach((key, forms) -> forms.forEach(d -> trie.add(alias(d, byKey.get(key), Form.DEMONYM))));
    }

    /** The longest name written {@code ?name} that starts at {@code start} of a Simplified text, or null. */
    String titledOnlyAt(String norm, int start) {
        String best = null;
        for (String form : titledOnly.keySet()) {
            if (norm.startsWith(form, start) && (best == null || form.length() > best.length())) {
                best = form;
            }
        }
        return best;
    }

    /**
     * The entry a name written {@code ?name} stands for after a title: the one that speaks for the state or
     * body named before the title (英國首相強生, 眾議院議長強生), else the one holding the title's office;
     * null when none or several fit.
     */
    Entry titledOnly(String simplified, Entry holder, String office) {
        Entry found = null;
        for (Entry e : titledOnly.getOrDefault(simplified, List.of())) {
            boolean fits = holder != null
                    ? e.affiliation() != null && (e.affiliation().equals(holder.key()) || e.affiliation().equals(holder.affiliation()))
                    : office != null && office.equals(e.office());
            if (fits) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    static Alias alias(String written, Entry e, Form form) {
        boolean latin = Scripts.hanShare(written) == 0;
        String f = latin ? Scripts.normalize(written, false).toLowerCase(Locale.ROOT)
                : Scripts.normalize(written, true);
        return new Alias(f, Scripts.normalize(written, false), e, form, latin);
    }

    public static Gazetteer from(Lexicon lexicon) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Set<String>> demonyms = new LinkedHashMap<>();
        Map<String, Lexicon.Row> countryRows = new LinkedHashMap<>();
        for (Lexicon.Row row : lexicon.rows("countries.tsv")) {
            countryRows.merge(row.column(0).toUpperCase(Locale.ROOT), row, (a, b) -> b);
        }
        Set<String> isos = new LinkedHashSet<>(List.of(Locale.getISOCountries()));
        isos.addAll(countryRows.keySet());
        for (String iso : isos) {
            addCountry(entries, demonyms, iso, countryRows.get(iso));
        }
        for (String file : List.of("actors.tsv", "places.tsv")) {
            for (Lexicon.Row row : lexicon.rows(file)) {
                add(entries, row);
            }
        }
        return new Gazetteer(entries, demonyms, new NameCues(lexicon));
    }

    /** countries.tsv: ISO 3166 code, Wikidata id, extra aliases (|), canonical name, demonyms (|). */
    private static void addCountry(Map<String, Entry> entries, Map<String, Set<String>> demonyms, String iso,
                                   Lexicon.Row row) {
        Locale region = new Locale("", iso);
        String cldrName = region.getDisplayCountry(Locale.ENGLISH);
        if (row == null && (cldrName.equals(iso) || cldrName.isBlank())) {
            return;
        }
        String qid = row == null ? "" : row.column(1);
        String name = row == null || row.column(3).isEmpty() ? cldrName : row.column(3);
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(name);
        for (Locale l : NAME_LOCALES) {
            String n = region.getDisplayCountry(l);
            // CLDR qualifies some names ("Congo - Kinshasa", 剛果（金）): those are not how news writes them.
            if (!n.equals(iso) && !n.contains(" - ") && !n.contains("（") && !n.contains("(")) {
                aliases.add(n);
            }
        }
        List<String> removed = new ArrayList<>();
        if (row != null) {
            for (String a : splitAliases(row.column(2))) {
                if (a.startsWith("-")) {
                    removed.add(a.substring(1));
                } else {
                    aliases.add(a);
                }
            }
        }
        aliases.removeIf(a -> a.isBlank() || removed.contains(a));
        String key = qid.isEmpty() ? "iso:" + iso : qid;
        merge(entries, new Entry(key, Kind.COUNTRY, name, qid.isEmpty() ? null : qid, null, List.copyOf(aliases)));
        if (row != null && !row.column(4).isEmpty()) {
            demonyms.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(splitAliases(row.column(4)));
        }
    }

    /** actors.tsv and places.tsv: key, kind, canonical name, Wikidata id, affiliation, aliases (|), office. */
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
        String office = row.column(6).isEmpty() ? null : row.column(6).toLowerCase(Locale.ROOT);
        merge(entries, new Entry(key, kind, name, wikidata, affiliation, aliases, office));
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
                e.affiliation() != null ? e.affiliation() : old.affiliation(), List.copyOf(aliases),
                e.office() != null ? e.office() : old.office()));
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

    /** The entry one of whose names is exactly {@code name} (Latin letters), or null. */
    Entry named(String name) {
        List<EntityMention> found = match(name, name);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == name.length()
                ? found.get(0).entry() : null;
    }

    public Entry get(String key) {
        return byKey.get(key);
    }

    public Collection<Entry> entries() {
        return byKey.values();
    }

    NameCues cues() {
        return cues;
    }

    /** The entry for a one-character abbreviation (美 → United States), or null. */
    public Entry abbreviation(char simplified) {
        return abbreviations.get(simplified);
    }

    /**
     * All longest, non-overlapping alias matches in a text, left to right. Demonyms ("Ukrainian") come
     * out as {@link Source#DEMONYM}: they name a state only before a title or collective noun.
     *
     * @param normalized the text in Simplified script (same length as the original)
     */
    public List<EntityMention> match(String normalized, String original) {
        return match(trie, normalized, original, cues);
    }

    static List<EntityMention> match(AliasTrie trie, String normalized, String original, NameCues cues) {
        List<EntityMention> out = new ArrayList<>();
        String lower = normalized.toLowerCase(Locale.ROOT);
        int n = normalized.length();
        int i = 0;
        int lastEnd = 0;
        while (i < n) {
            Alias best = null;
            char c = normalized.charAt(i);
            boolean latinStart = i == 0 || !latinLetter(normalized.charAt(i - 1));
            if (!latinStart && !Scripts.isHan(c) || c == ' ') {
                i++;
                continue;
            }
            for (Alias a : trie.at(lower, i)) {
                if ((latinStart || !a.latin()) && accepts(a, trie, lower, normalized, i, lastEnd, cues)) {
                    best = a;
                    break;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.form().length();
            boolean exact = !best.latin() || normalized.regionMatches(i, best.written(), 0, best.written().length());
            double confidence = best.type() == Form.DEMONYM ? 0.8 : exact ? 0.95 : 0.9;
            out.add(new EntityMention(best.entry(), i, end, original.substring(i, end), confidence,
                    best.type() == Form.DEMONYM ? Source.DEMONYM : Source.NAME));
            i = end;
            lastEnd = end;
        }
        return out;
    }

    static boolean latinLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) && !Scripts.isHan(c);
    }

    private static boolean accepts(Alias a, AliasTrie trie, String lower, String text, int start, int lastEnd,
                                   NameCues cues) {
        int end = start + a.form().length();
        if (a.latin()) {
            if (end < text.length() && latinLetter(text.charAt(end))) {
                return false;
            }
            String w = a.written();
            // "Russia's defence ministry": past the first word of a name of several, case is the writer's style
            int space = w.indexOf(' ');
            int checked = space > 0 && !w.substring(0, space).equals(w.substring(0, space).toLowerCase(Locale.ROOT))
                    ? space : w.length();
            for (int k = 0; k < checked; k++) {
                if (Character.isUpperCase(w.charAt(k)) && !Character.isUpperCase(text.charAt(start + k))) {
                    return false;
                }
            }
            return true;
        }
        return !gluedIntoWord(a, trie, lower, text, start, end, lastEnd, cues)
                && !Words.insideLongerName(text, start, end, lastEnd);
    }

    /**
     * Whether a short Chinese name is part of a longer word rather than a name: 中國 in 其中國家, 美方 in
     * 完美方案, 馬里 in 馬里奧 (a longer transliterated name).
     */
    private static boolean gluedIntoWord(Alias a, AliasTrie trie, String lower, String text, int start, int end,
                                         int lastEnd, NameCues cues) {
        if (end - start > 2) {
            return false;
        }
        if (end < text.length() && text.charAt(end) == '部' && "東东西南北中".indexOf(text.charAt(end - 1)) >= 0) {
            return true; // 中東 in 烏克蘭中東部城市: 東部, a part of the country
        }
        if (start > lastEnd) {
            char prev = text.charAt(start - 1);
            if (Scripts.isHan(prev) && !cues.glueFree(prev) && Words.isWord("" + prev + text.charAt(start))) {
                return true;
            }
            if (start - 2 >= lastEnd && cues.translit(prev) && cues.translit(text.charAt(start - 2))
                    && !cues.glueFree(prev) && a.entry().kind() != Kind.PLACE) {
                return true;
            }
        }
        boolean nameLike = cues.translit(text.charAt(start)) && cues.translit(text.charAt(end - 1));
        return nameLike && end + 1 < text.length() && cues.translit(text.charAt(end))
                && cues.translit(text.charAt(end + 1)) && !cues.glueFree(text.charAt(end))
                && !Words.isWord(text.substring(end, end + 2)) && trie.at(lower, end).isEmpty();
    }
}
