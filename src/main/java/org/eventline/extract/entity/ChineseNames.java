package org.eventline.extract.entity;

import org.eventline.extract.entity.EntityMention.Source;
import org.eventline.text.Scripts;
import org.eventline.text.Segmenter;
import org.eventline.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in Chinese text beyond the gazetteer: one-character abbreviations in lists (美、烏、歐三方, 美歐,
 * 對烏), names glossed with their Latin form (高布（Florence Gaub）, 戰略暨國際研究中心（CSIS）), and people
 * named after a title (芬蘭總統斯圖布, 外交部長王毅).
 */
final class ChineseNames {

    /** Words for a kind of place standing before its name (Simplified, as the analysis copy is). */
    private static final List<String> PLACE_WORDS = List.of("古城", "城市", "小镇", "小城", "港市", "港口", "湖畔的",
            "郊的", "附近的", "度假胜地", "山区的", "村庄");
    /** The Latin form of a place name: capitalised words, letters with their accents ("AlUla", "Bürgenstock"). */
    private static final Pattern PLACE_GLOSS = Pattern.compile("\\p{Lu}[\\p{L}'\\-]+( \\p{Lu}[\\p{L}'\\-]+){0,2}");

    /** A Han run, then a bracketed gloss starting with a Latin letter: 高布（Florence Gaub）. */
    private static final Pattern GLOSS = Pattern.compile(
            "([\\p{IsHan}·「」『』]{1,24})[（(]\\s*([A-Za-z][A-Za-z0-9 .,&'\\-]{0,80}?)\\s*(?:[,，;；、][^）)]{0,60})?[）)]");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][a-zA-Z'\\-]+(?: (?:[A-Z]\\.|[A-Z][a-zA-Z'\\-]+|van|von|der|de|da|bin|al)){1,4}");
    /** Head words that close the name of an institution: a name reaching back stops before them. */
    private static final Affixes INSTITUTION_HEADS = new Affixes(List.of("智库", "机构", "组织的"));
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&\\-]{1,7}");
    private static final String PLACE_ENDS = "斯克堡格勒夫卡市州省区镇村岛港湾河山";
    /** The role of reporters and editors (記者, 特派員, 編輯 in names.tsv). */
    private static final String JOURNALIST = "journalist";
    private static final String NUMERALS = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十廿卅百千万";

    private final Gazetteer gazetteer;
    private final NameCues cues;

    ChineseNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = gazetteer.cues();
    }

    void find(Found f) {
        abbreviations(f);
        glosses(f);
        titled(f);
    }

    /** Runs of one-character abbreviations: 美、烏、歐三方; 美歐; 俄烏戰爭; or one after 對/訪/援 (對烏安全保障). */
    private void abbreviations(Found f) {
        String norm = f.norm;
        int i = 0;
        while (i < norm.length()) {
            List<int[]> run = new ArrayList<>();
            int k = i;
            while (k < norm.length() && !f.covered(k) && gazetteer.abbreviation(norm.charAt(k)) != null) {
                run.add(new int[] {k});
                k++;
                if (k + 1 < norm.length() && (norm.charAt(k) == '、' || norm.charAt(k) == '與' || norm.charAt(k) == '与'
                        || norm.charAt(k) == '和') && !f.covered(k + 1) && gazetteer.abbreviation(norm.charAt(k + 1)) != null) {
                    k++;
                }
            }
            if (run.isEmpty()) {
                i++;
                continue;
            }
            int first = run.get(0)[0];
            int last = run.get(run.size() - 1)[0];
            if (first > 0 && NUMERALS.indexOf(norm.charAt(first - 1)) >= 0) {
                // After a number the character counts or dates (24日, 3中): no abbreviation starts there
                i = first + 1;
                continue;
            }
            boolean glued = (first > 0 && !f.covered(first - 1) && Scripts.isHan(norm.charAt(first - 1))
                    && !cues.glueFree(norm.charAt(first - 1)) && Words.isWord(norm.substring(first - 1, first + 1)))
                    || (last + 2 <= norm.length() && cues.listTails.startingAt(norm, last + 1) == null
                    && !f.covered(last + 1) && Words.isWord(norm.substring(last, last + 2)));
            boolean tail = cues.listTails.startingAt(norm, last + 1) != null || f.covered(last + 1);
            boolean list = run.size() >= 2 && !glued;
            boolean single = run.size() == 1 && !glued && (tail
                    || first > 0 && cues.glueFree(norm.charAt(first - 1)) && "、，。".indexOf(norm.charAt(first - 1)) < 0
                    && "对访赴援抗亲反驻侵攻联".indexOf(norm.charAt(first - 1)) >= 0);
            if (list || single) {
                for (int[] r : run) {
                    int p = r[0];
                    f.add(new EntityMention(gazetteer.abbreviation(norm.charAt(p)), p, p + 1, f.text.substring(p, p + 1),
                            0.75, Source.ABBREVIATION));
                }
            }
            i = k;
        }
    }

    /**
     * The next gloss after the matcher's last one. A gloss's Han run is at most 24 characters and ends at
     * the first bracket after its start, so the search starts 24 characters before the next bracket rather
     * than trying every Han character of the text as a start.
     */
    private static boolean nextGloss(Matcher m, String norm, int from) {
        int wide = norm.indexOf('（', from);
        int narrow = norm.indexOf('(', from);
        int bracket = wide < 0 ? narrow : narrow < 0 ? wide : Math.min(wide, narrow);
        if (bracket < 0) {
            return false;
        }
        m.region(Math.max(from, bracket - 24), norm.length());
        return m.find();
    }

    /** 高布（Florence Gaub）: the Latin gloss names the entity, the Chinese before it becomes its alias. */
    private void glosses(Found f) {
        Matcher m = GLOSS.matcher(f.norm);
        int from = 0;
        while (nextGloss(m, f.norm, from)) {
            from = m.end();
            String latin = m.group(2).strip().replaceAll("\\s+", " ");
            if (latin.endsWith(".") && !latin.matches(".*\\b[A-Z]\\.$")) {
                latin = latin.substring(0, latin.length() - 1);
            }
            int hanEnd = m.end(1);
            int latinStart = m.start(2);
            int latinEnd = latinStart + m.group(2).strip().length();
            Entry known = knownByLatin(latin);
            EntityMention before = f.endingAt(hanEnd);
            if (known != null) {
                if (before == null) {
                    int s = nameStart(f, m.start(1), hanEnd, known.kind());
                    if (hanEnd - s >= 2) {
                        addAlias(f, known, s, hanEnd, Source.GLOSS);
                    }
                }
                if (f.free(latinStart, latinEnd)) {
                    f.add(new EntityMention(known, latinStart, latinEnd, f.text.substring(latinStart, latinEnd), 0.9,
                            Source.GLOSS));
                }
                continue;
            }
            if (before != null && before.entry().kind() != Kind.PLACE) {
                continue;
            }
            Kind kind = glossKind(f, m.start(1), hanEnd, latin);
            if (kind == null) {
                continue;
            }
            int s = nameStart(f, m.start(1), hanEnd, kind);
            if (hanEnd - s < 2 && kind != Kind.ORGANIZATION) {
                continue;
            }
            String han = f.text.substring(s, hanEnd).replaceAll("[「」『』]", "");
            List<String> aliases = new ArrayList<>(List.of(latin, han));
            String[] words = latin.split(" ");
            if (kind == Kind.PERSON && words.length >= 2) {
                aliases.add(words[words.length - 1]);
            }
            Entry e = f.introduce(new Entry(Entry.localKey(latin), kind, latin, null, null, aliases));
            addAlias(f, e, s, hanEnd, Source.GLOSS);
            if (f.free(latinStart, latinEnd)) {
                f.add(new EntityMention(e, latinStart, latinEnd, f.text.substring(latinStart, latinEnd), 0.85, Source.GLOSS));
            }
        }
    }

    private void addAlias(Found f, Entry e, int s, int end, Source source) {
        String han = f.norm.substring(s, end).replaceAll("[「」『』]", "");
        f.repeats.put(han, e);
        int from = s;
        while (from < end && "「」『』".indexOf(f.norm.charAt(from)) >= 0) {
            from++;
        }
        int to = end;
        while (to > from && "「」『』".indexOf(f.norm.charAt(to - 1)) >= 0) {
            to--;
        }
        if (to > from && f.free(from, to)) {
            f.add(new EntityMention(e, from, to, f.text.substring(from, to), 0.85, source));
        }
    }

    private Entry knownByLatin(String latin) {
        List<EntityMention> ms = gazetteer.match(latin, latin);
        if (ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == latin.length()
                && ms.get(0).source() == Source.NAME) {
            return ms.get(0).entry();
        }
        return null;
    }

    /** What a glossed name is: the Latin and the Chinese head word tell, or null when unsure. */
    private Kind glossKind(Found f, int hanStart, int hanEnd, String latin) {
        String han = f.norm.substring(hanStart, hanEnd);
        if (han.endsWith("」") || han.endsWith("』")) {
            String after = f.norm.substring(Math.min(f.norm.length(), hanEnd), Math.min(f.norm.length(), hanEnd + 40));
            return after.matches("(?s).{0,12}(撰文|刊登|发表|报导|报道|专访|文章|社论).*") ? Kind.MEDIA : null;
        }
        for (String w : latin.split(" ")) {
            Kind k = cues.orgHeads.get(w);
            if (k != null) {
                return k;
            }
        }
        for (var e : cues.orgHeads.entrySet()) {
            if (!e.getKey().isEmpty() && Scripts.hanShare(e.getKey()) > 0 && han.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        if (ACRONYM.matcher(latin).matches()) {
            return null;
        }
        if (PLACE_GLOSS.matcher(latin).matches() && placeBefore(f, hanStart, hanEnd)) {
            return Kind.PLACE;
        }
        if (LATIN_NAME.matcher(latin).matches() && cues.translit(f.norm.charAt(hanEnd - 1))) {
            return Kind.PERSON;
        }
        if (latin.matches("[A-Z][a-z\\-']+") && PLACE_ENDS.indexOf(han.charAt(han.length() - 1)) >= 0
                && (han.length() >= 3)) {
            return Kind.PLACE;
        }
        if (latin.matches("[A-Z][a-z\\-']+") && cues.chineseTitleEndingAt(f.norm, hanEnd - 2) != null) {
            return Kind.PERSON;
        }
        return null;
    }

    /**
     * 古城歐拉（AlUla）, 琉森湖畔的布爾根施托克（Bürgenstock）, 在歐拉（AlUla）舉行: a transliterated name after a word for a
     * kind of place, or where something is held, is a place.
     */
    private boolean placeBefore(Found f, int runStart, int end) {
        int s = nameStart(f, runStart, end, Kind.PLACE);
        if (end - s < 2) {
            return false;
        }
        String before = f.norm.substring(Math.max(0, s - 4), s);
        for (String w : PLACE_WORDS) {
            if (before.endsWith(w)) {
                return true;
            }
        }
        int close = f.norm.indexOf('）', end);
        return before.endsWith("在") && close > 0 && f.norm.startsWith("举行", close + 1);
    }

    /** Where the name before a gloss starts: after a title, a known name, punctuation or a function word. */
    private int nameStart(Found f, int runStart, int end, Kind kind) {
        String norm = f.norm;
        int s = end;
        if (kind == Kind.PERSON || kind == Kind.PLACE) {
            while (s > runStart && s > end - 8 && !f.covered(s - 1) && (cues.translit(norm.charAt(s - 1))
                    || norm.charAt(s - 1) == '·') && cues.chineseTitleEndingAt(norm, s) == null) {
                s--;
            }
            return s;
        }
        while (s > runStart && s > end - 20 && !f.covered(s - 1) && "的在于与和及、对由向是将被据为".indexOf(norm.charAt(s - 1)) < 0) {
            if (s < end && INSTITUTION_HEADS.endingAt(norm, s) != null) {
                break;
            }
            s--;
        }
        return s;
    }

    /** 芬蘭總統斯圖布表示: a transliterated or Chinese name after a title is a person. */
    private void titled(Found f) {
        String norm = f.norm;
        for (int i = 0; i < norm.length(); i++) {
            NameCues.Title t = cues.chineseTitleAt(norm, i);
            if (t == null || f.covered(i)) {
                continue;
            }
            int s = i + t.form().length();
            if (s < norm.length() && norm.charAt(s) == '：') {
                s++;
            }
            if (s >= norm.length() || f.covered(s) || !Scripts.isHan(norm.charAt(s))
                    || cues.chineseTitleAt(norm, s) != null) {
                i = s - 1;
                continue;
            }
            EntityMention holder = f.endingAt(i);
            String affiliation = holder != null && holder.isActor() && holder.entry().kind() != Kind.PERSON
                    ? (holder.entry().affiliation() != null && holder.entry().kind() == Kind.PLACE
                    ? holder.entry().affiliation() : holder.entry().key()) : null;
            String ambiguous = gazetteer.titledOnlyAt(norm, s);
            Entry known = ambiguous == null ? null : gazetteer.titledOnly(ambiguous,
                    holder != null && holder.isActor() && holder.entry().kind() != Kind.PERSON ? holder.entry() : null, t.role());
            if (known != null && f.free(s, s + ambiguous.length())) {
                // 英國首相強生: a name several people share, told apart by the title's state or office
                f.repeats.put(ambiguous, known);
                f.add(new EntityMention(known, s, s + ambiguous.length(), f.text.substring(s, s + ambiguous.length()),
                        0.85, Source.TITLE));
                i = s + ambiguous.length() - 1;
                continue;
            }
            int e = JOURNALIST.equals(t.role()) ? reporterEnd(f, s) : personEnd(f, s);
            if (e - s >= 2 && e - s <= 8) {
                String han = norm.substring(s, e);
                // A reporter of a Chinese-language outlet with a Chinese surname has a Chinese name, even
                // when every character also serves in transliterations (林文華)
                boolean reporter = JOURNALIST.equals(t.role()) && cues.surname(han.charAt(0)) && e - s <= 3;
                boolean foreign = !reporter && han.chars().allMatch(c -> cues.translit((char) c) || c == '·');
                if (!foreign && (!cues.surname(han.charAt(0)) || e - s > 3 || "们等都也均则已将曾".indexOf(han.charAt(1)) >= 0
                        || e < norm.length() && norm.charAt(e) == '们')) {
                    i = e - 1;
                    continue;
                }
                String name = foreign ? f.text.substring(s, e) : Segmenter.romanize(f.text.substring(s, e));
                Entry entry = f.introduce(new Entry(Entry.localKey(name), Kind.PERSON, name, null, affiliation,
                        List.of(name, f.text.substring(s, e)), t.role()));
                f.repeats.put(han, entry);
                f.add(new EntityMention(entry, s, e, f.text.substring(s, e), foreign ? 0.7 : 0.75, Source.TITLE));
            }
            i = Math.max(i, e - 1);
        }
    }

    /**
     * The end of a reporter's name: Chinese names have two or three characters (four with a compound
     * surname), and in a dateline the place follows at once (記者呂柏萱安克拉治15日專電), so a known name
     * starting two to four characters on ends it; else the segmenter's person.
     */
    private int reporterEnd(Found f, int s) {
        for (int len = 2; len <= 4 && s + len < f.norm.length(); len++) {
            if (f.covered(s + len)) {
                return s + len;
            }
        }
        return personEnd(f, s);
    }

    /** The end of a person's name starting at {@code s}: HanLP's person tag, else a run of transliteration characters. */
    private int personEnd(Found f, int s) {
        String norm = f.norm;
        int windowEnd = Math.min(norm.length(), s + 10);
        int e = f.personAt(norm.substring(s, windowEnd));
        int k = s;
        while (k < norm.length() && k - s < 8 && !f.covered(k) && (cues.translit(norm.charAt(k)) || norm.charAt(k) == '·')) {
            k++;
        }
        // A run of transliteration characters must end where a verb or particle starts, not inside a word.
        boolean run = k - s >= 3 && k < norm.length() && !cues.translit(norm.charAt(k))
                && !Words.isWord(norm.substring(k - 1, k + 1));
        if (e >= 2 && f.free(s, s + e) && !(run && k > s + e)) {
            return s + e;
        }
        return run ? k : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
