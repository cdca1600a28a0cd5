package org.eventline.extract.event;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.extract.Lexicon;
import org.eventline.extract.cue.Clauses;
import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Kind;
import org.eventline.model.Event;
import org.eventline.model.Timex;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Events: meetings, statements, agreements and attacks that really occur or are scheduled, one per
 * occurrence. Each trigger (events.tsv) in a clause is a mention; a mention that may, would or should
 * happen (一旦…攻擊, "if a deal is reached") is left out, as are statements never issued, agreements
 * without parties and attacks without attacker. Mentions with their own date found occurrences;
 * mentions without one (the Berlin talks, 聲明中說, 峰會期間) join the nearest occurrence of their type
 * they refer to, adding its place where they name one; what joins nothing and has no date is dropped.
 */
public final class EventFinder implements Component {

    /** What may stand between 停止/"end" and the event it ends (停止侵略, "end the full-scale invasion"). */
    private static final Pattern CEASED = Pattern.compile("\\s*(the |its |their |此|这场)?[a-z-]*\\s*");
    private static final Pattern BY = Pattern.compile("\\s*(was |were )?by (the )?");
    /** What stands right before a deadline ("by Christmas", "before the end of the year"). */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("\\b(by|before|until|no later than) (the )?$");

    private final Cues triggers;
    private final Cues markers;
    private final Cues stances;

    public EventFinder(Lexicon lexicon) {
        this.triggers = new Cues(lexicon, "events.tsv");
        this.markers = new Cues(lexicon, "markers.tsv");
        this.stances = new Cues(lexicon, "stances.tsv");
    }

    @Override
    public void process(Doc doc) {
        Layers layers = new Layers(doc);
        Cues.Hits markerHits = markers.find(layers.lower);
        layers.dropDateline(markerHits);
        Mentions reader = new Mentions(layers, triggers.find(layers.lower), markerHits, stances.find(layers.lower));
        List<Occurrence> occurrences = Occurrence.cluster(reader.read());
        String reportDate = layers.reportDate(markerHits);
        int n = 0;
        for (Occurrence o : occurrences) {
            Event e = o.toEvent("e" + (n + 1), layers, reportDate);
            if (e != null) {
                doc.events.add(e);
                n++;
            }
        }
    }

    /** Reads the event mentions of a document. */
    private static final class Mentions {

        private final Layers layers;
        private final Cues.Hits triggers;
        private final Cues.Hits markers;
        private final Cues.Hits stances;

        Mentions(Layers layers, Cues.Hits triggers, Cues.Hits markers, Cues.Hits stances) {
            this.layers = layers;
            this.triggers = triggers;
            this.markers = markers;
            this.stances = stances;
        }

        List<EventMention> read() {
            List<EventMention> out = new ArrayList<>();
            for (Span sentence : layers.sentences()) {
                List<Span> clauses = Clauses.split(layers.norm, sentence);
                Set<String> typesInClause = new LinkedHashSet<>();
                Span lastClause = null;
                for (Cues.Hit h : triggers.in(sentence.start(), sentence.end())) {
                    Span clause = clauseOf(clauses, h.start());
                    if (!clause.equals(lastClause)) {
                        typesInClause.clear();
                        lastClause = clause;
                    }
                    if (!typesInClause.add(h.label())) {
                        continue;
                    }
                    EventMention m = mention(h, clause, sentence, clauses);
                    if (m != null) {
                        out.add(m);
                    }
                }
            }
            return out;
        }

        private EventMention mention(Cues.Hit h, Span clause, Span sentence, List<Span> clauses) {
            Cues.Hit cease = markers.last(Math.max(clause.start(), h.start() - 12), h.start(), "CEASE");
            if (cease != null && CEASED.matcher(layers.lower.substring(cease.end(), h.start())).matches()) {
                return null; // 停止侵略, "end the invasion": not an occurrence
            }
            if (!h.is("MEETING") && !h.is("STATEMENT") && negated(h)) {
                return null; // 承諾不再進攻, "agreed not to", "did not attack": nothing happened
            }
            Timex time = nearestTime(h, clause, sentence, clauses);
            String date = time != null && Layers.concrete(time) ? time.value() : null;
            boolean vague = time != null && date == null;
            boolean scheduledType = h.is("MEETING");
            if (date != null && !scheduledType && layers.doc.anchor != null
                    && date.compareTo(layers.doc.anchor.toString()) > 0 && !date.startsWith(layers.doc.anchor.toString())) {
                date = null; // an attack or agreement in the future has not happened
            }
            if (irrealis(clause) && (date == null || !pastOrToday(date))) {
                return null; // may, would or should happen: not an occurrence (unless dated in the past)
            }
            boolean definite = definite(h, clause);
            List<String> participants = new ArrayList<>();
            List<String> sides = new ArrayList<>();
            List<EntityMention> actors = switch (h.label()) {
                case "ATTACK" -> attackParties(h, clause);
                case "STATEMENT" -> issuers(h, clause);
                case "AGREEMENT" -> parties(h, clause, sentence, clauses);
                default -> layers.actors(clause.start(), clause.end());
            };
            for (EntityMention m : actors) {
                add(participants, m.isActor() ? m.entry().key() : null);
                add(sides, m.entry().affiliation());
            }
            if (h.is("ATTACK") && actors.isEmpty()) {
                return null; // no attacker
            }
            if (h.is("STATEMENT") && !markers.any(clause.start(), clause.end(), "ISSUE")) {
                return null; // a statement talked about, not one issued
            }
            if (h.is("AGREEMENT") && participants.isEmpty()) {
                return null;
            }
            for (String s : sides) {
                add(participants, s);
            }
            List<String> wider = new ArrayList<>(participants);
            if (layers.actors(clause.start(), clause.end()).isEmpty()) {
                for (EntityMention m : layers.actors(sentence.start(), sentence.end())) {
                    add(wider, m.entry().key());
                    add(wider, m.entry().affiliation());
                }
            }
            Place place = place(h, clause);
            Cues.Hit during = markers.first(clause.start(), clause.end(), "DURING");
            int duringTrigger = -1;
            if (during != null && !h.is("MEETING")) {
                Cues.Hit other = triggers.last(clause.start(), during.start() + 1);
                if (other != null && other.start() != h.start() && layers.blank(other.end(), during.start())) {
                    duringTrigger = other.start();
                }
            }
            boolean anchored = switch (h.label()) {
                case "ATTACK" -> actors.size() >= 2;
                case "STATEMENT" -> !participants.isEmpty();
                default -> false;
            };
            return new EventMention(h.label(), h.start(), h.end(), clause, date, vague, definite, participants, wider,
                    place, duringTrigger, anchored);
        }

        private boolean pastOrToday(String date) {
            return layers.doc.anchor == null || date.compareTo(layers.doc.anchor.toString()) <= 0;
        }

        /** The time nearest the trigger in its clause, else one opening the sentence ("On Friday, …"). */
        private Timex nearestTime(Cues.Hit h, Span clause, Span sentence, List<Span> clauses) {
            Timex best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Timex t : layers.times(clause.start(), clause.end())) {
                if (duration(t) || deadline(t)) {
                    continue;
                }
                int d = t.end() <= h.start() ? h.start() - t.end() : t.start() - h.end();
                if (d < bestDistance) {
                    best = t;
                    bestDistance = Math.abs(d);
                }
            }
            if (best == null && coordinated(clause)) {
                // "…met in Geneva on Sunday, and the two sides agreed…": the time of the clause before
                for (Timex t : layers.times(sentence.start(), clause.start())) {
                    if (!duration(t) && !deadline(t)) {
                        best = t;
                    }
                }
            }
            if (best == null && !clauses.isEmpty() && !clauses.get(0).equals(clause)) {
                // "On Friday, …", 1月11日，…: a time closing the sentence's opening clause dates what follows.
                Span first = clauses.get(0);
                for (Timex t : layers.times(first.start(), first.end())) {
                    if (first.end() - t.end() <= 1) {
                        return t;
                    }
                }
            }
            return best;
        }

        private boolean negated(Cues.Hit h) {
            Cues.Hit n = stances.last(Math.max(0, h.start() - (layers.chinese ? 4 : 14)), h.start(), "NEGATION", "REJECT");
            return n != null && !layers.clauseBreak(n.end(), h.start());
        }

        /** "by Christmas", 年底前: a deadline, not when something happens. */
        private boolean deadline(Timex t) {
            String w = Cues.lower(t.text()).strip();
            String before = layers.lower.substring(Math.max(0, t.start() - 16), t.start());
            return w.startsWith("by ") || w.startsWith("before ") || w.startsWith("until ") || w.endsWith("前")
                    || w.startsWith("不晚於") || w.startsWith("不晚于") || DEADLINE_BEFORE.matcher(before).find();
        }

        /** A span of time ("two days", PT8H), not a point: it dates nothing. Vague references are kept. */
        private boolean duration(Timex t) {
            String v = t.value();
            return t.type() == org.eventline.model.TimeType.DURATION && v.length() > 1 && v.charAt(0) == 'P'
                    && (Character.isDigit(v.charAt(1)) || v.charAt(1) == 'T' || v.charAt(1) == 'X');
        }

        private boolean coordinated(Span clause) {
            String head = layers.lower.substring(clause.start(), Math.min(clause.end(), clause.start() + 9));
            return head.startsWith("and ") || head.startsWith("then ") || head.startsWith("并") || head.startsWith("随后")
                    || head.startsWith("之后") || head.startsWith("and then");
        }

        private boolean irrealis(Span clause) {
            return markers.any(clause.start(), clause.end(), "IRREALIS");
        }

        private boolean definite(Cues.Hit h, Span clause) {
            Cues.Hit during = markers.first(h.end(), Math.min(clause.end(), h.end() + 3), "DURING");
            if (during != null && layers.blank(h.end(), during.start())) {
                return true; // 峰會期間: the summit already named
            }
            Cues.Hit d = markers.last(Math.max(clause.start(), h.start() - 24), h.start(), "DEFINITE", "ISSUE");
            if (d == null) {
                return markers.any(h.end(), Math.min(clause.end(), h.end() + 3), "ISSUE");
            }
            // "the Berlin talks", "the Witkoff-Zelensky meeting", 這次會談: only names and modifiers between.
            String between = layers.lower.substring(d.end(), h.start());
            return between.length() <= 24 && !between.contains(" of ") && !between.contains(" a ");
        }

        /**
         * The attacker (the actor before the trigger, or "by X") and the target (對基輔發動襲擊, "an attack
         * on Kyiv", or the first party after the trigger).
         */
        private List<EntityMention> attackParties(Cues.Hit h, Span clause) {
            EntityMention attacker = null;
            EntityMention target = null;
            for (EntityMention m : layers.entitiesBackwards(clause.start(), h.start())) {
                if (!party(m) || located(m)) {
                    continue; // 在G7峰會期間: where and when, not who
                }
                if (targeted(m)) {
                    target = target == null ? m : target;
                } else if (attacker == null) {
                    attacker = m;
                }
            }
            for (EntityMention m : layers.entities(h.end(), clause.end())) {
                if (!party(m) && m.entry().kind() != Kind.PLACE) {
                    continue;
                }
                if (attacker == null && byAgent(h, m)) {
                    attacker = m;
                } else if (target == null) {
                    target = m;
                }
            }
            List<EntityMention> out = new ArrayList<>();
            if (attacker != null) {
                out.add(attacker);
                if (target != null) {
                    out.add(target);
                }
            }
            return out;
        }

        private boolean party(EntityMention m) {
            return m.isActor() && m.entry().kind() != Kind.MEDIA || m.entry().affiliation() != null;
        }

        private boolean located(EntityMention m) {
            Cues.Hit at = markers.last(Math.max(0, m.start() - 4), m.start(), "VENUE");
            return at != null && layers.adjacent(at.end(), m.start());
        }

        /** 對基輔, "on Kyiv", "against Ukraine": the one attacked. */
        private boolean targeted(EntityMention m) {
            Cues.Hit t = markers.last(Math.max(0, m.start() - 9), m.start(), "TARGET");
            return t != null && layers.adjacent(t.end(), m.start());
        }

        private boolean byAgent(Cues.Hit h, EntityMention m) {
            return m.start() > h.end() && m.start() - h.end() < 20
                    && BY.matcher(layers.lower.substring(h.end(), m.start())).matches();
        }

        /** Who issues a statement: the actors before it in its clause (由歐洲領袖簽署的聲明). */
        private List<EntityMention> issuers(Cues.Hit h, Span clause) {
            List<EntityMention> out = layers.actors(clause.start(), h.start());
            if (out.isEmpty()) {
                out = layers.actors(h.end(), clause.end());
            }
            return out;
        }

        /** The parties agreeing: the actors before the trigger, in its clause or opening the sentence. */
        private List<EntityMention> parties(Cues.Hit h, Span clause, Span sentence, List<Span> clauses) {
            List<EntityMention> out = layers.actors(clause.start(), h.start());
            if (out.isEmpty() && !clauses.isEmpty()) {
                out = layers.actors(sentence.start(), h.start());
            }
            return out;
        }

        /**
         * Where: a place naming the event (柏林會談, "the Berlin talks"), a venue (於柏林, "in Berlin"), a
         * destination ("travel to Germany"), or for an attack its target (轟炸基輔).
         */
        private Place place(Cues.Hit h, Span clause) {
            Place best = null;
            for (EntityMention m : layers.entities(clause.start(), clause.end())) {
                if (m.entry().kind() != Kind.PLACE) {
                    continue;
                }
                int rank;
                Cues.Hit before = markers.last(Math.max(clause.start(), m.start() - 5), m.start(), "VENUE", "DESTINATION");
                boolean marked = before != null && layers.adjacent(before.end(), m.start());
                if (m.end() <= h.start() && layers.blank(m.end(), h.start())
                        || m.end() <= h.start() && h.start() - m.end() <= 6 && layers.chinese
                        && layers.norm.substring(m.end(), h.start()).chars().allMatch(c -> "举行的办召开".indexOf(c) >= 0)) {
                    rank = 4;
                } else if (marked && before.is("VENUE")) {
                    int distance = m.start() >= h.end() ? m.start() - h.end() : h.start() - m.end();
                    if (distance > 24 && !h.is("MEETING")) {
                        continue; // "assets held in Europe" is not where the ministers agreed
                    }
                    rank = distance <= 24 ? 3 : 2;
                } else if (marked) {
                    rank = 2;
                } else if (h.is("ATTACK") && (m.start() >= h.end() || targeted(m))) {
                    rank = 2;
                } else {
                    continue;
                }
                if (best == null || rank > best.rank()) {
                    best = new Place(m.entry().key(), rank, m.entry().affiliation());
                }
            }
            return best;
        }

        private static Span clauseOf(List<Span> clauses, int offset) {
            for (Span c : clauses) {
                if (c.start() <= offset && offset < c.end()) {
                    return c;
                }
            }
            return clauses.get(clauses.size() - 1);
        }

        private static void add(List<String> list, String key) {
            if (key != null && !list.contains(key)) {
                list.add(key);
            }
        }
    }
}
