package org.eventline.extract.entity;

import org.eventline.extract.entity.EntityMention.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People and organisations in English text that no gazetteer knows, found the way a reader spots them:
 * a name after a title ("Finnish President Alexander Stubb", "Dr Fiona Hill"), a name with a role in
 * apposition ("Florence Gaub, a futurist at the EU Council"), a full name before a speech verb, and
 * capitalised names headed by an organisation word ("the Kyiv School of Economics").
 */
final class EnglishNames {

    private static final Pattern TRAILING_POINT = Pattern.compile("[.,]$");

    /** A name's word, in the letters of any Latin alphabet: María, Šefčovič, Jean-Noël, O'Brien, McCain, DiCarlo. */
    private static final String TOKEN = "(?:\\p{Lu}\\p{Ll}{1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+(?:-\\p{L}+|'\\p{Lu}\\p{Ll}+)*|\\p{Lu}\\.|O'\\p{Lu}\\p{Ll}+)";
    private static final String PARTICLE = "(?:van|von|der|de|da|del|bin|al|la|le)";
    /** Two to four name tokens: Alexander Stubb, Anthony H. Cordesman, Ursula von der Leyen. */
    private static final Pattern FULL_NAME = Pattern.compile(TOKEN + "(?: (?:" + PARTICLE + " )*" + TOKEN + "){1,3}");
    private static final Pattern ONE_NAME = Pattern.compile(TOKEN + "(?: (?:" + PARTICLE + " )*" + TOKEN + "){0,3}");
    /** A speech verb after a name: "…, said", " told". */
    private static final String SPEECH_VERB = ",? (?:said|says|told|added|replied|wrote|warned|argued|noted|stressed"
            + "|insisted|explained|believes|thinks|according)\\b";
    private static final Pattern SPEECH = Pattern.compile("^" + SPEECH_VERB);
    private static final Pattern APPOSITION = Pattern.compile("^, (?:a|an|the|who is|who was|who heads|who leads"
            + "|[A-Z][\\w.]*(?: [A-Z][\\w.]*)*'s) ([^,.;:()]{0,90})");
    /** "Jeanne Shaheen of New Hampshire, the senior Democrat…": where a person comes from, before the apposition. */
    private static final Pattern OF_PLACE = Pattern.compile("^ of \\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2}(?=,)");
    /** "Ukraine's ambassador, Andriy Melnyk,": a name set off after its title ends with a stop or a speech verb. */
    private static final Pattern SET_OFF_END = Pattern.compile("^(?:[,.;]|" + SPEECH_VERB + ")");
    private static final String CAP = "[A-Z][\\w&-]*(?:\\.[A-Z]\\.?)*(?:'s)?";
    private static final Pattern CAPITALISED = Pattern.compile("(?:" + CAP + "|of|for|and|on|the|&)"
            + "(?: (?:" + CAP + "|of|for|and|on|the|&))*");
    private static final Set<String> MODIFIERS = Set.of("former", "then", "top", "chief", "deputy", "senior",
            "special", "acting", "new", "outgoing", "incoming", "first", "current", "lead", "the");

    private final NameCues cues;

    EnglishNames(Gazetteer gazetteer) {
        this.cues = gazetteer.cues();
    }

    void find(Found f) {
        titled(f);
        List<int[]> names = fullNames(f.norm);
        appositions(f, names);
        speakers(f, names);
        organisations(f);
    }

    /**
     * Where {@link #FULL_NAME} matches, as {@code Matcher.find} would find them one after another; a name
     * opens with a capital, so only capitals are tried, which keeps the scan of a long text cheap.
     */
    private static List<int[]> fullNames(String t) {
        List<int[]> found = new ArrayList<>();
        Matcher m = FULL_NAME.matcher(t);
        int i = 0;
        while (i < t.length()) {
            if (Character.isUpperCase(t.codePointAt(i)) && m.region(i, t.length()).lookingAt()) {
                found.add(new int[] {i, m.end()});
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Titles and honorifics followed by a name. */
    private void titled(Found f) {
        String t = f.norm;
        for (int i = 0; i < t.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                continue;
            }
            NameCues.Title title = cues.englishTitleAt(t, i);
            String honorific = title == null ? honorificAt(t, i) : null;
            if (title == null && honorific == null) {
                continue;
            }
            int s = i + (title != null ? title.form().length() : honorific.length());
            // "President Sir Keir Starmer": a title may be followed by an honorific.
            String more = s + 1 < t.length() ? honorificAt(t, s + 1) : null;
            if (more != null) {
                s += 1 + more.length();
            }
            // "Ukraine's ambassador, Andriy Melnyk, replied": a full name may stand set off after its title
            boolean setOff = title != null && t.startsWith(", ", s);
            if (s >= t.length() || t.charAt(s) != ' ' && !setOff) {
                continue;
            }
            s += setOff ? 2 : 1;
            boolean capitalTitle = !setOff && (honorific != null || Character.isUpperCase(t.charAt(i)));
            Matcher m = (capitalTitle ? ONE_NAME : FULL_NAME).matcher(t).region(s, t.length());
            if (!m.lookingAt() || setOff && !SET_OFF_END.matcher(t).region(m.end(), t.length()).lookingAt()) {
                continue;
            }
            int e = trimName(t, s, m.end());
            if (e <= s) {
                continue;
            }
            EntityMention known = f.covering(s);
            if (known != null) {
                i = Math.max(i, known.end() - 1);
                continue;
            }
            if (!f.free(s, e) || countTokens(t, s, e) < (capitalTitle ? 1 : 2)) {
                continue;
            }
            String affiliation = title != null ? affiliationBefore(f, i) : null;
            Entry entry = person(f, t.substring(s, e), affiliation, title == null ? null : title.role());
            f.add(new EntityMention(entry, s, e, f.text.substring(s, e), 0.8, Source.TITLE));
            i = e - 1;
        }
    }

    private String honorificAt(String t, int i) {
        for (String h : cues.honorifics) {
            if (t.startsWith(h, i) && i + h.length() < t.length() && t.charAt(i + h.length()) == ' ') {
                return h;
            }
        }
        return null;
    }

    /** Drops words that close a name only in appearance: "Zelensky Monday", "Berlin Talks". */
    private int trimName(String t, int s, int e) {
        String[] words = t.substring(s, e).split(" ");
        int keep = words.length;
        while (keep > 0 && cues.notNames.contains(words[keep - 1])) {
            keep--;
        }
        if (keep > 0 && cues.notNames.contains(words[0])) {
            return s;
        }
        int end = s;
        for (int k = 0; k < keep; k++) {
            end += (k == 0 ? 0 : 1) + words[k].length();
        }
        return end;
    }

    private static int countTokens(String t, int s, int e) {
        return t.substring(s, e).split(" ").length;
    }

    /** The state or body named just before a title: "Finnish President", "Russia's Foreign Minister". */
    private String affiliationBefore(Found f, int titleStart) {
        int k = titleStart;
        for (int hop = 0; hop < 3; hop++) {
            EntityMention m = f.endingAt(k);
            if (m == null && k >= 3 && f.norm.startsWith("'s ", k - 3)) {
                m = f.endingAt(k - 3);
            }
            if (m != null) {
                return stateOf(m);
            }
            int w = k - 1;
            while (w > 0 && f.norm.charAt(w - 1) == ' ') {
                w--;
            }
            int ws = w;
            while (ws > 0 && Character.isLetter(f.norm.charAt(ws - 1))) {
                ws--;
            }
            if (ws == w || !MODIFIERS.contains(f.norm.substring(ws, w).toLowerCase())) {
                return null;
            }
            k = ws;
        }
        return null;
    }

    static String stateOf(EntityMention m) {
        Entry e = m.entry();
        if (e.kind() == Kind.PERSON) {
            return null;
        }
        if (e.kind() == Kind.PLACE) {
            return e.affiliation();
        }
        return e.key();
    }

    private Entry person(Found f, String name, String affiliation, String role) {
        List<String> aliases = new ArrayList<>(List.of(name));
        String surname = surname(name);
        if (surname != null) {
            aliases.add(surname);
        }
        Entry e = f.introduce(new Entry(Entry.localKey(name), Kind.PERSON, name, null, affiliation, aliases, role));
        if (surname != null) {
            f.repeats.put(surname, e);
        }
        return e;
    }

    /** A Korean given name, hyphenated after the family name ("Lee Jae-myung", "Park Yoon-joo"). */
    private static final Pattern KOREAN_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /**
     * The word a full name is later written by: its last, or its first where the family name comes first
     * ("Lee, who met…" after "Lee Jae-myung"); null for a single word or a short surname.
     */
    static String surname(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return null;
        }
        String surname = words.length == 2 && KOREAN_GIVEN.matcher(words[1]).matches() ? words[0] : words[words.length - 1];
        return surname.length() >= 3 ? surname : null;
    }

    /** "Florence Gaub, a futurist at the EU Council,": a full name with a role in apposition. */
    private void appositions(Found f, List<int[]> names) {
        for (int[] name : names) {
            int s = name[0];
            int e = trimName(f.norm, s, name[1]);
            if (e <= s || !f.free(s, e) || (s > 0 && Character.isLetter(f.norm.charAt(s - 1)))) {
                continue;
            }
            Matcher of = OF_PLACE.matcher(f.norm).region(e, f.norm.length());
            Matcher a = APPOSITION.matcher(f.norm).region(of.lookingAt() ? of.end() : e, f.norm.length());
            if (!a.lookingAt() || !hasRole(a.group(1))) {
                continue;
            }
            String affiliation = null;
            for (EntityMention x : f.mentions()) {
                if (x.start() >= a.start(1) && x.end() <= a.end(1) && stateOf(x) != null) {
                    affiliation = stateOf(x);
                    break;
                }
            }
            Entry entry = person(f, f.norm.substring(s, e), affiliation, null);
            f.add(new EntityMention(entry, s, e, f.text.substring(s, e), 0.75, Source.PATTERN));
        }
    }

    private boolean hasRole(String phrase) {
        for (String w : phrase.split("[ \\-]")) {
            if (cues.roles.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (NameCues.Title t : cues.titles) {
                if (t.latin() && t.form().equalsIgnoreCase(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Fiona Hill said": a full name, none of whose words is a common capitalised word, before a speech verb. */
    private void speakers(Found f, List<int[]> names) {
        for (int[] found : names) {
            int s = found[0];
            int e = found[1];
            if (!f.free(s, e) || (s > 0 && Character.isLetter(f.norm.charAt(s - 1)))
                    || !SPEECH.matcher(f.norm).region(e, f.norm.length()).lookingAt()) {
                continue;
            }
            String name = f.norm.substring(s, e);
            String[] words = name.split(" ");
            boolean plain = true;
            for (String w : words) {
                plain &= !cues.notNames.contains(w) && !cues.orgHeads.containsKey(w);
            }
            if (plain && words.length <= 3) {
                Entry entry = person(f, name, null, null);
                f.add(new EntityMention(entry, s, e, f.text.substring(s, e), 0.6, Source.PATTERN));
            }
        }
    }

    /** Capitalised names with an organisation head word: the Kyiv School of Economics, The Moscow Times. */
    private void organisations(Found f) {
        Matcher m = CAPITALISED.matcher(f.norm);
        while (m.find()) {
            String[] words = m.group().split(" ");
            int first = 0;
            for (int k = 0; k < words.length; k++) {
                if (words[k].endsWith("'s")) {
                    first = k + 1;
                }
            }
            // "the senior Democrat on the Foreign Relations Committee": a person's role opens no organisation's name
            while (first < words.length && (!Character.isUpperCase(words[first].charAt(0))
                    || first + 1 < words.length && !Character.isUpperCase(words[first + 1].charAt(0))
                    && cues.roles.contains(words[first].toLowerCase(Locale.ROOT)))) {
                first++;
            }
            int last = words.length - 1;
            while (last > first && (!Character.isUpperCase(words[last].charAt(0)) || cues.notNames.contains(words[last])
                    && !cues.orgHeads.containsKey(words[last]))) {
                last--;
            }
            if (last - first < 1 || words[last].endsWith("'s")) {
                continue;
            }
            Kind kind = null;
            boolean distinctive = false;
            for (int k = first; k <= last; k++) {
                String w = TRAILING_POINT.matcher(words[k]).replaceAll("");
                Kind head = cues.orgHeads.get(w);
                if (head != null) {
                    kind = kind == null || head == Kind.MEDIA ? head : kind;
                } else if (Character.isUpperCase(w.charAt(0)) && !cues.notNames.contains(w) && w.length() >= 2) {
                    distinctive = true;
                }
            }
            if (kind == null || !distinctive || cues.orgHeads.get(words[first]) != null && first == last - 1) {
                continue;
            }
            int s = m.start();
            for (int k = 0; k < first; k++) {
                s += words[k].length() + 1;
            }
            int e = s;
            for (int k = first; k <= last; k++) {
                e += (k == first ? 0 : 1) + words[k].length();
            }
            if (f.norm.charAt(e - 1) == '.' || f.norm.charAt(e - 1) == ',') {
                e--;
            }
            boolean knownInside = false;
            boolean actorInside = false;
            for (EntityMention x : f.mentions()) {
                if (x.overlaps(s, e)) {
                    knownInside = true;
                    actorInside |= x.start() <= s && x.end() >= e || x.entry().kind() == Kind.PERSON
                            || x.entry().kind() == Kind.ORGANIZATION || x.entry().kind() == Kind.MEDIA;
                }
            }
            if (actorInside) {
                continue;
            }
            String name = f.norm.substring(s, e);
            if (name.startsWith("The ") && kind != Kind.MEDIA) {
                name = name.substring(4);
                s += 4;
            }
            Entry entry = f.introduce(new Entry(Entry.localKey(name), kind, name, null, null, List.of(name)));
            EntityMention mention = new EntityMention(entry, s, e, f.text.substring(s, e), knownInside ? 0.7 : 0.65,
                    Source.PATTERN);
            f.replace(mention);
        }
    }
}
