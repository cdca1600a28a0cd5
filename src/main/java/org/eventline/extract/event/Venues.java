package org.eventline.extract.event;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Kind;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where an event is held, from the places named in its clause: a place naming it (柏林會談, "the Berlin
 * talks"), a venue (於柏林, "in Berlin"), a destination ("travel to Germany"), an attack's target (轟炸基輔,
 * "an attack on the city of Kharkiv"), or a venue opening the sentence ("In Paris, leaders who met …").
 * Places named in a row (阿拉斯加州安克拉治, 阿聯首都阿布達比, "Geneva, Switzerland", 巴黎愛麗舍宮) are one
 * venue, and its most specific city is the place: a city over its state or country, and over a palace
 * or base within it. Chinese names the wider place first, English last.
 */
final class Venues {

    /** What {@code \s} matches in a regular expression. */
    private static final String ASCII_SPACES = " \t\n\u000B\f\r";
    /** Compiled once: it is tried on the words before every place noun. */
    private static final Pattern ADJECTIVES = Pattern.compile("[a-z-]+( [a-z-]+)?( of)?");
    /** What may stand between "in" and the state naming its capital ("in the Saudi capital"). */
    private static final Pattern ARTICLE = Pattern.compile("\\s*(the\\s+)?");

    /** What Chinese puts between the name of a venue and the event held there (在柏林舉行的會談). */
    private static final String HELD = "举行的办召开";
    /** Words that may join a wider place and a narrower one besides place nouns ("Geneva, Switzerland"). */
    private static final Set<String> NESTING = Set.of("", ",", "的", "of", "in");
    /** How far back (in characters) "the city's" looks for the city it names: the sentence or two before. */
    private static final int CITY_REACH = 300;

    private final Layers layers;
    private final Cues.Hits markers;
    /** Demonyms and the states they name ("Saudi"), for "the Saudi capital". */
    private final Cues.Hits demonyms;
    private final Function<EntityMention, Entry> placeNamed;
    /** For each place named in a row with wider ones (安克拉治 in 阿拉斯加州安克拉治), those wider places. */
    private final Map<String, Set<String>> wider = new HashMap<>();
    /** Which places lie in which, as the lexicon knows them. */
    private final Within within;
    /** Every place and actor the article names. */
    private final Set<String> named = new HashSet<>();

    /**
     * @param placeNamed the place a capital read as its state names (巴黎 → Paris, not France), or null
     */
    Venues(Layers layers, Cues.Hits markers, Cues.Hits demonyms, Function<EntityMention, Entry> placeNamed,
           Within within) {
        this.layers = layers;
        this.markers = markers;
        this.demonyms = demonyms;
        this.placeNamed = placeNamed;
        this.within = within;
        for (EntityMention m : layers.entities(0, layers.text.length())) {
            named.add(m.entry().key());
        }
        for (List<EntityMention> chain : chains(0, layers.text.length())) {
            String narrow = pick(chain).entry().key();
            for (EntityMention m : chain) {
                if (!m.entry().key().equals(narrow)) {
                    wider.computeIfAbsent(narrow, k -> new HashSet<>()).add(m.entry().key());
                }
            }
        }
    }

    /**
     * The place of the event a trigger names, or null.
     *
     * @param opening the clause opening the sentence when it is another than the trigger's, or null
     */
    Place of(Cues.Hit h, Span clause, Span opening) {
        Place best = null;
        for (List<EntityMention> chain : chains(clause.start(), clause.end())) {
            int rank = rank(h, clause, chain);
            if (rank <= 0) {
                continue;
            }
            Place p = place(pick(chain), rank);
            if (best != null && p.within().contains(best.key())) {
                // "the Alaska meeting, held in Anchorage": the city within the state named tells the same venue
                best = place(pick(chain), Math.max(rank, best.rank()));
            } else if (best == null || rank > best.rank() && !best.within().contains(p.key())) {
                best = p;
            }
        }
        if (best == null || best.rank() < 3 || best.broad()) {
            Place capital = capitalNamed(h, clause);
            if (capital != null && (best == null || capital.rank() > best.rank() || best.broad())) {
                best = capital; // 在土耳其首都舉行: not Turkey but its capital
            }
        }
        if (best == null && h.is("ATTACK")) {
            // "Russia attacked Kyiv", 轟炸基輔: a capital right after the attack word is the place hit
            List<EntityMention> after = layers.entities(h.end(), clause.end());
            EntityMention hit = after.isEmpty() || !layers.adjacent(h.end(), after.get(0).start()) ? null : capital(after.get(0));
            if (hit != null) {
                best = place(hit, 2);
            }
        }
        if (best == null && h.is("ATTACK") && markers.any(clause.start(), clause.end(), "THE_CITY")) {
            best = cityBefore(clause.start()); // "an attack on the city's Dniprovskyi district"
        }
        if (opening != null && (best == null || best.rank() < 3)) {
            // "In Paris, European leaders who met …": a sentence opening with where it happens
            List<List<EntityMention>> chains = chains(opening.start(), opening.end());
            if (chains.size() == 1) {
                List<EntityMention> chain = chains.get(0);
                Cues.Hit at = marker(chain.get(0), opening, "VENUE");
                if (at != null && at.start() == opening.start()
                        && layers.trimmedEnd(opening.start(), opening.end()) == chain.get(chain.size() - 1).end()) {
                    best = place(pick(chain), 3);
                }
            }
        }
        return best;
    }

    /**
     * The city "the city's" refers to: the last place named in the sentences just before, when it is a
     * place within a wider one the lexicon knows (Kharkiv, not Ukraine), or the city a region is named after
     * ("Kherson itself": the city, not its oblast); else null.
     */
    private Place cityBefore(int at) {
        List<EntityMention> before = layers.entities(Math.max(0, at - CITY_REACH), at);
        for (int i = before.size() - 1; i >= 0; i--) {
            EntityMention m = before.get(i);
            if (m.entry().kind() == Kind.PLACE && !broad(m.entry())) {
                String key = m.entry().key();
                String city = within.namesake(key);
                return city != null ? new Place(city, 2, null, false, within.around(city))
                        : within.around(key).isEmpty() ? null : place(m, 2);
            }
        }
        return null;
    }

    private int rank(Cues.Hit h, Span clause, List<EntityMention> chain) {
        EntityMention head = chain.get(0);
        EntityMention last = chain.get(chain.size() - 1);
        if (last.end() <= h.start() && (layers.blank(last.end(), h.start()) || layers.chinese
                && h.start() - last.end() <= 6
                && layers.norm.substring(last.end(), h.start()).chars().allMatch(c -> HELD.indexOf(c) >= 0))) {
            return 4; // 柏林會談, "the Berlin talks", 在巴黎愛麗舍宮舉行
        }
        boolean attack = h.is("ATTACK");
        Cues.Hit before = attack ? marker(head, clause, "VENUE", "DESTINATION", "TARGET")
                : marker(head, clause, "VENUE", "DESTINATION");
        if (before != null && before.is("VENUE")) {
            int distance = head.start() >= h.end() ? before.start() - h.end() : h.start() - last.end();
            if (attack && distance > 24 && distance <= 56 && head.start() >= h.end()
                    && layers.norm.substring(h.end(), before.start()).chars().noneMatch(c -> ",;:，；：".indexOf(c) >= 0)) {
                return 2; // "tore through an apartment block in the city of Sumy": the place of what was hit
            }
            return byDistance(h, distance);
        }
        if (before != null || attack && head.start() >= h.end()) {
            return 2;
        }
        if (attack && last.end() <= h.start()) {
            // 基輔遭到俄軍襲擊, "Kyiv came under attack": the place hit stands before the passive
            if (hit(last)) {
                return 2;
            }
        }
        return 0;
    }

    /** Whether a passive follows a name (基輔周五凌晨遭到…襲擊): what it names was hit. */
    private boolean hit(EntityMention m) {
        Cues.Hit passive = markers.first(m.end(), Math.min(layers.text.length(), m.end() + 12), "PASSIVE");
        return passive != null && Gaps.withoutTimes(layers, m.end(), passive.start()).isBlank();
    }

    /**
     * The venue, destination or target word before a place, with only the place's description between
     * (在阿聯首都, "in the Albanian capital", "on the northeastern city of"), or null.
     */
    private Cues.Hit marker(EntityMention place, Span clause, String... labels) {
        Cues.Hit m = markers.last(Math.max(clause.start(), place.start() - 32), place.start(), labels);
        return m != null && description(m.end(), place.start()) ? m : null;
    }

    /** Whether the text between two offsets only describes a place: place nouns, other names, "the". */
    private boolean description(int from, int to) {
        if (layers.adjacent(from, to)) {
            return true;
        }
        String rest = uncovered(from, to);
        if (rest.startsWith("the ")) {
            rest = rest.substring(4);
        }
        if (rest.isBlank() || NESTING.contains(rest.strip())) {
            return true;
        }
        // "the Albanian capital": an adjective or two before a place noun
        boolean noun = markers.any(from, to, "PLACE_NOUN");
        return noun && !layers.chinese && ADJECTIVES.matcher(rest.strip()).matches();
    }

    /** The text between two offsets without its place nouns and names, spaces collapsed. */
    private String uncovered(int from, int to) {
        boolean[] covered = new boolean[to - from];
        for (Cues.Hit n : markers.in(from, to, "PLACE_NOUN")) {
            for (int k = n.start(); k < n.end(); k++) {
                covered[k - from] = true;
            }
        }
        for (EntityMention m : layers.entities(from, to)) {
            for (int k = m.start(); k < m.end(); k++) {
                covered[k - from] = true;
            }
        }
        // Runs of white space collapse as they are copied: this runs between every two names of an article.
        StringBuilder out = new StringBuilder(to - from);
        boolean afterSpace = false;
        for (int k = from; k < to; k++) {
            char c = covered[k - from] ? ' ' : layers.lower.charAt(k);
            boolean space = ASCII_SPACES.indexOf(c) >= 0;
            if (!space || !afterSpace) {
                out.append(space ? ' ' : c);
            }
            afterSpace = space;
        }
        return out.toString().stripLeading();
    }

    /**
     * The places of a range, grouped into runs that name one venue (阿拉斯加州安克拉治, "Geneva, Switzerland").
     * A capital read as its state is the place where it follows another place or a venue or target word
     * (法國巴黎, 在巴黎舉行, 對基輔發動攻擊).
     */
    private List<List<EntityMention>> chains(int from, int to) {
        List<List<EntityMention>> out = new ArrayList<>();
        List<EntityMention> current = null;
        EntityMention previous = null;
        Span range = new Span(from, to);
        for (EntityMention found : layers.entities(from, to)) {
            boolean nested = previous != null && NESTING.contains(uncovered(previous.end(), found.start()).strip());
            EntityMention m = found.entry().kind() == Kind.PLACE ? found
                    : nested || marker(found, range, "VENUE", "TARGET") != null || hit(found) ? capital(found) : null;
            if (m == null) {
                continue;
            }
            if (nested) {
                current.add(m);
            } else {
                current = new ArrayList<>();
                current.add(m);
                out.add(current);
            }
            previous = m;
        }
        return out;
    }

    /** The place a capital read as its state names, as a mention of that place, or null. */
    private EntityMention capital(EntityMention m) {
        if (m.source() != EntityMention.Source.METONYM || placeNamed == null) {
            return null;
        }
        Entry place = placeNamed.apply(m);
        return place == null ? null : m.as(place);
    }

    /** The most specific place of a run: a city over a state or country, over a site within it. */
    private EntityMention pick(List<EntityMention> chain) {
        EntityMention best = null;
        int bestScore = -1;
        for (int i = 0; i < chain.size(); i++) {
            EntityMention m = chain.get(layers.chinese ? chain.size() - 1 - i : i);
            String key = m.entry().key();
            boolean site = markers.any(m.start(), m.end(), "SITE") || within.site(key);
            boolean inner = chain.stream().anyMatch(o -> within.around(key).contains(o.entry().key()));
            int score = broad(m.entry()) ? 0 : site ? 1 : inner ? 3 : 2; // Palm Beach over Florida, Mar-a-Lago below both
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A capital named by its state alone as the venue ("talks in the Saudi capital", 在土耳其首都舉行), or null.
     */
    private Place capitalNamed(Cues.Hit h, Span clause) {
        for (Cues.Hit noun : markers.in(clause.start(), clause.end(), "PLACE_NOUN")) {
            String state = null;
            int start = -1;
            if (!layers.chinese && layers.lower.startsWith("capital", noun.start())) {
                Cues.Hit d = demonyms.last(Math.max(clause.start(), noun.start() - 24), noun.start());
                if (d != null && layers.blank(d.end(), noun.start())) {
                    state = d.label();
                    start = d.start();
                }
            } else if (layers.chinese && layers.norm.startsWith("首都", noun.start())) {
                List<EntityMention> before = layers.entities(Math.max(clause.start(), noun.start() - 12), noun.start());
                List<EntityMention> after = layers.entities(noun.end(), Math.min(clause.end(), noun.end() + 1));
                EntityMention m = before.isEmpty() ? null : before.get(before.size() - 1);
                if (m != null && m.end() == noun.start() && after.isEmpty()
                        && (m.entry().kind() == Kind.COUNTRY || broad(m.entry()))) {
                    // 在土耳其首都舉行, not 阿聯首都阿布達比 (the city named)
                    state = m.entry().kind() == Kind.COUNTRY ? m.entry().key() : m.entry().affiliation();
                    start = m.start();
                }
            }
            String city = state == null ? null : within.capitalOf(state);
            if (city == null) {
                continue;
            }
            Cues.Hit at = markers.last(Math.max(clause.start(), start - 8), start, "VENUE");
            if (at == null || !ARTICLE.matcher(layers.lower.substring(at.end(), start)).matches()) {
                continue;
            }
            int rank = byDistance(h, start >= h.end() ? at.start() - h.end() : h.start() - noun.end());
            if (rank > 0) {
                return new Place(city, rank, state, false, within.around(city));
            }
        }
        return null;
    }

    /**
     * How surely a venue that far from its trigger is the event's: next to it (3), further off for a meeting (2);
     * "assets held in Europe" is not where the ministers agreed (0).
     */
    private static int byDistance(Cues.Hit h, int distance) {
        return distance <= 24 ? 3 : h.is("MEETING") ? 2 : 0;
    }

    private Place place(EntityMention m, int rank) {
        String key = m.entry().key();
        Set<String> around = within.around(key);
        if (within.site(key)) {
            // 在艾里賽宮會晤 in a story naming Paris: the city is the place, as where both are named in a row
            for (String k : around) {
                if (named.contains(k) && !within.site(k)) {
                    return new Place(k, rank, null, false, within.around(k));
                }
            }
        }
        Set<String> all = new HashSet<>(wider.getOrDefault(key, Set.of()));
        all.addAll(around);
        return new Place(key, rank, m.entry().affiliation(), broad(m.entry()), all);
    }

    /** A state or group read as a place ("travel to Germany"). */
    private static boolean broad(Entry e) {
        return e.affiliation() != null && e.key().equals("place:" + e.affiliation());
    }
}
