package org.eventline.extract.entity;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.extract.entity.AliasTrie.Form;
import org.eventline.extract.entity.EntityMention.Source;

import org.eventline.text.Scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds actors and places, the way an analyst reads them: gazetteer names first (every script and
 * transliteration, metonyms, party references), then abbreviated lists (美、烏、歐三方), names glossed
 * with their Latin form, people after titles, English names by their shape and role, later repeats of
 * names found earlier in the article, roles standing for their holder, and finally whether each capital
 * or country is read as a place or as an actor.
 */
public final class EntityFinder implements Component {

    /** A plural region word after a list of places: "Sumy and Kharkiv regions". */
    private static final Pattern REGIONS_AFTER = Pattern.compile(" (?:regions|oblasts|provinces)\\b");
    private static final Pattern PLACE_LIST = Pattern.compile(",? and |, ");

    /** "Ukrainian and Russian …": the other demonyms of a list before the noun they share. */
    private static final Pattern DEMONYM_LIST = Pattern.compile("(?:,? (?:and|or) [A-Z][a-z]+)+");
    /** "Ukrainian defence …", "Belgian foreign …": a modifier between the demonym and its noun. */
    private static final Pattern DEMONYM_MODIFIER = Pattern.compile(
            " (?:defen[cs]e|foreign|military|security|peace|senior|top|chief|special|deputy)");

    private final Gazetteer gazetteer;
    private final ChineseNames chinese;
    private final EnglishNames english;
    private final Readings readings;

    public EntityFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.chinese = new ChineseNames(gazetteer);
        this.english = new EnglishNames(gazetteer);
        this.readings = new Readings(gazetteer);
    }

    @Override
    public void process(Doc doc) {
        doc.entities.addAll(find(doc.text.text(), doc.text.normalized(), doc.text.chinese()));
    }

    /** The mentions of a text, in order; {@code normalized} is its same-length analysis copy. */
    public List<EntityMention> find(String text, String normalized, boolean isChinese) {
        Found f = new Found(text, normalized, isChinese);
        for (EntityMention m : cityWord(normalized, sharedRegionWord(normalized, gazetteer.match(normalized, text)))) {
            if (m.source() != Source.DEMONYM || demonymNamesState(f, m)) {
                f.add(m);
            }
        }
        if (!isChinese) {
            knownSurnames(f);
        }
        chinese.find(f);
        english.find(f);
        repeats(f);
        roles(f);
        return readings.read(f, gazetteer);
    }

    /**
     * "Belgian government", "Ukrainian President", "Ukrainian and Russian representatives", "Americans",
     * "US-led": a demonym names its state before a title or collective noun, as a plural, or in a compound.
     */
    private boolean demonymNamesState(Found f, EntityMention m) {
        String w = m.text();
        if (w.contains("-") || (w.endsWith("s") && !w.endsWith("ss"))) {
            return true;
        }
        // Read in place from the demonym on: copying the rest of the article for each would grow with its square.
        String norm = f.norm;
        Matcher skip = DEMONYM_LIST.matcher(norm).region(m.end(), norm.length());
        int p = skip.lookingAt() ? skip.end() : m.end();
        skip = DEMONYM_MODIFIER.matcher(norm).region(p, norm.length());
        p = skip.lookingAt() ? skip.end() : p;
        if (p >= norm.length() || norm.charAt(p) != ' ') {
            return false;
        }
        String next = norm.substring(p + 1, wordEnd(norm, p + 1, false));
        if (gazetteer.cues().collectives.contains(next.toLowerCase(Locale.ROOT))) {
            return true;
        }
        int twoEnd = wordEnd(norm, p + 1, true);
        return gazetteer.cues().englishTitleAt(norm, p + 1) != null
                || startsIgnoreCase(norm, p + 1, twoEnd, "prime minister")
                || startsIgnoreCase(norm, p + 1, twoEnd, "foreign minister");
    }

    /**
     * "Ukraine's Sumy and Kharkiv regions": a plural region word after a list of places makes each of them
     * the region of that name (Sumy Oblast, not the city), where the gazetteer knows it as "X region".
     */
    private List<EntityMention> sharedRegionWord(String norm, List<EntityMention> found) {
        List<EntityMention> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            EntityMention last = out.get(i);
            if (last.entry().kind() != Kind.PLACE || !REGIONS_AFTER.matcher(norm).region(last.end(), norm.length()).lookingAt()) {
                continue;
            }
            for (int k = i; k >= 0; k--) {
                EntityMention m = out.get(k);
                if (k < i && (m.entry().kind() != Kind.PLACE
                        || !PLACE_LIST.matcher(norm.substring(m.end(), out.get(k + 1).start())).matches())) {
                    break;
                }
                Entry region = gazetteer.named(m.text() + " region");
                if (region != null && region.kind() == Kind.PLACE) {
                    out.set(k, m.as(region));
                }
            }
        }
        return out;
    }

    /**
     * 南部城市赫爾松, "the town of Kherson", "Kherson city": a word for a city before or after a name the gazetteer
     * reads as a region makes it the city of that name (赫爾松市, "city of Kherson"), where the gazetteer knows one.
     * ("the city of Kherson" needs no rule: it is the city's own alias, matched as the longer name.)
     */
    private List<EntityMention> cityWord(String norm, List<EntityMention> found) {
        List<EntityMention> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            EntityMention m = out.get(i);
            if (m.entry().kind() != Kind.PLACE || !m.entry().name().endsWith(" Oblast")) {
                continue;
            }
            String before = norm.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            boolean city = before.endsWith("城市") || before.endsWith("town of ")
                    || norm.regionMatches(true, m.end(), " city", 0, 5);
            String name = norm.substring(m.start(), m.end());
            Entry named = !city ? null : gazetteer.named(Scripts.hanShare(name) > 0 ? name + "市" : "city of " + name);
            if (named != null && named.kind() == Kind.PLACE && named != m.entry()) {
                out.set(i, m.as(named));
                // 城市札波羅熱（Zaporizhzhia）: the gloss names the city too
                EntityMention gloss = i + 1 < out.size() ? out.get(i + 1) : null;
                if (gloss != null && gloss.entry() == m.entry() && gloss.start() == m.end() + 1
                        && "（(".indexOf(norm.charAt(m.end())) >= 0) {
                    out.set(i + 1, gloss.as(named));
                }
            }
        }
        return out;
    }

    /** The end of the run of Latin letters and hyphens (and spaces, if {@code spaces}) from {@code from}. */
    private static int wordEnd(String s, int from, boolean spaces) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || (spaces && c == ' '))) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean startsIgnoreCase(String s, int from, int end, String prefix) {
        return end - from >= prefix.length() && s.regionMatches(true, from, prefix, 0, prefix.length());
    }

    /**
     * "Lee" after "Lee Jae-myung": the gazetteer lists the surnames of Western names among their aliases,
     * but a family name written first is a later mention only in the article that named him in full.
     */
    private void knownSurnames(Found f) {
        for (EntityMention m : f.mentions()) {
            Entry e = m.entry();
            String surname = e.kind() == Kind.PERSON ? EnglishNames.surname(e.name()) : null;
            if (surname != null && e.name().startsWith(surname + " ")) {
                f.repeats.putIfAbsent(surname, e);
            }
        }
    }

    /** Later bare mentions of names the article introduced: 高布 after 高布（Florence Gaub）, "Stubb" after "Alexander Stubb". */
    private void repeats(Found f) {
        if (f.repeats.isEmpty()) {
            return;
        }
        AliasTrie trie = new AliasTrie();
        for (Map.Entry<String, Entry> r : f.repeats.entrySet()) {
            if (r.getValue() != null && r.getKey().length() >= 2) {
                trie.add(Gazetteer.alias(r.getKey(), r.getValue(), Form.NAME));
            }
        }
        for (EntityMention m : Gazetteer.match(trie, f.norm, f.text, gazetteer.cues())) {
            if (f.free(m.start(), m.end())) {
                f.add(new EntityMention(m.entry(), m.start(), m.end(), m.text(), 0.8, Source.REPEAT));
            }
        }
    }

    /**
     * "the Ukrainian president", 烏克蘭總統 with no name after it: the holder of that office named
     * elsewhere in the article.
     */
    private void roles(Found f) {
        List<EntityMention> holders = f.mentions().stream()
                .filter(m -> m.entry().kind() == Kind.PERSON && m.entry().office() != null && m.entry().affiliation() != null)
                .toList();
        if (holders.isEmpty()) {
            return;
        }
        for (EntityMention state : List.copyOf(f.mentions())) {
            String stateKey = EnglishNames.stateOf(state);
            if (stateKey == null || state.entry().kind() == Kind.PERSON) {
                continue;
            }
            int s = state.end();
            NameCues.Title title;
            int titleEnd;
            if (f.chinese) {
                title = gazetteer.cues().chineseTitleAt(f.norm, s);
                titleEnd = title == null ? s : s + title.form().length();
            } else {
                int k = s;
                if (f.norm.startsWith("'s", k)) {
                    k += 2;
                }
                if (k >= f.norm.length() || f.norm.charAt(k) != ' ') {
                    continue;
                }
                title = gazetteer.cues().englishTitleAt(f.norm, k + 1);
                titleEnd = title == null ? s : k + 1 + title.form().length();
            }
            if (title == null || !f.free(s, titleEnd) || followedByName(f, titleEnd)) {
                continue;
            }
            for (EntityMention h : holders) {
                if (h.entry().affiliation().equals(stateKey) && h.entry().office().equals(title.role())) {
                    int ts = titleEnd - title.form().length();
                    f.add(new EntityMention(h.entry(), ts, titleEnd, f.text.substring(ts, titleEnd), 0.7, Source.ROLE));
                    break;
                }
            }
        }
    }

    private static boolean followedByName(Found f, int end) {
        if (f.covered(end) || (end + 1 < f.norm.length() && f.norm.charAt(end) == ' ' && f.covered(end + 1))) {
            return true;
        }
        return !f.chinese && end + 1 < f.norm.length() && f.norm.charAt(end) == ' '
                && Character.isUpperCase(f.norm.charAt(end + 1));
    }
}
