package org.eventline.extract.event;

import org.eventline.extract.Lexicon;
import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Kind;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Who takes part in an event besides the actors named next to it: the parties a reference stands for
 * (雙方, "the two countries": the last list of parties named before), the subject a participle or relative
 * clause leaves out ("Rubio, who held talks …", "Zelenskiy, speaking at a summit …") and the state a
 * demonym names as attacker ("a Russian drone attack"); and who is named near it but takes no part ("talks
 * that excluded Kyiv", "the first meeting since Russia's invasion").
 */
final class Parties {

    private static final Pattern ARTICLE = Pattern.compile("(a|an|the)?");

    /** What joins the items of a list of parties (美、烏、歐; 川普與普丁; "Britain, France and Germany"). */
    private static final Set<String> AND = Set.of("", "and", "与", "和", "及", "、", "同", "跟", ",", "以及");
    /** A clause that leaves its subject to the one before: "who held talks", "speaking at a summit". */
    private static final Pattern SUBJECTLESS = Pattern.compile("^(who |[a-z]+ing )");
    /** A clause telling when the one before happened by another event ("after talks in Riyadh"). */
    private static final Pattern TIME_PHRASE = Pattern.compile(
            "^((a|an|one|two|three|the|hours|days|day|shortly|just|only|minutes)\\s+)*(after|before|following)\\s+");
    /** What may open a clause before its subject ("The", a title or two). */
    private static final Pattern OPENING = Pattern.compile("\\s*(the\\s+)?([a-z.-]+\\s+){0,2}");
    /** Words a demonym may stand before an attack word with ("a Russian drone and missile attack"). */
    private static final Pattern ATTACK_MODIFIERS = Pattern.compile("(\\s+[a-z-]+){0,5}\\s+");
    /** How far back a list of parties may be named for a reference to stand for it. */
    private static final int LIST_REACH = 2000;

    private final Layers layers;
    private final Cues.Hits markers;
    private final Cues.Hits references;
    private final Cues.Hits demonyms;
    private final Function<String, Entry> entries;

    /** @param entries the gazetteer entry of a key, or null: a state a demonym names without a mention of its own */
    Parties(Layers layers, Cues.Hits markers, Cues.Hits attribution, Cues.Hits demonyms, Function<String, Entry> entries) {
        this.layers = layers;
        this.markers = markers;
        this.references = attribution;
        this.demonyms = demonyms;
        this.entries = entries;
    }

    /** Demonym cues from countries.tsv: the state's id as label ("Q159", "Russian"). */
    static List<Lexicon.Row> demonymRows(Lexicon lexicon) {
        List<Lexicon.Row> out = new ArrayList<>();
        for (Lexicon.Row row : lexicon.rows("countries.tsv")) {
            String id = row.column(1);
            if (id.isEmpty()) {
                continue;
            }
            for (String d : row.column(4).split("\\|")) {
                if (!d.isBlank() && !d.contains("-")) {
                    out.add(new Lexicon.Row(row.origin(), List.of(id, d.strip())));
                }
            }
        }
        return out;
    }

    /**
     * Where the participants of a trigger are named: from its clause's start to the clause's end, or to a
     * phrase after the trigger about another event or those left out ("since Russia's invasion", "that
     * excluded Kyiv").
     */
    int end(Cues.Hit h, Span clause) {
        Cues.Hit cut = markers.first(h.end(), clause.end(), "SUBORDINATE", "EXCLUDE");
        return cut == null ? clause.end() : cut.start();
    }

    /** The actors of a range who are not left out ("without Kyiv", 排除烏克蘭). */
    List<EntityMention> taking(int from, int to) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : layers.actors(from, to)) {
            Cues.Hit x = markers.last(Math.max(0, m.start() - 40), m.start(), "EXCLUDE");
            if (x == null || layers.clauseBreak(x.end(), m.start())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The sides a party reference in a range stands for (雙方, "the two delegations"), or none. */
    List<String> referred(int from, int to) {
        Cues.Hit ref = references.first(from, to, "PARTIES");
        return ref == null ? List.of() : lastList(ref.start());
    }

    /**
     * The sides of the last list of two or more parties named before an offset ("The US and Russia",
     * 美國、烏克蘭與俄羅斯, 川普與普丁), or none.
     */
    private List<String> lastList(int before) {
        List<EntityMention> actors = taking(Math.max(0, before - LIST_REACH), before);
        for (int i = actors.size() - 1; i > 0; i--) {
            if (!joined(actors.get(i - 1), actors.get(i))) {
                continue;
            }
            List<String> sides = new ArrayList<>();
            int k = i;
            while (k > 0 && joined(actors.get(k - 1), actors.get(k))) {
                k--;
            }
            for (int j = k; j <= i; j++) {
                String side = side(actors.get(j));
                if (!sides.contains(side)) {
                    sides.add(side);
                }
            }
            if (sides.size() >= 2) {
                return sides;
            }
            i = k;
        }
        return List.of();
    }

    /** The end of the word starting at an offset. */
    private int wordEnd(int from) {
        int k = from;
        while (k < layers.lower.length() && Character.isLetter(layers.lower.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The subject of a clause: the list of parties it opens with ("U.S. officials and Britain held talks"), or none. */
    private List<EntityMention> openingList(Span clause) {
        List<EntityMention> actors = taking(clause.start(), clause.end());
        if (actors.isEmpty() || !OPENING.matcher(layers.lower.substring(clause.start(), actors.get(0).start())).matches()) {
            return List.of();
        }
        List<EntityMention> out = new ArrayList<>(List.of(actors.get(0)));
        out.addAll(listAfter(actors));
        return out;
    }

    /** The names that go on the list a run of actors opens with (Ukraine "and Russia"), the first left out. */
    List<EntityMention> listAfter(List<EntityMention> actors) {
        List<EntityMention> out = new ArrayList<>();
        for (int i = 1; i < actors.size() && joined(actors.get(i - 1), actors.get(i)); i++) {
            out.add(actors.get(i));
        }
        return out;
    }

    /** Whether two names are items of one list, a time between them aside (澤倫斯基19日與川普). */
    private boolean joined(EntityMention a, EntityMention b) {
        if (a.end() > b.start() || b.start() - a.end() > 16) {
            return false;
        }
        String rest = Gaps.withoutTimes(layers, a.end(), b.start()).strip();
        return rest.length() <= 6 && AND.contains(rest);
    }

    private static String side(EntityMention m) {
        return m.entry().affiliation() != null ? m.entry().affiliation() : m.entry().key();
    }

    /**
     * "Rubio, who held talks …", "Zelenskiy, speaking at a summit …": the actors of the clause before; in
     * Chinese, a clause naming nobody before its trigger goes on with the subject opening the clause before
     * (習近平抵達莫斯科，開始對俄羅斯進行國事訪問).
     */
    List<EntityMention> subject(Span clause, List<Span> clauses, int trigger) {
        int i = clauses.indexOf(clause);
        if (i <= 0) {
            return List.of();
        }
        Span before = clauses.get(i - 1);
        if (layers.chinese) {
            List<EntityMention> own = layers.actors(clause.start(), trigger);
            if (!own.isEmpty() && Gaps.onlyTimes(layers, clause.start(), own.get(0).start())) {
                return List.of(); // the clause names its own subject
            }
            List<EntityMention> actors = layers.actors(before.start(), before.end());
            return actors.isEmpty() || !Gaps.onlyTimes(layers, before.start(), actors.get(0).start()) ? List.of() : List.of(actors.get(0));
        }
        if (layers.lower.substring(clause.start(), trigger).isBlank()) {
            return appositiveSubject(clauses, i); // "Kirill Dmitriev, the Kremlin's envoy, met Witkoff": the name
        }
        String head = layers.lower.substring(clause.start(), Math.min(clause.end(), clause.start() + 24));
        var when = TIME_PHRASE.matcher(head);
        boolean timed = when.find() && layers.actors(clause.start(), trigger).isEmpty();
        if (timed && clause.start() + when.end() == trigger && layers.lower.startsWith("ing", wordEnd(trigger) - 3)) {
            return openingList(before); // "held talks with the Russians, a day after meeting the Ukrainians": the subject
        }
        if (!timed && !SUBJECTLESS.matcher(head).find()) {
            return List.of();
        }
        // "Rubio, who held talks", "The US and Russia have agreed …, after four hours of talks": those before,
        // less whom the clause leaves out ("talks that excluded Kyiv")
        List<String> left = new ArrayList<>();
        for (EntityMention m : layers.actors(clause.start(), clause.end())) {
            if (!taking(m.start(), m.end()).contains(m)) {
                left.add(side(m));
            }
        }
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : layers.actors(before.start(), before.end())) {
            if (!left.contains(side(m))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The subject of an English verb opening a clause after appositions: the names opening the first clause
     * that opens with a name, before clause {@code verbClause}.
     */
    private List<EntityMention> appositiveSubject(List<Span> clauses, int verbClause) {
        for (Span c : clauses.subList(0, verbClause)) {
            List<EntityMention> actors = layers.actors(c.start(), c.end());
            if (!actors.isEmpty() && OPENING.matcher(layers.lower.substring(c.start(), actors.get(0).start())).matches()) {
                return actors;
            }
        }
        return List.of();
    }

    /**
     * The state a demonym names as attacker right before an attack word ("a Russian drone attack"), as a
     * mention of that state, or null.
     */
    EntityMention demonymAttacker(Cues.Hit h, Span clause) {
        Cues.Hit d = demonyms.last(Math.max(clause.start(), h.start() - 40), h.start());
        if (d == null || !ATTACK_MODIFIERS.matcher(layers.lower.substring(d.end(), h.start())).matches()) {
            return null;
        }
        return state(d);
    }

    /** The state a demonym names right after an offset ("was hit by Russian missiles"), or null. */
    EntityMention demonymAfter(int from, Span clause) {
        Cues.Hit d = demonyms.first(from, Math.min(clause.end(), from + 12));
        return d == null || !ARTICLE.matcher(layers.lower.substring(from, d.start()).strip()).matches() ? null : state(d);
    }

    private EntityMention state(Cues.Hit d) {
        Entry state = entries.apply(d.label());
        if (state == null || state.kind() != Kind.COUNTRY) {
            return null;
        }
        return new EntityMention(state, d.start(), d.end(), layers.text.substring(d.start(), d.end()), 0.8,
                EntityMention.Source.DEMONYM);
    }
}
