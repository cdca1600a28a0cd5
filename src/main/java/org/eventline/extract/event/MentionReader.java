package org.eventline.extract.event;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Kind;
import org.eventline.model.TimeType;
import org.eventline.model.TimeValue;
import org.eventline.model.Timex;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the event mentions of a document: each trigger in a clause with its own date, place and
 * participants, leaving out what may, would or should happen, was proposed, or ended.
 */
final class MentionReader {

    /** What may stand between 停止/"end" and the event it ends (停止侵略, "end the full-scale invasion"). */
    private static final Pattern CEASED = Pattern.compile("\\s*(the |its |their |此|这场)?([a-z-]+\\s+){0,3}[a-z-]*\\s*");
    /** After an agreement word, what makes it one still to come (簽署協議的時間表, 達成協議後可能…). */
    private static final Pattern AGREEMENT_TO_COME = Pattern.compile("的|[後后](可能|將|将|才|再)");
    /** Nothing but spaces and commas: what may close a clause after its event word. */
    private static final Pattern TRAILING = Pattern.compile("[\\s,]*");
    private static final Pattern PARTICIPLE = Pattern.compile("[\\s,]*(held|hosted|convened|staged|chaired)\\b");
    private static final Pattern CAME = Pattern.compile("\\s*(came|took place|was held|were held|happened|began|opened|started|ended|followed)\\s*");
    private static final Pattern BY = Pattern.compile("\\s*(was |were )?by (the )?");
    /** What stands right before a deadline ("by Christmas", "before the end of the year"). */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("\\b(by|before|until|no later than) (the )?$");
    /** What may stand between a saying verb and the time it is dated by ("said on Thursday that"). */
    private static final Pattern SAID_AT = Pattern.compile("\\s*(on |last |this |early |late )?");
    /** What may join names and times in a clause of nothing else ("Switzerland, on Tuesday."). */
    private static final Pattern GLUE = Pattern.compile("[\\s.,;:。，]*((on|in|at|the|and|late|early)\\b[\\s.,;:。，]*)*");
    /** An English apposition with its names blanked out: "Trump's son-in-law", "the Kremlin's envoy". */
    private static final Pattern APPOSITION = Pattern.compile(
            "\\s*((the|a|an)\\s+([a-z-]+\\s+)?(['’]s\\s+)?|([a-z-]+\\s+)?['’]s\\s+)([a-z-]+\\s*){1,6}");
    /** What may stand between "after" and a meeting just held ("after their talks", "after two days of talks"). */
    private static final Pattern JUST_HELD = Pattern.compile("\\s+((the|their|his|her|its|a|an|more than|less than|nearly|"
            + "almost|about|over|some|around|[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|many|hours|days|"
            + "rounds|of|direct|high-level|face-to-face|lengthy|marathon|closed-door|first|second|latest|new|fresh|brief|"
            + "long|short|[a-z0-9]+-(hour|minute|day)|[a-z0-9]+-and-a-half-hour)\\s+)*");
    /** An indefinite article and up to two modifiers right before a trigger ("an emergency summit"). */
    private static final Pattern INDEFINITE = Pattern.compile("\\b(a|an)( [a-z-]+){0,2} $");
    /** Words that make what follows a determiner a clause, not a name for an event (the US and Russia have agreed). */
    private static final Pattern CLAUSE_WORDS = Pattern.compile("\\b(and|have|has|had|was|were|is|are|will|would|did)\\b");
    /** What joins an agreement word to the other party ("a deal with Kyiv", "agreements between the two"). */
    private static final Pattern WITH = Pattern.compile("\\s+(with|between)\\s+(the\\s+)?");
    /** An article and up to three modifiers right before a trigger ("a newly revealed summertime call", "the hosts"). */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(a|an|the)( [a-z-]+){0,3} $");
    /** How far (in characters) after a time 後首度 may tell that the event is the first since then. */
    private static final int FIRST_SINCE_REACH = 14;
    /** How many sentences from the lead on may name the day of its news. */
    private static final int LEAD_REACH = 4;
    /** How far before a relative phrase the event it counts from may end (談判結束數小時後). */
    private static final int RELATIVE_GAP = 6;
    /** How far after an English event word a word of mood may still make the event unreal ("talks that may"). */
    private static final int IRREALIS_REACH = 40;
    /** Up to three words and no punctuation: what may stand between "during" or "days after" and the event it names. */
    private static final Pattern FEW_WORDS = Pattern.compile("(\\s*[\\p{L}\\p{N}'’-]+){0,3}\\s*");
    /** A part of the day after a date (2025-05-16TMO): events are dated by the day. */
    private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI)");

    private final Layers layers;
    private final Cues.Hits triggers;
    private final Cues.Hits markers;
    private final Cues.Hits stances;
    private final Cues.Hits attribution;
    private final Venues venues;
    private final Parties parties;
    private Lead lead;

    MentionReader(Layers layers, Cues.Hits triggers, Cues.Hits markers, Cues.Hits stances, Cues.Hits attribution,
                  Cues.Hits demonyms, Function<EntityMention, Entry> placeNamed, Function<String, Entry> entries,
                  Within within) {
        this.layers = layers;
        this.triggers = triggers;
        this.markers = markers;
        this.stances = stances;
        this.attribution = attribution;
        this.venues = new Venues(layers, markers, demonyms, placeNamed, within);
        this.parties = new Parties(layers, markers, attribution, demonyms, entries);
    }

    List<EventMention> read() {
        List<EventMention> out = new ArrayList<>();
        List<Span> sentences = layers.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            List<Span> clauses = withParticiples(layers.clauses(sentence));
            Set<String> typesInClause = new LinkedHashSet<>();
            Span lastClause = null;
            for (Cues.Hit h : triggers.in(sentence.start(), sentence.end())) {
                Span clause = clauseOf(clauses, h.start());
                if (!clause.equals(lastClause)) {
                    typesInClause.clear();
                    lastClause = clause;
                }
                if (h.is("ATTACK") && triggers.in(clause.start(), clause.end(), "AGREEMENT").stream()
                        .anyMatch(a -> a.start() < h.end() && h.start() < a.end())) {
                    continue; // "struck a deal"
                }
                boolean reference = referred(h, clause);
                if (!reference && !typesInClause.add(h.label())) {
                    continue; // one event of a type per clause, besides those it is dated by ("before the summit")
                }
                Span previous = s > 0 && layers.paragraph(sentences.get(s - 1).start()) == layers.paragraph(sentence.start())
                        ? sentences.get(s - 1) : null;
                Span next = s + 1 < sentences.size()
                        && layers.paragraph(sentences.get(s + 1).start()) == layers.paragraph(sentence.start())
                        ? sentences.get(s + 1) : null;
                EventMention m = mention(h, clause, sentence, clauses, previous, next);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The clauses, an event word closing one joined with a clause of a participle telling it ("The Alaska
     * meeting, held at a base in Anchorage on Friday, …"): its day and place are the event's.
     */
    private List<Span> withParticiples(List<Span> clauses) {
        if (layers.chinese || clauses.size() < 2) {
            return clauses;
        }
        List<Span> out = new ArrayList<>(clauses);
        for (int i = out.size() - 2; i >= 0; i--) {
            Span c = out.get(i);
            Span next = out.get(i + 1);
            boolean closedByEvent = triggers.in(c.start(), c.end()).stream()
                    .anyMatch(h -> TRAILING.matcher(layers.text).region(h.end(), c.end()).matches());
            if (closedByEvent && PARTICIPLE.matcher(layers.lower).region(next.start(), next.end()).lookingAt()) {
                out.set(i, new Span(c.start(), next.end()));
                out.remove(i + 1);
            }
        }
        return out;
    }

    /**
     * The story's lead (its first sentence past the headline) and the day it or the few sentences after it
     * name: "Trump and Putin have left their summit in Alaska …. The two leaders spoke … on Friday night".
     * Null without a lead.
     */
    Lead lead() {
        if (lead == null) {
            lead = findLead();
        }
        return lead.sentence() == null ? null : lead;
    }

    private Lead findLead() {
        List<Span> sentences = layers.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (layers.headlineLike(sentences.get(i))) {
                continue;
            }
            for (Span s : sentences.subList(i, Math.min(sentences.size(), i + LEAD_REACH))) {
                for (Timex t : layers.times(s.start(), s.end())) {
                    String d = day(t.value());
                    if (Layers.concrete(t) && datesEvents(t) && d.length() == 10 && pastOrToday(d) && !layers.inDateline(t)) {
                        return new Lead(sentences.get(i), d);
                    }
                }
            }
            return new Lead(sentences.get(i), null);
        }
        return new Lead(null, null);
    }

    /**
     * Whether a trigger tells the news of the story's lead: in its lead sentence, not a noun with an article
     * ("a newly revealed phone call", "give the hosts a win") unless told as just held ("said after a meeting").
     */
    private boolean news(Cues.Hit h) {
        Lead l = lead();
        List<Span> sentences = layers.sentences();
        if (l != null && l.day() != null && h.is("STATEMENT") && l.sentence().start() <= h.start()
                && sentences.indexOf(layers.sentenceAt(h.start())) - sentences.indexOf(l.sentence()) < LEAD_REACH) {
            return true; // 白宮在聲明中指出 right after the lead: the statement of the day's news
        }
        return l != null && l.day() != null && l.sentence().start() <= h.start() && h.end() <= l.sentence().end()
                && (layers.chinese || justHeld(h, layers.sentenceAt(h.start()))
                    || !ARTICLE_BEFORE.matcher(layers.lower.substring(Math.max(0, h.start() - 40), h.start())).find());
    }

    /**
     * Whether an undated mention may be the news of the lead, dated by it when it refers to nothing told before:
     * a loose one in the lead ({@link #news}), "the summit" or "the statement" anywhere outside quotes.
     */
    private boolean leadsNews(Cues.Hit h, boolean definite, Span sentence) {
        return definite ? (h.is("MEETING") || h.is("STATEMENT")) && lead() != null && !quoted(h, sentence) : news(h);
    }

    /** The lead sentence of a story and the day its news happened, or null when no day is named near it. */
    record Lead(Span sentence, String day) {
    }

    /** @param previous the sentence before in the same paragraph, or null; next the one after, or null */
    private EventMention mention(Cues.Hit h, Span clause, Span sentence, List<Span> clauses, Span previous, Span next) {
        Cues.Hit cease = markers.last(Math.max(clause.start(), h.start() - (layers.chinese ? 12 : 28)), h.start(), "CEASE");
        if (cease != null && CEASED.matcher(layers.lower.substring(cease.end(), h.start())).matches()) {
            return null; // 停止侵略, "end the invasion": not an occurrence
        }
        if (!h.is("MEETING") && !h.is("STATEMENT") && negated(h)) {
            return null; // 承諾不再進攻, "agreed not to", "did not attack": nothing happened
        }
        Timex time = time(h, clause, sentence, clauses);
        String date = time != null && Layers.concrete(time) ? day(time.value()) : null;
        if (date != null && markers.any(time.start(), time.end(), "SAME_DAY")) {
            date = sameDay(time); // 當天 in a paragraph of its own: the story's day, not a day told in passing before
        }
        Cues.Hit from = countedFrom(h, clause);
        Cues.Hit to = countsTo(h, clause);
        if (date != null && to != null && time.start() >= to.end()) {
            // "The Paris meeting came a day after Russia fired … overnight": the day told is the other event's
            date = Occurrence.shifted(date, Integer.parseInt(to.option().split(" ")[0]));
        }
        if (date != null && from != null && from.option().contains(" next") && time.end() <= from.start()) {
            Timex own = ownTime(h, new Span(from.end(), clause.end()));
            if (own != null && Layers.concrete(own)) {
                date = day(own.value()); // "met on Wednesday ahead of a summit on Thursday": the summit's own day
            } else {
                // "On Saturday, …, a day after the meeting with Trump": the day is the other event's, the meeting's before
                date = Occurrence.shifted(date, -Integer.parseInt(from.option().split(" ")[0]));
            }
        }
        boolean vague = time != null && date == null;
        if (date == null && !vague && h.is("ATTACK") && layers.lower.substring(sentence.start(), clause.end()).contains("overnight")) {
            date = layers.reportDate(); // "attacked Kyiv overnight", "Overnight, Russia launched": the night before the report
        }
        if (date != null && !h.is("MEETING") && !pastOrToday(date)) {
            date = null; // an attack or agreement in the future has not happened
        }
        // 會談前數小時 naming nobody: the talks the story tells (三方在柏林會談後 names its own parties)
        boolean definite = definite(h, clause) || from != null && parties.taking(clause.start(), parties.end(h, clause)).isEmpty();
        if (markers.any(clause.start(), clause.end(), "CALLED_OFF")) {
            return null; // "the meeting was called off", 取消會談: not held
        }
        if (h.is("AGREEMENT") && layers.chinese && AGREEMENT_TO_COME.matcher(layers.norm).region(h.end(),
                Math.min(layers.norm.length(), h.end() + 6)).lookingAt()) {
            // 簽署和平協議的時間表, 在達成協議後可能實施: what a timetable or a plan is for, not what happened
            return null;
        }
        if (h.is("AGREEMENT") && markers.any(clause.start(), h.start(), "PARTIAL")) {
            return null; // 在90%的議題上達成共識: progress in talks, not an agreement
        }
        if (proposed(h, clause)) {
            return null; // proposed talks, "until they met": not an occurrence, whenever proposed
        }
        if (irrealis(h, clause, sentence) && (date == null || !past(date))) {
            return null; // may, would or should happen: not an occurrence (unless dated before the report)
        }
        Relative relative = date == null && (!definite || from != null) && !planned(h, clause)
                ? relative(h, sentence, clauses, from != null) : null;
        if (relative != null && relative.other() < 0 && (h.is("STATEMENT") || h.is("AGREEMENT"))
                && host(h, clause, sentence, previous, next) >= 0) {
            relative = null; // "afterwards, the two sides issued a joint statement": the talks told date it
        }
        if (relative != null && relative.other() < 0 && h.is("MEETING") && parties.taking(clause.start(), parties.end(h, clause)).isEmpty()
                && parties.referred(clause.start(), clause.end()).isEmpty()) {
            relative = null; // 會後表示，會面「非常好」: a word naming nobody refers to an event told, it tells none
        }
        if (relative != null) {
            vague = false;
            date = relative.day();
            if (date != null && !h.is("MEETING") && !pastOrToday(date)) {
                return null; // "hours later" of a day to come: not an occurrence yet
            }
        }
        int end = to == null ? parties.end(h, clause) : Math.min(parties.end(h, clause), to.start());
        List<EntityMention> inClause = parties.taking(clause.start(), end);
        int issuingMeeting = h.is("STATEMENT") ? issuingMeeting(h, clause) : -1;
        List<EntityMention> actors = switch (h.label()) {
            case "ATTACK" -> attackParties(h, clause, clauses);
            case "STATEMENT" -> issuingMeeting >= 0 ? List.of() : issuers(h, clause, end);
            case "AGREEMENT" -> agreeing(h, clause, sentence, clauses);
            default -> meetingParties(h, inClause, clause, clauses);
        };
        List<String> participants = new ArrayList<>();
        List<String> sides = new ArrayList<>();
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
        List<String> referred = parties.referred(clause.start(), end);
        if (!h.is("ATTACK") && sides(actors) < 2) {
            referred.forEach(s -> add(sides, s)); // 雙方, "the two countries": the parties just named
        }
        if (h.is("AGREEMENT") && participants.isEmpty() && sides.isEmpty() && !definite) {
            return null; // "the deals were signed at …" refers to the signing told before
        }
        for (String s : sides) {
            add(participants, s);
        }
        List<String> partySides = new ArrayList<>();
        actors.forEach(m -> add(partySides, side(m)));
        if (!h.is("ATTACK") && sides(actors) < 2) {
            referred.forEach(r -> add(partySides, r));
        }
        List<String> wider = new ArrayList<>(participants);
        if (inClause.isEmpty() && issuingMeeting < 0) {
            for (EntityMention m : parties.taking(sentence.start(), sentence.end())) {
                add(wider, m.entry().key());
                add(wider, m.entry().affiliation());
            }
        }
        Span opening = clauses.isEmpty() || clauses.get(0).equals(clause) ? null : clauses.get(0);
        Place place = venues.of(h, to == null ? clause : new Span(clause.start(), to.start()), opening);
        if (place == null && to == null) {
            for (Span c : trailing(clauses, clauses.indexOf(clause))) {
                place = place == null ? venues.of(h, c, null) : place; // "met Kushner, his son-in-law, in Miami"
            }
        }
        int host = issuingMeeting >= 0 ? issuingMeeting : date != null ? -1
                : relative != null && relative.other() >= 0 ? relative.other() : host(h, clause, sentence, previous, next);
        // a joint statement issued after talks, its signers unnamed, is the statement of those who talked
        boolean issuedByHost = issuingMeeting >= 0
                || host >= 0 && h.is("STATEMENT") && sides(actors) < 2 && joint(h, clause);
        return new EventMention(h.label(), h.cue(), h.start(), h.end(), clause, date, vague, definite,
                markers.any(clause.start(), h.start(), "SEPARATE") || date != null && indefinite(h), participants,
                partySides, wider, names(h, clause), place,
                host, issuedByHost, h.is("ATTACK") ? side(actors.get(0)) : null,
                h.is("MEETING") ? mode(h, place) : h.is("STATEMENT") ? (h.option().isEmpty() ? "issued" : h.option()) : null,
                date == null && !definite && planned(h, clause),
                relative == null ? -1 : relative.other(), relative == null ? 0 : relative.days(),
                date == null && leadsNews(h, definite, sentence));
    }

    /**
     * How an event without a date of its own is dated from another: the event the relative phrase names
     * ({@code other}, its trigger's offset, and the days from it), or the day that phrase gives ({@code day}).
     */
    private record Relative(int other, int days, String day) {
    }

    /**
     * The event or day an event is told relative to: "hours before the summit began, Russian forces struck…",
     * "the meeting came a day after Russia launched a strike" (the strike is the day before the meeting),
     * 會談前數小時，…, 談判結束數小時後，…; with no event named there (此前一天, 稍早, "hours earlier", "the
     * next day"), the last day the story named, or the report's day. Null without such a phrase.
     */
    private Relative relative(Cues.Hit h, Span sentence, List<Span> clauses, boolean countedFrom) {
        if (quoted(h, sentence) || layers.headlineLike(sentence)) {
            return null; // what a quote says of events dates none; a headline's 峰會後 counts from the story's days
        }
        int own = clauses.indexOf(clauseOf(clauses, h.start()));
        Cues.Hit cue = null;
        for (Cues.Hit c : markers.in(sentence.start(), sentence.end(), "RELATIVE")) {
            int apart = clauses.indexOf(clauseOf(clauses, c.start())) - own;
            // a phrase counting from an event named with it may stand in the clause after ("…, hours before the
            // summit"); one counting from the last day told (稍早, "hours later") stands in the clause or before it
            boolean reaches = c.option().contains(" ") ? Math.abs(apart) <= 1 : apart == 0 || apart == -1;
            if (reaches && !markers.any(c.end(), Math.min(sentence.end(), c.end() + 2), "PLAN")
                    && (cue == null || distance(c, h) < distance(cue, h))) {
                cue = c; // 稍後將致電: what is still to come is dated by nothing told
            }
        }
        if (cue == null) {
            return null;
        }
        String[] option = cue.option().split(" ");
        int days = Integer.parseInt(option[0]);
        String where = option.length > 1 ? option[1] : "";
        boolean meetingOnly = option.length > 2;
        Span cueClause = clauseOf(clauses, cue.start());
        if (where.equals("next")) {
            Cues.Hit named = triggers.first(cue.end(), Math.min(cueClause.end(), h.start() >= cue.end() ? h.start() : cueClause.end()));
            if (meetingOnly) {
                // "Before the meeting, Trump called Putin": only a meeting named right after the word
                return named != null && named.is("MEETING") && named.start() - cue.end() <= 16 && named.start() != h.start()
                        ? new Relative(named.start(), days, null) : null;
            }
            if (named != null) {
                return new Relative(named.start(), days, null); // "hours before the summit, forces struck"
            }
            Cues.Hit main = h.start() >= cue.end() ? triggers.last(sentence.start(), cue.start()) : null;
            if (main != null) {
                // "the meeting came a day after Russia launched a strike": the strike, the day before the meeting
                return new Relative(main.start(), -days, null);
            }
        } else if (where.equals("previous")) {
            if (h.start() < cue.start()) {
                return null; // the event the phrase counts from, or another one
            }
            Cues.Hit named = triggers.last(Math.max(cueClause.start(), cue.start() - (meetingOnly ? 2 : RELATIVE_GAP)), cue.start());
            if (named != null && (!meetingOnly || named.is("MEETING"))) {
                return new Relative(named.start(), days, null); // 會談前數小時, 談判結束數小時後
            }
        }
        if (meetingOnly || countedFrom) {
            return null; // "hours before the summit began": the summit is dated as told elsewhere
        }
        // "hours before the deals were announced": with no event word there, the day of the story's news
        String base = where.equals("next") && lead() != null && lead().day() != null ? lead().day() : lastDayBefore(cue.start());
        if (base == null) {
            return null;
        }
        String day = Occurrence.shifted(base, days);
        String report = layers.reportDate();
        // "leaders met in Oslo four days after the row at the Oval Office", told that day: the news is the event
        // counted, not the one it counts from, whose day the story does not give
        return new Relative(-1, 0, report != null && day.compareTo(report) > 0 && days > 0 ? base : day);
    }

    /** 峰會期間, "before the summit", 會談前數小時: an event named to date another in its clause. */
    private boolean referred(Cues.Hit h, Span clause) {
        Cues.Hit during = markers.first(h.end(), Math.min(clause.end(), h.end() + 3), "DURING");
        if (during != null && layers.blank(h.end(), during.start()) || countedFrom(h, clause) != null) {
            return true;
        }
        for (Cues.Hit t : triggers.in(clause.start(), h.start())) {
            Cues.Hit to = countsTo(t, clause);
            if (to != null && to.end() <= h.start()) {
                return true; // "The Riyadh meeting came a day after Macron convened a gathering": the other event
            }
        }
        Cues.Hit before = markers.last(clause.start(), h.start(), "DURING");
        return before != null && h.equals(namedAfter(before, clause));
    }

    /**
     * The event an English phrase of time names after it ("on the sidelines of the NATO summit", "during
     * their talks"), or null; Chinese names it before (峰會期間).
     */
    private Cues.Hit namedAfter(Cues.Hit during, Span clause) {
        if (layers.chinese) {
            return null;
        }
        Cues.Hit named = triggers.first(during.end(), Math.min(clause.end(), during.end() + 32));
        return named != null && FEW_WORDS.matcher(layers.lower.substring(during.end(), named.start())).matches() ? named : null;
    }

    /**
     * The relative phrase that counts another event from this one (會談前數小時, "hours after talks in Geneva"),
     * or null: the event counted from is one the story tells.
     */
    private Cues.Hit countedFrom(Cues.Hit h, Span clause) {
        for (Cues.Hit c : markers.in(clause.start(), clause.end(), "RELATIVE")) {
            boolean meetingOnly = c.option().endsWith(" meeting");
            if (meetingOnly && !h.is("MEETING")) {
                continue;
            }
            boolean previous = c.option().contains(" previous") && c.start() >= h.end()
                    && c.start() - h.end() <= (meetingOnly ? 2 : RELATIVE_GAP);
            boolean next = c.option().contains(" next") && c.end() <= h.start() && !triggers.any(c.end(), h.start())
                    && (h.start() - c.end() <= 16
                        || h.start() - c.end() <= 32 && FEW_WORDS.matcher(layers.lower.substring(c.end(), h.start())).matches());
            if (previous || next) {
                return c;
            }
        }
        return null;
    }

    /**
     * The phrase that dates this event from another told after it ("The Riyadh meeting came a day after …"),
     * a number of days apart, or null.
     */
    private Cues.Hit countsTo(Cues.Hit h, Span clause) {
        if (layers.chinese) {
            return null;
        }
        for (Cues.Hit c : markers.in(h.end(), clause.end(), "RELATIVE")) {
            String[] option = c.option().split(" ");
            if (option.length > 1 && option[1].equals("next") && !option[0].equals("0")
                    && CAME.matcher(layers.lower.substring(h.end(), c.start())).matches()) {
                return c;
            }
        }
        return null;
    }

    private static int distance(Cues.Hit a, Cues.Hit b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }

    /** The last day the story names before an offset (not a span, a deadline or a day to come), else the report's. */
    private String lastDayBefore(int offset) {
        String out = null;
        for (Timex t : layers.times(0, offset)) {
            String d = day(t.value());
            if (Layers.concrete(t) && datesEvents(t) && d.length() == 10 && pastOrToday(d)) {
                out = d;
            }
        }
        return out != null ? out : layers.reportDate();
    }

    /**
     * How the leaders met: what the word says (a call, a summit), else in person when a venue is named with it
     * (talks in Riyadh, 在白宮會談), else unknown.
     */
    private static String mode(Cues.Hit h, Place place) {
        if (!h.option().isEmpty()) {
            return h.option();
        }
        return place != null && place.rank() >= 3 ? "in person" : null;
    }

    private static String side(EntityMention m) {
        return m.entry().affiliation() != null ? m.entry().affiliation() : m.entry().key();
    }

    private static int sides(List<EntityMention> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (EntityMention m : actors) {
            out.add(side(m));
        }
        return out.size();
    }

    /** The actors of a meeting: those named in its clause, or the subject a participle leaves out. */
    private List<EntityMention> meetingParties(Cues.Hit h, List<EntityMention> inClause, Span clause, List<Span> clauses) {
        List<EntityMention> out = new ArrayList<>(parties.subject(clause, clauses, h.start()));
        out.addAll(inClause);
        return out;
    }

    /**
     * The event that dates one without a date of its own: the one it happened during (峰會期間), or for a
     * statement or agreement the meeting named in its sentence ("agreed …, after talks in Riyadh") or in
     * the sentence before it in the paragraph (a summit, then the declaration signed there); for an agreement,
     * else the meeting the next sentence of the paragraph tells of. -1 when none.
     */
    private int host(Cues.Hit h, Span clause, Span sentence, Span previous, Span next) {
        Cues.Hit during = markers.first(clause.start(), clause.end(), "DURING");
        Cues.Hit after = during == null ? null : namedAfter(during, clause);
        if (after != null && !after.equals(h) && (!h.is("MEETING") || after.is("MEETING"))) {
            return after.start(); // "met Trump on the sidelines of the summit", "during the talks, drones struck"
        }
        if (during != null && (!h.is("MEETING") || during.start() < h.start())) {
            // 俄軍在峰會期間轟炸基輔; 川普在峰會期間與澤連斯基會面: a meeting on the sidelines of the summit
            Cues.Hit other = triggers.last(clause.start(), during.start() + 1);
            if (other != null && other.start() != h.start() && layers.blank(other.end(), during.start())
                    && (!h.is("MEETING") || other.is("MEETING"))) {
                return other.start();
            }
        }
        if (!h.is("STATEMENT") && !h.is("AGREEMENT") || quoted(h, sentence)) {
            return -1; // 「在達成協議之前，就沒有協議」: what a quote says of agreements dates none
        }
        Cues.Hit meeting = null;
        for (Cues.Hit t : triggers.in(sentence.start(), sentence.end(), "MEETING")) {
            if (meeting == null || Math.abs(t.start() - h.start()) < Math.abs(meeting.start() - h.start())) {
                meeting = t;
            }
        }
        if (meeting == null && previous != null) {
            meeting = triggers.first(previous.start(), previous.end(), "MEETING");
        }
        if (meeting == null && next != null && h.is("AGREEMENT")) {
            // "Britain and France have agreed to … The meeting in London on Tuesday …": the talks told next
            meeting = triggers.first(next.start(), next.end(), "MEETING");
        }
        return meeting == null ? -1 : meeting.start();
    }

    /** Whether a trigger stands inside a quotation opened before it in its sentence. */
    private boolean quoted(Cues.Hit h, Span sentence) {
        int open = 0;
        for (int k = sentence.start(); k < h.start(); k++) {
            char c = layers.norm.charAt(k);
            if (c == '「' || c == '“' || c == '『') {
                open++;
            } else if ((c == '」' || c == '”' || c == '』') && open > 0) {
                open--;
            } else if (c == '"') {
                open = open > 0 ? open - 1 : 1;
            }
        }
        return open > 0;
    }

    /** 聯合聲明, "a joint statement": issued by more than one party together. */
    private boolean joint(Cues.Hit h, Span clause) {
        Cues.Hit issue = markers.last(Math.max(clause.start(), h.start() - 12), h.start(), "ISSUE");
        return issue != null && (issue.cue().equals("joint") || issue.cue().equals("聯合"));
    }

    /** 峰會發表的宣言, "the summit issued a declaration": the meeting that issues a statement, or -1. */
    private int issuingMeeting(Cues.Hit h, Span clause) {
        Cues.Hit issue = markers.last(clause.start(), h.start(), "ISSUE");
        if (issue == null) {
            return -1;
        }
        Cues.Hit meeting = triggers.last(clause.start(), issue.start(), "MEETING");
        if (meeting == null || !layers.actors(meeting.end(), issue.start()).isEmpty()
                || !layers.actors(clause.start(), meeting.start()).isEmpty()) {
            return -1; // 峰會發表的《巴黎宣言》 is the summit's; 峰會上歐盟發表的聲明 is the EU's
        }
        return meeting.start();
    }

    /** Whether a date ends before the report's day. */
    private boolean past(String date) {
        return layers.doc.anchor == null || TimeValue.parse(date).map(v -> v.end().isBefore(layers.doc.anchor))
                .orElse(false);
    }

    /** Whether a date begins on or before the report's date (a date of unknown form counts as past). */
    private boolean pastOrToday(String date) {
        return layers.doc.anchor == null || TimeValue.parse(date).map(v -> !v.start().isAfter(layers.doc.anchor))
                .orElse(true);
    }

    /** A date without its part of the day: an event is dated by its day. */
    private static String day(String value) {
        var m = PART_OF_DAY.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    /**
     * The time of an event: the nearest in its clause that dates it (not a duration, a deadline, the bound
     * of "since March", the date of the saying it is reported in, or the gloss of another time), else the
     * time a "when" clause refers to, one of a coordinated clause before, one opening the sentence ("On
     * Friday, …", 當地時間1月6日，…); for 當天, "the same day", the day named before it.
     */
    private Timex time(Cues.Hit h, Span clause, Span sentence, List<Span> clauses) {
        if (planned(h, clause)) {
            return ownTime(h, clause); // 通電話，雙方同意在布達佩斯舉行會晤: the call's day is not the summit's
        }
        Cues.Hit sub = subordinated(h, clause);
        if (sub != null) {
            // "when delegations met … weeks after Russia's invasion": the invasion is dated by its own phrase
            return ownTime(h, new Span(sub.start(), clause.end()));
        }
        Timex best = ownTime(h, clause);
        if (best == null) {
            Cues.Hit same = markers.first(clause.start(), clause.end(), "SAME_DAY");
            if (same != null) {
                return dayBefore(same.start());
            }
        }
        int index = clauses.indexOf(clause);
        if ((best == null || !Layers.concrete(best)) && index > 0 && opens(clause, "WHEN")) {
            // "since March 2022, when delegations met": the time the clause before closes with
            Span before = clauses.get(index - 1);
            Timex closing = closingTime(before);
            if (closing != null) {
                return closing;
            }
        }
        if (best == null && markers.any(clause.start(), h.start(), "RELATIVE")) {
            return null; // "…on Thursday, three days after the summit in Rome": the summit is dated from the other
        }
        if (best == null && coordinated(clause)) {
            // "…met in Geneva on Sunday, and the two sides agreed…": the time of the clause before
            for (Timex t : layers.times(sentence.start(), clause.start())) {
                if (datesEvents(t)) {
                    best = t;
                }
            }
        }
        if (best == null && index > 0) {
            // "On Friday, …", 1月11日，…, 當地時間1月6日，…: a time closing the opening clause, or a clause of its own
            for (int i = 0; i < index; i++) {
                Span c = clauses.get(i);
                Timex closing = closingTime(c);
                if (closing != null && (i == 0 || c.length() - closing.text().length() <= 6)) {
                    best = closing;
                }
            }
        }
        if (best == null) {
            best = trailingTime(clauses, index);
        }
        if (best == null && h.is("MEETING") && justHeld(h, clause)) {
            // "Ukraine said on Tuesday … after talks in Jeddah", 會談後表示: talks just held, dated by the saying
            for (Timex t : layers.times(sentence.start(), h.start())) {
                if (saying(t, h) && Layers.concrete(t) && datesEvents(t)) {
                    best = t;
                }
            }
        }
        return best;
    }

    /** "after talks", "after the meeting", 會談後: a meeting the clause tells as just over. */
    private boolean justHeld(Cues.Hit h, Span clause) {
        if (layers.chinese) {
            int k = h.end();
            return k < clause.end() && "後后".indexOf(layers.norm.charAt(k)) >= 0;
        }
        Cues.Hit after = markers.last(Math.max(clause.start(), h.start() - 48), h.start(), "SUBORDINATE");
        return after != null && layers.lower.startsWith("after", after.start())
                && JUST_HELD.matcher(layers.lower.substring(after.end(), h.start())).matches();
    }

    /**
     * "met in Geneva, Switzerland, on Tuesday": a time in the clauses right after the event's that hold
     * nothing but names and times, or null.
     */
    private Timex trailingTime(List<Span> clauses, int index) {
        for (Span c : trailing(clauses, index)) {
            for (Timex t : layers.times(c.start(), c.end())) {
                if (datesEvents(t) && Layers.concrete(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * The clauses right after the event's that hold nothing but names, places and times ("met in Geneva,
     * Switzerland, on Tuesday"), past appositions in English ("met Kushner, Trump's son-in-law, in Miami").
     */
    private List<Span> trailing(List<Span> clauses, int index) {
        List<Span> out = new ArrayList<>();
        for (int i = index + 1; i < clauses.size(); i++) {
            Span c = clauses.get(i);
            StringBuilder rest = new StringBuilder(layers.lower.substring(c.start(), c.end()));
            for (EntityMention m : layers.entities(c.start(), c.end())) {
                blank(rest, m.start() - c.start(), m.end() - c.start());
            }
            List<Timex> times = layers.times(c.start(), c.end());
            for (Timex t : times) {
                blank(rest, t.start() - c.start(), t.end() - c.start());
            }
            if (GLUE.matcher(rest).matches()) {
                out.add(c);
            } else if (layers.chinese || !out.isEmpty() || !times.isEmpty() || !APPOSITION.matcher(rest).matches()) {
                break;
            }
        }
        return out;
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(s.length(), to); k++) {
            s.setCharAt(k, ' ');
        }
    }

    /** The nearest time of a range that dates an event named in it, or null. */
    private Timex ownTime(Cues.Hit h, Span range) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex t : layers.times(range.start(), range.end())) {
            if (!datesEvents(t) || bounds(t, h) || gloss(t) || !h.is("STATEMENT") && saying(t, h)
                    || !Layers.concrete(t) && markers.any(t.start(), t.end(), "RELATIVE")
                    || t.start() >= h.end() && markers.any(Math.max(range.start(), h.start() - 40), h.start(), "SCOPE")
                    || markers.any(Math.max(Math.max(range.start(), h.end()), t.start() - 40), t.start(), "SCOPE")) {
                // 前數小時, "hours before": how another event is dated from this one, not this one's time;
                // "the heaviest attack on Odesa this year": the time a comparison spans
                continue;
            }
            int d = t.end() <= h.start() ? h.start() - t.end() : t.start() - h.end();
            if (d < bestDistance) {
                best = t;
                bestDistance = Math.abs(d);
            }
        }
        Timex glossed = best == null ? null : glossOf(best);
        return glossed != null ? glossed : best;
    }

    /**
     * 周一（19日）, "Monday (May 19)": the date written in brackets after a time, which says outright what
     * the weekday or relative day only implies; null when there is none or it is no more concrete.
     */
    private Timex glossOf(Timex t) {
        int k = t.end();
        if (k >= layers.norm.length() || "（(".indexOf(layers.norm.charAt(k)) < 0) {
            return null;
        }
        for (Timex g : layers.times(k + 1, Math.min(layers.norm.length(), k + 20))) {
            if (g.start() == k + 1 && Layers.concrete(g) && datesEvents(g)) {
                return g;
            }
        }
        return null;
    }

    /** A phrase about another time that a trigger stands in, after another event's ("met … after Russia's invasion"). */
    private Cues.Hit subordinated(Cues.Hit h, Span clause) {
        Cues.Hit before = triggers.last(clause.start(), h.start());
        if (before == null || layers.chinese) {
            return null;
        }
        return markers.last(before.end(), h.start(), "SUBORDINATE");
    }

    /** The time that ends a clause, or null. */
    private Timex closingTime(Span c) {
        Timex out = null;
        for (Timex t : layers.times(c.start(), c.end())) {
            if (c.end() - t.end() <= 1 && datesEvents(t)) {
                out = t;
            }
        }
        return out;
    }

    /**
     * The day 當天, "the same day" refers to: the last named before it in its paragraph, else the day of the
     * story's news, else the report's.
     */
    private String sameDay(Timex t) {
        Timex before = dayBefore(t.start());
        if (before != null) {
            return day(before.value());
        }
        return lead() != null && lead().day() != null ? lead().day() : layers.reportDate();
    }

    /** The last day named before an offset in its paragraph (what 當天, "the same day" refer to), or null. */
    private Timex dayBefore(int offset) {
        int from = layers.paragraph(offset);
        Timex out = null;
        for (Timex t : layers.times(0, offset)) {
            if (layers.paragraph(t.start()) == from && Layers.concrete(t) && day(t.value()).length() == 10) {
                out = t;
            }
        }
        return out;
    }

    private boolean datesEvents(Timex t) {
        return !duration(t) && !deadline(t);
    }

    private boolean opens(Span clause, String label) {
        Cues.Hit w = markers.first(clause.start(), Math.min(clause.end(), clause.start() + 8), label);
        return w != null && w.start() == clause.start();
    }

    /** "the first talks since March 2022", 自2022年以來首次會談: the time bounds the event, it does not date it. */
    private boolean bounds(Timex t, Cues.Hit h) {
        if (t.start() >= h.end()) {
            Cues.Hit since = markers.last(h.end(), t.start(), "SINCE");
            // "the highest-level talks since Moscow launched its invasion in February 2022": the whole clause
            return since != null && !since.option().equals("after") && (layers.adjacent(since.end(), t.start())
                    || !layers.chinese && !layers.clauseBreak(since.end(), t.start()));
        }
        Cues.Hit after = markers.first(t.end(), Math.min(layers.text.length(), t.end() + 3), "SINCE");
        if (after != null && after.option().equals("after") && after.end() <= h.start()) {
            return true;
        }
        // 今年1月重返白宮後首度與普丁會談: the first since a time's event, not held then
        Cues.Hit first = markers.first(t.end(), Math.min(h.start(), t.end() + FIRST_SINCE_REACH), "SINCE");
        return first != null && first.option().equals("first") && !layers.clauseBreak(t.end(), first.start());
    }

    /** 下週日（2月1日）: a time glossing the one before it in brackets; the first is the one written. */
    private boolean gloss(Timex t) {
        int k = t.start() - 1;
        if (k < 1 || "（(".indexOf(layers.norm.charAt(k)) < 0) {
            return false;
        }
        return !layers.times(Math.max(0, k - 20), k).stream().filter(x -> x.end() == k).toList().isEmpty();
    }

    /**
     * "said on Thursday that he did not expect a breakthrough until they met": a time dating the saying
     * an event is reported in, not the event.
     */
    private boolean saying(Timex t, Cues.Hit h) {
        if (t.end() > h.start()) {
            return false;
        }
        Cues.Hit verb = attribution.last(Math.max(0, t.start() - 14), t.start(), "AFTER");
        if (verb != null && SAID_AT.matcher(layers.lower.substring(verb.end(), t.start())).matches()) {
            return true;
        }
        Cues.Hit between = attribution.first(t.end(), h.start(), "AFTER");
        return between != null && !layers.chinese;
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
                || w.startsWith("within ") || w.endsWith("內") || w.endsWith("内")
                || w.startsWith("不晚於") || w.startsWith("不晚于") || DEADLINE_BEFORE.matcher(before).find();
    }

    /** A span of time ("two days", PT8H), not a point: it dates nothing. Vague references are kept. */
    private static boolean duration(Timex t) {
        String v = t.value();
        return t.type() == TimeType.DURATION && v.length() > 1 && v.charAt(0) == 'P'
                && (Character.isDigit(v.charAt(1)) || v.charAt(1) == 'T' || v.charAt(1) == 'X');
    }

    /** A clause opened by a word going on in the time of the clause before (and, as, 隨後: SAME_TIME). */
    private boolean coordinated(Span clause) {
        Cues.Hit h = markers.first(clause.start(), Math.min(clause.end(), clause.start() + 9), "SAME_TIME");
        return h != null && h.start() == clause.start();
    }

    /**
     * Whether the event may, would or should happen rather than did: a cue in its clause, a proposal or
     * or a condition opening the sentence (一旦…，…磋商).
     */
    private boolean irrealis(Cues.Hit h, Span clause, Span sentence) {
        for (Cues.Hit c : markers.in(sentence.start(), clause.end(), "IRREALIS")) {
            if (c.start() >= h.end() && reported(h.end(), c.start())) {
                continue; // "said in a statement that the US would …": what the statement says, not whether it was issued
            }
            if (!layers.chinese && c.start() - h.end() > IRREALIS_REACH && !c.option().equals("sentence")) {
                continue; // "ministers meeting in Madrid on Thursday vowed to back any truce": what they vowed
            }
            if (c.option().equals("sentence") || c.start() >= clause.start() && !c.option().equals("after")) {
                return true;
            }
        }
        return false;
    }

    /** Whether what is said is reported between two offsets ("said that", 表示, 中說). */
    private boolean reported(int from, int to) {
        return attribution.any(from, to, "AFTER") || layers.lower.substring(from, to).contains(" that ");
    }

    /** 同意在布達佩斯舉行峰會, "plan to meet", "will visit": a meeting planned or agreed on before its trigger. */
    private boolean planned(Cues.Hit h, Span clause) {
        if (!h.is("MEETING")) {
            return false;
        }
        if (markers.any(clause.start(), h.start(), "PLAN") || triggers.any(clause.start(), h.start(), "AGREEMENT")) {
            return true;
        }
        // 雙方同意組建工作團隊，為結束衝突展開談判: a clause naming no one and no time goes on with the plan before it
        List<EntityMention> own = layers.actors(clause.start(), h.start());
        if (!own.isEmpty() && Gaps.onlyTimes(layers, clause.start(), own.get(0).start())
                || !layers.times(clause.start(), clause.end()).isEmpty()) {
            return false; // the clause has a subject or a time of its own
        }
        Span sentence = layers.sentenceAt(clause.start());
        List<Span> clauses = layers.clauses(sentence);
        int i = clauses.indexOf(clause);
        if (i <= 0) {
            return false;
        }
        Span before = clauses.get(i - 1);
        return markers.any(before.start(), before.end(), "PLAN") || triggers.any(before.start(), before.end(), "AGREEMENT");
    }

    /** "Putin proposed new talks", "until Trump and Putin met", 提議舉行會談: proposed or awaited, not held. */
    private boolean proposed(Cues.Hit h, Span clause) {
        for (Cues.Hit c : markers.in(clause.start(), h.start(), "IRREALIS")) {
            if (c.option().equals("after")) {
                return true;
            }
        }
        return false;
    }

    /** "speaking at a European summit on Friday": a dated meeting told as a new one, not as the one named before. */
    private boolean indefinite(Cues.Hit h) {
        return !layers.chinese && h.is("MEETING")
                && INDEFINITE.matcher(layers.lower.substring(Math.max(0, h.start() - 30), h.start())).find();
    }

    private boolean definite(Cues.Hit h, Span clause) {
        if (!layers.chinese && layers.blank(clause.start(), h.start()) && clause.start() > 0
                && layers.lower.startsWith("ed by ", h.end() - 2)) {
            return true; // "…held a video call, hosted by Merz in Berlin": the call just named
        }
        Cues.Hit during = markers.first(h.end(), Math.min(clause.end(), h.end() + 3), "DURING");
        if (during != null && layers.blank(h.end(), during.start())) {
            return true; // 峰會期間: the summit already named
        }
        if (markers.any(h.end(), Math.min(clause.end(), h.end() + 3), "ISSUE")
                && !markers.any(clause.start(), h.start(), "ISSUE")) {
            return true; // 聲明中說: the statement already named (發表的聯合聲明中說 issues one)
        }
        Cues.Hit d = determiner(h, clause);
        if (d == null || layers.entities(Math.max(0, d.start() - 60), h.start()).stream()
                .anyMatch(m -> m.start() <= d.start() && d.end() <= m.end())) {
            return false; // "leaders of the coalition of the willing met": the article of a name
        }
        // "the Berlin talks", "the Witkoff-Zelensky meeting", 這次會談: only names and modifiers between.
        String between = layers.lower.substring(d.end(), h.start());
        return between.length() <= 24 && !between.contains(" of ") && !between.contains(" a ")
                && !CLAUSE_WORDS.matcher(between).find(); // "The US and Russia have agreed" is no "the agreement"
    }

    private Cues.Hit determiner(Cues.Hit h, Span clause) {
        return markers.last(Math.max(clause.start(), h.start() - 24), h.start(), "DEFINITE");
    }

    /** The actors naming the occurrence a definite mention refers to ("the G20 summit"), or none. */
    private List<String> names(Cues.Hit h, Span clause) {
        Cues.Hit d = determiner(h, clause);
        List<String> out = new ArrayList<>();
        if (d != null) {
            for (EntityMention m : layers.actors(d.end(), h.start())) {
                add(out, m.entry().key());
            }
        }
        return out;
    }

    /** The party an English relative clause is about: the name right before ", which" or ", who". */
    private EntityMention relativeAntecedent(Span clause) {
        if (layers.chinese || !(layers.lower.startsWith("which ", clause.start()) || layers.lower.startsWith("who ", clause.start()))) {
            return null;
        }
        for (EntityMention m : layers.entitiesBackwards(Math.max(0, clause.start() - 40), clause.start())) {
            return party(m) && layers.text.substring(m.end(), clause.start()).strip().equals(",") ? m : null;
        }
        return null;
    }

    /**
     * The attacker (the actor before the trigger, "by X", or a demonym: "a Russian drone attack") and the
     * target (對基輔發動襲擊, "an attack on Kyiv", or the first party after the trigger). In the passive
     * (基輔遭到俄軍襲擊, "Kyiv came under Russian attack") the target comes first. A trigger that only
     * attacks with a target ("struck Kyiv", not "struck a tone") has none without one.
     */
    private List<EntityMention> attackParties(Cues.Hit h, Span clause, List<Span> clauses) {
        Cues.Hit passive = markers.last(clause.start(), h.end(), "PASSIVE");
        if (passive != null && passive.start() >= h.start() && passive.end() <= h.start()) {
            passive = null;
        }
        EntityMention attacker = null;
        EntityMention target = null;
        int agentFrom = passive == null ? clause.start() : passive.end();
        Cues.Hit sub = layers.chinese ? null : markers.last(agentFrom, h.start(), "SUBORDINATE");
        if (sub != null) {
            agentFrom = sub.end(); // "applied to join the EU days after the invasion": the EU attacks nobody
        }
        for (EntityMention m : layers.entitiesBackwards(agentFrom, h.start())) {
            if (!party(m) || located(m)) {
                continue; // 在G7峰會期間: where and when, not who
            }
            if (targeted(m)) {
                target = target == null ? m : target;
            } else if (attacker == null) {
                attacker = m;
            }
        }
        if (attacker == null && passive == null) {
            attacker = relativeAntecedent(clause); // "Russia, which launched its invasion in 2022, …"
        }
        if (passive != null) {
            for (EntityMention m : layers.entitiesBackwards(clause.start(), passive.start())) {
                if ((party(m) || m.entry().kind() == Kind.PLACE) && !located(m)) {
                    target = m;
                    break;
                }
            }
        }
        int after = Math.max(h.end(), passive == null ? 0 : passive.end());
        for (EntityMention m : layers.entities(after, clause.end())) {
            if (!party(m) && m.entry().kind() != Kind.PLACE) {
                continue;
            }
            if (attacker == null && (byAgent(h, m) || passive != null && passive.end() >= h.end()
                    && layers.blank(passive.end(), m.start()))) {
                attacker = m;
            } else if (target == null) {
                target = m;
            }
        }
        if (attacker == null) {
            attacker = parties.demonymAttacker(h, clause);
        }
        if (attacker == null && passive != null && passive.end() >= h.end()) {
            attacker = parties.demonymAfter(passive.end(), clause); // "was hit by Russian missiles"
        }
        if (attacker == null && passive != null) {
            attacker = earlierAttacker(h, clause, clauses); // 俄軍向烏克蘭發射導彈，第聶伯市遭導彈擊中
        }
        if (target == null && h.option().equals("target")) {
            return List.of();
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

    /** The attacker of an attack told in an earlier clause of the sentence, for a place hit told after it; or null. */
    private EntityMention earlierAttacker(Cues.Hit h, Span clause, List<Span> clauses) {
        int i = clauses.indexOf(clause);
        for (int k = i - 1; k >= 0; k--) {
            Span c = clauses.get(k);
            Cues.Hit other = triggers.last(c.start(), c.end(), "ATTACK");
            if (other != null) {
                List<EntityMention> parties = attackParties(other, c, List.of());
                return parties.isEmpty() ? null : parties.get(0);
            }
        }
        return null;
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

    /** Who issues a statement: the actors before it in its clause (由歐洲領袖簽署的聲明), else after it. */
    private List<EntityMention> issuers(Cues.Hit h, Span clause, int end) {
        List<EntityMention> out = parties.taking(clause.start(), h.start());
        if (out.isEmpty()) {
            // "A joint statement issued after the talks said … once Russia accepted it": what it says names no issuer
            Cues.Hit says = attribution.first(h.end(), end, "AFTER");
            out = parties.taking(h.end(), says == null ? end : says.start());
        }
        return out;
    }

    /**
     * The parties agreeing: the actors before the trigger, in its clause or opening the sentence, and those it
     * was reached with ("reached deals with Ukraine and Russia").
     */
    private List<EntityMention> agreeing(Cues.Hit h, Span clause, Span sentence, List<Span> clauses) {
        List<EntityMention> out = new ArrayList<>(parties.taking(clause.start(), h.start()));
        if (out.isEmpty() && !clauses.isEmpty()) {
            out.addAll(parties.taking(sentence.start(), h.start()));
        }
        List<EntityMention> after = parties.taking(h.end(), clause.end());
        if (!after.isEmpty() && WITH.matcher(layers.lower.substring(h.end(), after.get(0).start())).matches()) {
            out.add(after.get(0));
            out.addAll(parties.listAfter(after));
        }
        return out;
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
