package org.eventline.extract.claim;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.extract.Lexicon;
import org.eventline.extract.cue.Clauses;
import org.eventline.extract.cue.CueFiles;
import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.model.Claim;
import org.eventline.model.Stance;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Claims: one per clause-level position. A clause (with the condition or elaboration that completes
 * it) that names a claim type (claims.tsv) becomes a claim of that type, held by
 * <ol>
 * <li>the author of the proposal it belongs to (川普方案提議…, "under the US-proposed terms…"),</li>
 * <li>else the subject of its stance verb (華府…抱持開放態度, "Kyiv refusing…", 不被俄方接受),</li>
 * <li>else whoever says it (attribution.tsv, carried across sentences by 他, 官員, "the official"),</li>
 * <li>else the holder of the clause before it in the sentence, else the first actor named.</li>
 * </ol>
 * Its stance comes from stance cues (stances.tsv; negation turns an offer into a refusal), else from the
 * saying verb (質疑, "insisted"). Its territories are the places named in it or referred back to ("the
 * region"); its date is the date written with its statement, else the report's date.
 */
public final class ClaimFinder implements Component {

    /** How far back (in characters) a plan named without its author refers to the last one named with it. */
    private static final int PROPOSAL_REACH = 400;
    private static final String AUTHOR_LINKS = "的版和平所提出之新最初修订这项些该";
    /** "the White House's latest", "US-" before a plan: what links an author to its proposal in English. */
    /** What may open a sentence before its date ("On Friday, …", "In August …"). */
    private static final Set<String> OPENING_TIME = Set.of("", "on", "in", "last", "this", "earlier");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(['’]s( [a-z-]+){0,3})? ?");

    /** What may stand between a clause start and its verb when the clause shares the sentence's subject. */
    private static final Set<String> CHAIN_HEADS = Set.of("但", "并", "并且", "也", "且", "而", "还", "又", "但也", "并也",
            "and", "but", "also", "and also", "but also", "then", "and then", "repeatedly", "later");

    /** "be deployed", "be recognized": a passive right after a modal. */
    private static final java.util.regex.Pattern PASSIVE_AFTER = java.util.regex.Pattern.compile(
            " (be|been|being) ([a-z]+ly )?[a-z]+(ed|en|wn|nt)\\b");

    /** "the plan", "the original draft", "this proposal": a plan referred to as known. */
    private static final java.util.regex.Pattern DEFINITE_PLAN = java.util.regex.Pattern.compile(
            "(the|this|that)( [a-z-]+){0,2}");

    private final Cues types;
    private final Cues stances;
    private final Cues attribution;
    private final Cues markers;
    private final Cues events;
    private final Members members;

    public ClaimFinder(Lexicon lexicon) {
        this(new CueFiles(lexicon));
    }

    /** @param cues the lexicon's cue files, shared with the other readers */
    public ClaimFinder(CueFiles cues) {
        this.types = cues.of("claims.tsv");
        this.stances = cues.of("stances.tsv");
        this.attribution = cues.of("attribution.tsv");
        this.markers = cues.of("markers.tsv");
        this.events = cues.of("events.tsv");
        this.members = new Members(cues.lexicon());
    }

    @Override
    public void process(Doc doc) {
        new Reading(doc).run();
    }

    /** How a holder was found, in order of trust. */
    private enum Via { PROPOSAL, SUBJECT, SPEAKER, CARRIED, PREVIOUS, FIRST }

    /**
     * A stretch of a sentence read as one position: a clause and what completes it. Its claim word and stance
     * are read in {@code [start, core)}; what was added after the core (a purpose, a contrast, a description)
     * adds its conditions and its words to the evidence.
     */
    private record Unit(int start, int end, int core) {

        Unit(int start, int end) {
            this(start, end, end);
        }

        /** The unit with a clause added; the clause joins the core unless the unit already holds a claim. */
        Unit with(Span c, boolean keepCore) {
            return new Unit(start, c.end(), keepCore ? core : c.end());
        }
    }

    /** A claim found, with what the next clause of its sentence may inherit. */
    private record Found(String type, String holder, Via via, Stance stance, Said said) {
    }

    /** One document being read. */
    private final class Reading {

        private final Doc doc;
        private final Layers layers;
        private final Cues.Hits typeHits;
        private final Cues.Hits stanceHits;
        private final Cues.Hits attributionHits;
        private final Cues.Hits markerHits;
        private final Cues.Hits eventHits;
        private final Attribution speakers;
        private final StanceReader stanceReader;
        private final String reportDate;
        private final BitSet verbStarts = new BitSet();
        private final BitSet nameStarts = new BitSet();
        private final BitSet nameEnds = new BitSet();
        private final Set<String> seen = new HashSet<>();
        private Said last;
        private Found lastFound;
        private Proposal lastProposal;
        /** The plan whose terms the sentences now set out ("The plan would…. It would also…"), or null. */
        private Proposal plan;
        private int planParagraph = -1;
        private int lastParagraph = -1;
        private int count;

        Reading(Doc doc) {
            this.doc = doc;
            this.layers = Layers.of(doc);
            this.typeHits = layers.hits(types);
            this.stanceHits = layers.hits(stances);
            this.attributionHits = layers.hits(attribution);
            this.markerHits = layers.hits(markers);
            this.eventHits = layers.hits(events);
            this.speakers = new Attribution(layers, attributionHits, stanceHits, markerHits);
            this.stanceReader = new StanceReader(layers, markerHits);
            this.reportDate = storyDate(layers.reportDate());
            for (EntityMention m : layers.entities(0, layers.text.length())) {
                nameStarts.set(m.start());
                nameEnds.set(m.end());
            }
            for (Cues.Hit h : stanceHits.all()) {
                if (StanceReader.isVerb(h)) {
                    verbStarts.set(h.start());
                }
            }
        }

        void run() {
            List<Span> sentences = layers.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Span sentence = sentences.get(i);
                List<Span> clauses = Clauses.split(layers.norm, sentence, this::verbAt, this::listComma);
                List<Said> said = speakers.read(sentence, clauses, last);
                int paragraph = layers.paragraph(sentence.start());
                Said carried = null;
                if (said.isEmpty()) {
                    carried = saidAfterQuote(sentence, i + 1 < sentences.size() ? sentences.get(i + 1) : null);
                }
                if (carried == null && said.isEmpty() && last != null
                        && (paragraph == lastParagraph || opensWithReference(sentence))) {
                    carried = last.carriedTo(-1, -1, null, null);
                }
                int topicFrom = topicAfterColon(clauses);
                if (plan != null && (said.stream().anyMatch(s -> s.holder() != null)
                        || paragraph != planParagraph && !opensWithPlan(sentence))) {
                    plan = null;
                }
                Found previous = null;
                for (Unit u : units(clauses)) {
                    Found f = read(u, sentence, said, carried, previous, u.start() >= topicFrom);
                    if (f != null) {
                        previous = f;
                        if (f.via() == Via.PROPOSAL) {
                            plan = new Proposal(f.holder(), sentence.start(), false);
                            planParagraph = paragraph;
                        }
                    }
                }
                lastFound = previous;
                for (Cues.Hit p : markerHits.in(sentence.start(), sentence.end(), "PROPOSAL")) {
                    EntityMention author = authorOf(p, sentence);
                    if (author != null) {
                        lastProposal = new Proposal(Holders.key(author), p.start(), false);
                    }
                }
                Said named = null;
                for (Said s : said) {
                    if (s.holder() != null) {
                        named = s;
                    }
                }
                if (named != null) {
                    last = named;
                    lastParagraph = paragraph;
                } else if (!said.isEmpty()) {
                    last = null;
                }
            }
        }

        /**
         * 「我們不會撤出頓巴斯。」澤倫斯基在講話中說。: a quote that closes its sentence, said by the speaker the
         * next sentence names and does nothing else with.
         */
        private Said saidAfterQuote(Span sentence, Span next) {
            char last = layers.text.charAt(sentence.end() - 1);
            if (next == null || "」』”\"".indexOf(last) < 0 || typeHits.any(next.start(), next.end())
                    || layers.paragraph(next.start()) != layers.paragraph(sentence.start())) {
                return null;
            }
            for (Said s : speakers.read(next, Clauses.split(layers.norm, next), null)) {
                if (s.holder() != null && s.who() != null) {
                    return s;
                }
            }
            return null;
        }

        /**
         * A comma inside a list of names: "Donetsk, Luhansk, Zaporizhzhia and Kherson regions", "Britain, France
         * and Germany" — names joined by commas up to an "and" or "or" before the last.
         */
        private boolean listComma(int comma) {
            if (layers.chinese || !nameEnds.get(comma)) {
                return false;
            }
            int k = comma;
            for (int names = 0; names < 12; names++) {
                String rest = layers.lower.substring(k, Math.min(layers.lower.length(), k + 6));
                int gap = rest.startsWith(", and ") || rest.startsWith(", or ") ? rest.indexOf(' ', 2) + 1
                        : rest.startsWith(" and ") ? 5 : rest.startsWith(" or ") ? 4 : rest.startsWith(", ") ? 2 : -1;
                if (gap < 0 || !nameStarts.get(k + gap)) {
                    return false;
                }
                boolean serial = rest.startsWith(", and ") || rest.startsWith(", or ");
                if (serial && names == 0) {
                    return false; // "…forces in Ukraine, and Kyiv must…": two names and a comma make no list
                }
                if (!rest.startsWith(", ") || serial) {
                    return true;
                }
                k = nameStarts.get(k + gap) ? nameEndFrom(k + gap) : -1;
                if (k < 0) {
                    return false;
                }
            }
            return false;
        }

        private int nameEndFrom(int start) {
            for (EntityMention m : layers.entities(start, Math.min(layers.text.length(), start + 60))) {
                if (m.start() == start) {
                    return m.end();
                }
            }
            return -1;
        }

        private boolean verbAt(int i) {
            if (!layers.chinese) {
                return false;
            }
            int k = i;
            while (k < layers.norm.length() && k < i + 2 && "并且也再".indexOf(layers.norm.charAt(k)) >= 0) {
                k++;
            }
            return verbStarts.get(k);
        }

        private boolean opensWithReference(Span sentence) {
            Cues.Hit ref = attributionHits.first(sentence.start(), Math.min(sentence.end(), sentence.start() + 16),
                    "REFER");
            return ref != null && ref.start() - sentence.start() <= 4;
        }

        /** After a colon closing a clause about a topic (談判聚焦兩大爭點：…), what follows lists topics. */
        private int topicAfterColon(List<Span> clauses) {
            for (Span c : clauses) {
                char after = c.end() < layers.text.length() ? layers.text.charAt(c.end()) : ' ';
                if ((after == '：' || after == ':') && markerHits.any(c.start(), c.end(), "TOPIC")) {
                    return c.end();
                }
            }
            return Integer.MAX_VALUE;
        }

        // ---- units ----

        private List<Unit> units(List<Span> clauses) {
            List<Unit> out = new ArrayList<>();
            Unit current = null;
            int pending = -1;
            for (Span c : clauses) {
                boolean opensWithSaying = attributionHits.any(c.start(), Math.min(c.end(), c.start() + 4), "AFTER");
                boolean opensCondition = opens(c, "IF");
                boolean currentIsClaim = current != null && claimUnit(current);
                if (current != null && !opensWithSaying && (opens(c, "ELABORATION")
                        || currentIsClaim && (opensCondition || continuesVerb(c, current)))) {
                    current = current.with(c, false);
                    continue;
                }
                if (current != null && !opensWithSaying && completes(c, current, currentIsClaim)) {
                    current = current.with(c, currentIsClaim);
                    continue;
                }
                boolean holdsCondition = opensCondition || markerHits.any(c.start(), c.end(), "IF");
                boolean last = c == clauses.get(clauses.size() - 1);
                // 若烏軍撤出頓巴斯，俄方願意…: a condition opening a sentence belongs to the clause after it.
                if (holdsCondition && !last && (opensCondition || typeHit(new Unit(c.start(), c.end())) == null)) {
                    pending = pending < 0 ? c.start() : pending;
                    continue;
                }
                if (current != null) {
                    out.add(current);
                }
                current = new Unit(pending >= 0 ? pending : c.start(), c.end());
                pending = -1;
            }
            if (current != null) {
                out.add(current);
            }
            return out;
        }

        private boolean opens(Span c, String label) {
            Cues.Hit h = markerHits.first(c.start(), c.end(), label);
            int reach = h != null && h.option().equals("start") ? 0 : layers.chinese ? 3 : 5;
            return h != null && h.start() - c.start() <= reach;
        }

        /** A Chinese clause that goes on with the verb of the one before (…動用空中力量，支援…維和部隊). */
        private boolean continuesVerb(Span c, Unit current) {
            if (!layers.chinese || c.start() == 0 || !verbAt(c.start())) {
                return false;
            }
            Cues.Hit own = typeHit(new Unit(c.start(), c.end()));
            if (layers.text.charAt(c.start() - 1) == '、') {
                return own == null; // 放棄加入北約、接受中立地位: one commitment; 保護烏克蘭、支援歐洲的安全保障: two
            }
            Cues.Hit before = typeHit(current);
            return own == null || before != null && own.label().equals(before.label());
        }

        /**
         * A clause that completes the one before instead of stating a position of its own:
         * <ul>
         * <li>after a claim, a clause naming no claim, saying or commitment referred back to (…的安全保障，但必須等到
         * 雙方先達成共識; 不會部署在前線，而是駐紮在後方), or a description of the place just named (", which Russia
         * annexed in 2014");</li>
         * <li>before a claim, a clause whose verb the claim's clause goes on with (設立「軍事樞紐」，並部署部隊…).</li>
         * </ul>
         */
        private boolean completes(Span c, Unit current, boolean currentIsClaim) {
            Unit own = new Unit(c.start(), c.end());
            Cues.Hit ownType = typeHit(own);
            boolean claim = ownType != null;
            if (currentIsClaim && describesPlace(c)) {
                return true;
            }
            if (attributionHits.any(c.start(), c.end(), "AFTER", "BEFORE", "SOURCE")
                    || markerHits.any(c.start(), c.end(), "CLAIM_REF")) {
                return false;
            }
            if (currentIsClaim && !claim && ownPosition(c)) {
                return false; // 歐洲提議組建多國部隊 俄方堅決反對: another party's answer to the claim, not more of it
            }
            if (currentIsClaim) {
                Cues.Hit type = typeHit(current);
                boolean sameType = claim && type != null && ownType.label().equals(type.label());
                return !claim && (layers.chinese || !opens(c, "CONTRAST")) || sameType && restates(c, current);
            }
            boolean unsaid = !attributionHits.any(current.start(), current.end(), "AFTER", "BEFORE", "SOURCE");
            return claim && unsaid && (layers.chinese && opens(c, "COORDINATION") || leadsInto(current, c));
        }

        /**
         * A clause that takes a stance whose object the next clause names (歐洲已準備好在美國支持下，領導一支
         * 多國部隊): the next clause has no subject and no stance verb of its own.
         */
        private boolean leadsInto(Unit current, Span c) {
            boolean stance = stanceHits.in(current.start(), current.end()).stream()
                    .anyMatch(h -> StanceReader.isVerb(h) && !h.option().equals("other") && !h.is("CONDITION"));
            if (!stance || stanceHits.in(c.start(), c.end()).stream().anyMatch(h -> StanceReader.isVerb(h) || h.is("NEGATION"))
                    || markerHits.any(current.start(), current.end(), "IF") || opens(c, "CONTRAST")) {
                return false;
            }
            String head = layers.lower.substring(c.start(), Math.min(c.end(), c.start() + 3));
            return layers.chinese ? layers.entities(c.start(), Math.min(c.end(), c.start() + 3)).isEmpty()
                    : head.startsWith("to ");
        }

        /**
         * A headline part that opens with a party of its own and takes a stance with a verb: 歐洲提議組建多國部隊
         * 俄方堅決反對 (parts of a headline stand side by side, joined by a space).
         */
        private boolean ownPosition(Span c) {
            if (c.start() == 0 || " \u3000".indexOf(layers.text.charAt(c.start() - 1)) < 0) {
                return false;
            }
            EntityMention subject = openingSubject(c.start(), c.end());
            return subject != null && stanceHits.in(subject.end(), c.end()).stream().anyMatch(StanceReader::isVerb);
        }

        /**
         * A clause of the same claim type that says the claim again rather than adding one:
         * <ul>
         * <li>a second verb of the same subject (各保證國須展開磋商，並有義務提供軍事援助);</li>
         * <li>the speaker's own words quoted after the report of them (…同意中立，「沒有安全保證，就沒有中立」);</li>
         * <li>the place at stake named again, with no verb of its own (立場不會改變，克里米亞是俄羅斯的一部分).</li>
         * </ul>
         */
        private boolean restates(Span c, Unit current) {
            if (layers.chinese && opens(c, "COORDINATION") && !opens(c, "DETERMINER")) {
                return true;
            }
            if ("「『“\"".indexOf(layers.text.charAt(c.start())) >= 0) {
                return true;
            }
            if (stanceHits.in(c.start(), c.end()).stream().anyMatch(StanceReader::isVerb)) {
                return false;
            }
            if (layers.lower.startsWith("with ", c.start()) && markerHits.any(c.start(), c.end(), "PLACE_REF")) {
                return false; // "…, with the area turned into a buffer zone": a further term about the place
            }
            List<String> places = Territories.of(layers, markerHits, eventHits, c.start(), c.end());
            return !places.isEmpty() && Territories.of(layers, markerHits, eventHits, current.start(), current.end())
                    .containsAll(places);
        }

        /** A unit that makes a claim: it names a claim type, or refers back to one with a stance verb. */
        private boolean claimUnit(Unit u) {
            if (typeHit(u) != null) {
                return true;
            }
            Unit core = new Unit(u.start(), u.core());
            return referencesClaim(core, true) && stanceHits.in(u.start(), u.core()).stream().anyMatch(StanceReader::isVerb);
        }

        /** ", which Russia annexed in 2014" after a place: what the place is, not a position of its own. */
        private boolean describesPlace(Span c) {
            if (layers.chinese || !layers.lower.startsWith("which ", c.start()) || !nameEnds.get(c.start() - 2)) {
                return false;
            }
            for (EntityMention m : layers.entitiesBackwards(Math.max(0, c.start() - 40), c.start() - 1)) {
                if (m.end() != c.start() - 1 && m.end() != c.start() - 2 || !Holders.territory(m)) {
                    return false;
                }
                break;
            }
            return stanceHits.in(c.start(), c.end()).stream().noneMatch(StanceReader::isVerb)
                    && !markerHits.any(c.start(), c.end(), "IRREALIS");
        }

        // ---- one claim ----

        private Found read(Unit u, Span sentence, List<Said> said, Said carried, Found previous, boolean topicList) {
            Cues.Hit type = typeHit(u);
            String typeName;
            int typeAt;
            boolean continuation = false;
            List<Cues.Hit> cues = new ArrayList<>(stanceHits.in(u.start(), u.core()));
            cues.addAll(stanceHits.in(u.core(), u.end(), "CONDITION"));
            if (type != null) {
                typeName = type.label();
                typeAt = type.start();
            } else if (referred(previous) != null && referencesClaim(u, previous != null)
                    && cues.stream().anyMatch(StanceReader::isVerb)) {
                typeName = referred(previous).type();
                typeAt = markerHits.first(u.start(), u.core(), "CLAIM_REF").end();
                continuation = true;
            } else {
                return null;
            }
            boolean topic = topicList || markerHits.any(u.start(), u.core(), "TOPIC");
            boolean stanceWord = cues.stream().anyMatch(h -> !h.is("NEGATION"));
            if ((topic || type != null && type.option().equals("act")) && !stanceWord) {
                return null; // "Russian forces captured the village", 俄軍控制…: what happened, no position
            }

            Said speaker = speakerFor(u, typeAt, said, carried);
            EntityMention subject = subject(u, cues, speaker, sentence);
            Proposal proposal = proposal(sentence, typeAt, u);
            String holder = null;
            Via via = null;
            if (proposal != null && (subject == null || subject.start() >= proposal.scope())) {
                holder = proposal.author();
                via = Via.PROPOSAL;
            } else if (subject != null) {
                holder = Holders.key(subject);
                via = Via.SUBJECT;
                if (speaker != null && speaker.who() != null && speaker.holder() != null
                        && speaker.who().entry().kind() == org.eventline.extract.entity.Kind.PERSON
                        && sameState(subject, speaker.who())) {
                    holder = speaker.holder(); // 澤倫斯基表示，烏克蘭拒絕…: the named leader speaks for his state
                }
            } else if (previous != null && previous.via() != Via.SPEAKER && previous.via() != Via.CARRIED
                    && previous.via() != Via.FIRST && !contrasts(u)) {
                holder = previous.holder();
                via = Via.PREVIOUS;
            } else if (speaker != null && speaker.holder() != null) {
                holder = speaker.holder();
                via = speaker.carried() ? Via.CARRIED : Via.SPEAKER;
            } else if (previous != null && !contrasts(u)) {
                holder = previous.holder();
                via = Via.PREVIOUS;
            } else {
                EntityMention first = firstHolder(u.start(), typeAt);
                if (first == null && opensWithParties(u)) {
                    first = firstHolder(sentence.start(), u.start()); // 兩人同意…: the two just named
                }
                if (first != null) {
                    holder = Holders.key(first);
                    via = Via.FIRST;
                }
            }
            if (holder == null || via == Via.FIRST && !stanceWord) {
                return null; // an actor beside a claim word, with no stance and nobody saying it: a fact, not a position
            }
            if (speaker == null && history(u, previous == null ? sentence.start() : u.start(), stanceWord ? typeAt : u.end())) {
                return null; // "In 2014, Russia seized Crimea": what happened years ago, no position held now
            }
            if (unreported(speaker, sentence, said, u) && !(via == Via.SUBJECT && ownVerb(cues, subject))
                    || (speaker == null || speaker.holder() == null) && wonders(u)) {
                return null; // 分析人士認為烏克蘭可能被迫割讓領土, "Will Kyiv give up Donbas?": nobody's position
            }

            boolean negated = cues.stream().anyMatch(h -> h.is("NEGATION") || h.is("REJECT") && h.option().equals("neg"));
            String stance = stanceReader.stance(u.start(), u.end(), cues);
            if (stance == null && speaker != null && speaker.stance() != null
                    && (via == Via.SPEAKER || via == Via.CARRIED)) {
                stance = speaker.stance();
            }
            if (stance == null && u.core() < u.end()) {
                // 部署軍事單位，都將被俄方視為外國干涉: the stance may come in what completes the clause
                List<Cues.Hit> after = stanceHits.in(u.core(), u.end()).stream()
                        .filter(h -> !h.option().equals("other")).toList();
                List<Cues.Hit> all = new ArrayList<>(cues);
                all.addAll(after);
                stance = stanceReader.stance(u.start(), u.end(), all);
                negated |= after.stream().anyMatch(h -> h.is("NEGATION") || h.is("REJECT") && h.option().equals("neg"));
            }
            if (via == Via.PROPOSAL && !proposal.named() && (stance == null || stance.equals("OFFER")
                    || stance.equals("ACCEPT") || stance.equals("STATE"))) {
                stance = "PROPOSE"; // what a plan offers or accepts, its author proposes
            }
            if (stance == null && via == Via.PREVIOUS && previous != null && !contrasts(u)) {
                stance = previous.stance().name();
            }
            if (stance == null && stanceReader.negatedNear(cues, typeAt)) {
                stance = "REJECT";
            }
            Stance s = Stance.valueOf(stance == null ? "STATE" : stance);

            int start = evidenceStart(u, said, typeAt);
            int end = layers.trimmedEnd(start, u.end());
            // a quote cut by the clause: no stray mark at either end (「我們願意…，但不會撤出頓巴斯。」)
            while (end > start + 1 && "」』”".indexOf(layers.text.charAt(end - 1)) >= 0
                    && layers.text.substring(start, end - 1).chars().noneMatch(c -> "「『“".indexOf(c) >= 0)) {
                end = layers.trimmedEnd(start, end - 1);
            }
            while (start < typeAt && "「『“".indexOf(layers.text.charAt(start)) >= 0
                    && layers.text.substring(start + 1, end).chars().noneMatch(c -> "」』”".indexOf(c) >= 0)) {
                start++;
            }
            String key = typeName + "|" + start + "|" + end;
            if (!seen.add(key)) {
                return new Found(typeName, holder, via, s, speaker);
            }
            String date = date(u, sentence, speaker, via, subject, cues);
            List<String> territories = Territories.of(layers, markerHits, eventHits, u.start(), u.end());
            List<String> beneficiaries = beneficiaries(u, holder);
            double confidence = confidence(via, speaker, u, sentence, topic, continuation);
            doc.claims.add(new Claim("c" + (++count), typeName, holder, s, negated, beneficiaries, territories,
                    date, stanceReader.condition(u.start(), u.end(), cues), layers.text.substring(start, end), start, end, confidence));
            return new Found(typeName, holder, via, s, speaker);
        }

        /**
         * What no party holds: a commentator's reading (分析人士認為, "analysts say") or a question the report
         * asks, unless a party is named as saying it.
         */
        private boolean unreported(Said speaker, Span sentence, List<Said> said, Unit u) {
            // 分析人士認為，俄方立場表明…: what a commentator reads into a party's words is still commentary
            if (!said.isEmpty() && said.get(0).cueEnd() <= u.start() && commentator(said.get(0), sentence)) {
                return true;
            }
            if (speaker != null && speaker.holder() != null) {
                return false;
            }
            return speaker != null ? commentator(speaker, sentence) : asks(sentence);
        }

        /** "It is not clear whether Washington would…", 尚不清楚美方是否…: the report wonders, nobody holds it. */
        private boolean wonders(Unit u) {
            Cues.Hit frame = markerHits.first(u.start(), u.core(), "COMMENTARY");
            return frame != null && frame.start() - u.start() <= (layers.chinese ? 2 : 4)
                    && markerHits.any(frame.end(), u.core(), "TOPIC");
        }

        private boolean commentator(Said s, Span sentence) {
            if (s.holder() != null || s.who() != null || s.cueStart() <= sentence.start()) {
                return false;
            }
            int from = Math.max(sentence.start(), s.cueStart() - (layers.chinese ? 12 : 60));
            return attributionHits.any(from, s.cueStart(), "COMMENTATOR");
        }

        /**
         * A unit dated, before {@code to}, to a year two or more before the report's ("In 2014, Russia seized
         * Crimea"): background, not a position held now. A stance is dated so only by a time framing it before
         * its claim word ("Moscow insists Kyiv recognise Crimea, which Russia annexed in 2014" is held now);
         * "since 2022" dates one still held.
         */
        private boolean history(Unit u, int from, int to) {
            for (var t : layers.times(from, to)) {
                String v = t.value();
                boolean since = markerHits.any(Math.max(0, t.start() - 6), t.start(), "SINCE")
                        || markerHits.any(t.end(), Math.min(layers.text.length(), t.end() + 3), "SINCE");
                if (!since && v.length() >= 4 && v.chars().limit(4).allMatch(Character::isDigit)
                        && Integer.parseInt(v.substring(0, 4)) <= doc.anchor.getYear() - 2) {
                    return true;
                }
            }
            return false;
        }

        /** A sentence that asks: it ends with a question mark, or 嗎 before its end. */
        private boolean asks(Span sentence) {
            int end = layers.trimmedEnd(sentence.start(), sentence.end());
            while (end > sentence.start() && "」』”\"' ".indexOf(layers.text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end <= sentence.start()) {
                return false;
            }
            char last = layers.text.charAt(end - 1);
            return last == '?' || last == '？' || "吗嘛".indexOf(layers.norm.charAt(end - 1)) >= 0;
        }

        /** Whether the subject takes the stance with a verb of its own (俄方不會接受), not one laid on it. */
        private boolean ownVerb(List<Cues.Hit> cues, EntityMention subject) {
            return subject != null && cues.stream().anyMatch(h -> StanceReader.isVerb(h) && !h.option().equals("other"));
        }

        /** The strongest claim cue of the unit, leaving out cues that need a place where none is named. */
        private Cues.Hit typeHit(Unit u) {
            Cues.Hit best = null;
            boolean place = false;
            boolean placeKnown = false;
            for (Cues.Hit h : typeHits.in(u.start(), u.core())) {
                if (h.option().equals("place") || h.option().equals("act")) {
                    if (!placeKnown) {
                        place = Territories.named(layers, markerHits, eventHits, u.start(), u.end());
                        placeKnown = true;
                    }
                    if (!place) {
                        continue;
                    }
                }
                if (best == null || h.end() - h.start() > best.end() - best.start()) {
                    best = h;
                }
            }
            return best;
        }

        private boolean opensWithParties(Unit u) {
            Cues.Hit h = attributionHits.first(u.start(), Math.min(u.end(), u.start() + 16), "PARTIES");
            return h != null && h.start() - u.start() <= 4;
        }

        /** A clause opening with 但, "however": a position set against the one before. */
        private boolean contrasts(Unit u) {
            Cues.Hit h = markerHits.first(u.start(), Math.min(u.end(), u.start() + 8), "CONTRAST");
            return h != null && h.start() - u.start() <= 1;
        }

        private boolean referencesClaim(Unit u, boolean sameSentence) {
            for (Cues.Hit h : markerHits.in(u.start(), u.core(), "CLAIM_REF")) {
                boolean ok = switch (h.option()) {
                    case "clause" -> sameSentence && h.start() - u.start() <= 1;
                    // 德方原則上願意參與, "would take part": no object, so what was just discussed
                    case "end" -> layers.trimmedEnd(u.start(), u.core()) == h.end();
                    default -> true;
                };
                if (ok) {
                    return true;
                }
            }
            return false;
        }

        /** The claim a reference (相關承諾, "any such commitment") points back to: in this sentence or the one before. */
        private Found referred(Found previous) {
            return previous != null ? previous : lastFound;
        }

        /** The attribution the unit is reported under: the saying before it, else after it, else carried. */
        private Said speakerFor(Unit u, int typeAt, List<Said> said, Said carried) {
            Said best = null;
            for (Said s : said) {
                if (s.cueEnd() <= typeAt) {
                    best = s;
                }
            }
            if (best == null) {
                for (Said s : said) {
                    if (s.cueStart() >= u.end()) {
                        best = s;
                        break;
                    }
                }
            }
            if (best == null || best.holder() == null && best.who() == null) {
                return best != null ? best : carried;
            }
            return best;
        }

        /**
         * The actor right before the first stance verb of the unit (within a few words), the first of a
         * list (美歐願給 → 美), the agent of a passive (不被俄方接受 → 俄方; "questioned by Zelensky").
         */
        private EntityMention subject(Unit u, List<Cues.Hit> cues, Said speaker, Span sentence) {
            int from = u.start();
            if (speaker != null && speaker.cueEnd() > u.start() && speaker.cueEnd() < u.end()) {
                from = speaker.cueEnd();
            }
            boolean laidOn = false;
            for (Cues.Hit h : cues) {
                laidOn |= h.start() >= from && h.option().equals("other");
                if (h.start() < from || !StanceReader.isVerb(h) || h.option().equals("other") || modifies(h)) {
                    continue;
                }
                EntityMention agent = passiveAgent(h, u.end());
                if (agent != null) {
                    return agent;
                }
                if (passiveAfter(h)) {
                    return null; // "US troops would not be deployed": what is done, not who does it
                }
                int gap = layers.chinese ? 5 : 30;
                List<EntityMention> before = layers.entitiesBackwards(Math.max(from, h.start() - gap), h.start());
                for (EntityMention m : before) {
                    if (!Holders.canHold(m)) {
                        continue;
                    }
                    String between = layers.norm.substring(m.end(), h.start());
                    if (between.contains("被") || layers.clauseBreak(m.end(), h.start())) {
                        return null;
                    }
                    if (objectOf(m) || Holders.located(layers, markerHits, m)) {
                        continue; // 向烏克蘭派遣, "to Ukraine", "troops in Ukraine": whom or where, not who
                    }
                    // a list may run over commas from the clauses before ("Germany, France and Britain are…")
                    EntityMention first = Holders.firstOfList(layers, m, from == u.start() ? sentence.start() : from);
                    // 要求美、英等國提供…, "urged Britain to send…": who is asked is not who asks
                    return afterVerb(first) ? null : first;
                }
                if (from == u.start() && before.isEmpty()) {
                    EntityMention chained = chainSubject(sentence, u, h);
                    return chained != null || laidOn ? chained : openingSubject(from, h.start());
                }
                return null;
            }
            // 美方將主導停火監督機制: no stance verb and nobody named saying it, the actor the clause opens with
            boolean unsaid = speaker == null || speaker.holder() == null;
            return laidOn || from != u.start() || !unsaid ? null : openingSubject(from, u.core());
        }

        /**
         * The actor a clause opens with, when nothing but a conjunction stands before it and it is not a
         * possessor or modifier (烏克蘭的…, 英國部隊): 「烏克蘭不會在沒有保證的情況下同意中立」.
         */
        private EntityMention openingSubject(int from, int to) {
            for (EntityMention m : layers.entities(from, Math.min(to, from + (layers.chinese ? 6 : 12)))) {
                String head = layers.lower.substring(from, m.start()).strip();
                if (!head.isEmpty() && !CHAIN_HEADS.contains(head) || !Holders.canHold(m)
                        || m.entry().kind() == org.eventline.extract.entity.Kind.MEDIA || objectOf(m)) {
                    return null;
                }
                if (m.end() >= to) {
                    return null;
                }
                char next = layers.norm.charAt(m.end());
                if (layers.chinese ? next == '的' || next == '之' || "，、和与及".indexOf(next) >= 0
                        : layers.lower.startsWith("'s", m.end()) || layers.lower.startsWith("’s", m.end())) {
                    return null;
                }
                return m;
            }
            return null;
        }

        /** 美方提供的保證: a Chinese verb before 的 describes the noun after it, its subject holds nothing here. */
        private boolean modifies(Cues.Hit h) {
            return layers.chinese && h.end() < layers.norm.length() && layers.norm.charAt(h.end()) == '的';
        }

        /** A stance word followed by "be" and a participle ("would not be deployed"): a passive clause. */
        private boolean passiveAfter(Cues.Hit h) {
            if (layers.chinese) {
                return false;
            }
            String rest = layers.lower.substring(h.end(), Math.min(layers.lower.length(), h.end() + 24));
            return PASSIVE_AFTER.matcher(rest).lookingAt();
        }

        /**
         * A clause that opens with its verb shares the subject of the sentence (「烏方提出方案，…，但要求…」,
         * "The Russian delegation, led by Medinsky, demanded…"): the actor the sentence opens with, before any
         * verb of its own.
         */
        private EntityMention chainSubject(Span sentence, Unit u, Cues.Hit verb) {
            if (u.start() <= sentence.start()) {
                return null;
            }
            String head = layers.lower.substring(u.start(), verb.start()).strip();
            if (!head.isEmpty() && !CHAIN_HEADS.contains(head)) {
                return null;
            }
            Cues.Hit firstVerb = null;
            for (Cues.Hit h : stanceHits.in(sentence.start(), u.start())) {
                if (StanceReader.isVerb(h)) {
                    firstVerb = h;
                    break;
                }
            }
            Cues.Hit saying = attributionHits.first(sentence.start(), u.start(), "AFTER", "BEFORE", "SOURCE");
            int limit = Math.min(firstVerb == null ? u.start() : firstVerb.start(),
                    saying == null ? u.start() : saying.start());
            for (EntityMention m : layers.entities(sentence.start(), Math.min(limit, sentence.start() + 40))) {
                if (!Holders.canHold(m) || objectOf(m) || m.entry().kind() == org.eventline.extract.entity.Kind.MEDIA) {
                    continue;
                }
                if (layers.lower.startsWith("'s", m.end()) || layers.lower.startsWith("’s", m.end())) {
                    return null;
                }
                return Holders.firstOfList(layers, m, sentence.start());
            }
            return null;
        }

        /**
         * Whether a subject is the speaker's own state, a body of it ("US troops" for the US secretary), or a
         * group the state belongs to ("Merz said Europe would not accept…").
         */
        private boolean sameState(EntityMention subject, EntityMention speaker) {
            String state = speaker.entry().affiliation();
            return state != null && (state.equals(Holders.key(subject)) || state.equals(subject.entry().affiliation())
                    || members.belongs(state, Holders.key(subject)));
        }

        private boolean objectOf(EntityMention m) {
            Cues.Hit marker = markerHits.last(Math.max(0, m.start() - 4), m.start(), "BENEFIT");
            Cues.Hit to = attributionHits.last(Math.max(0, m.start() - 4), m.start(), "TO");
            return marker != null && layers.adjacent(marker.end(), m.start())
                    || to != null && layers.adjacent(to.end(), m.start());
        }

        private EntityMention passiveAgent(Cues.Hit verb, int limit) {
            if (layers.chinese) {
                return null;
            }
            int k = verb.end();
            String rest = layers.lower.substring(k, Math.min(limit, k + 8));
            if (!rest.startsWith(" by ") || stanceReader.describes(verb)) {
                return null; // "a force backed by the US" describes the force; "was rejected by the Kremlin" is said
            }
            for (EntityMention m : layers.entities(k + 4, Math.min(limit, k + 24))) {
                if (Holders.canHold(m) && layers.adjacent(k + 4, m.start())) {
                    return m;
                }
            }
            return null;
        }


        /** The first actor that can hold a position, before the claim word, not an addressee or beneficiary. */
        private EntityMention firstHolder(int from, int to) {
            for (EntityMention m : layers.entities(from, to)) {
                if (!Holders.canHold(m)) {
                    continue;
                }
                Cues.Hit marker = markerHits.last(Math.max(0, m.start() - 3), m.start(), "BENEFIT");
                if (marker != null && layers.blank(marker.end(), m.start())) {
                    continue;
                }
                if (!layers.chinese && layers.lower.startsWith("'s", m.end()) || layers.lower.startsWith("’s", m.end())) {
                    continue; // "Ukraine's defensive lines": a possessor, not who holds the position
                }
                if (afterVerb(m)) {
                    continue; // "would require Ukraine to withdraw", 要求烏克蘭撤軍: whom the verb is about
                }
                return titled(m, to);
            }
            return null;
        }

        /** Whether a stance verb stands right before a mention: its object, or the subject of its clause. */
        private boolean afterVerb(EntityMention m) {
            for (Cues.Hit h : stanceHits.in(Math.max(0, m.start() - 14), m.start())) {
                if (!StanceReader.isVerb(h)) {
                    continue;
                }
                String between = layers.lower.substring(h.end(), m.start()).strip();
                // 提議由英國主導…: who is to carry out what is asked is not who asks
                if (between.isEmpty() || between.equals("that") || between.equals("the") || between.equals("that the")
                        || between.equals("由")) {
                    return true;
                }
            }
            return false;
        }

        /** 英國首相施紀賢, "Ukrainian President Zelensky": the person the state's title introduces. */
        private EntityMention titled(EntityMention state, int to) {
            for (EntityMention p : layers.entities(state.end(), Math.min(to, state.end() + (layers.chinese ? 8 : 24)))) {
                if (state.entry().key().equals(p.entry().affiliation())) {
                    return p;
                }
                break;
            }
            return state;
        }

        /** The proposal the claim word lies in, with an author named with it (the White House's proposal). */
        private Proposal proposal(Span sentence, int typeAt, Unit u) {
            List<Cues.Hit> plans = markerHits.in(sentence.start(), typeAt + 1, "PROPOSAL");
            for (int i = plans.size() - 1; i >= 0; i--) {
                Cues.Hit p = plans.get(i);
                if (p.start() > typeAt) {
                    continue;
                }
                EntityMention author = authorOf(p, sentence);
                if (author != null) {
                    String link = layers.norm.substring(author.end(), p.start());
                    return new Proposal(Holders.key(author), p.start(), link.contains("这") || link.contains("该")
                            || link.contains("此"));
                }
            }
            // 方案又建議…, "The plan also calls for…": the plan named just before, by its author; "The original
            // plan, presented…, would…", 該方案: a definite plan is the last one named, however far back.
            Cues.Hit opening = plans.isEmpty() ? null : plans.get(0);
            if (opening != null && lastProposal != null) {
                int offset = opening.start() - sentence.start();
                boolean near = offset <= (layers.chinese ? 3 : 12) && sentence.start() - lastProposal.scope() < PROPOSAL_REACH;
                if (near || definite(sentence.start(), opening)) {
                    return new Proposal(lastProposal.author(), opening.start(), false);
                }
            }
            // "Crimea … would be recognized as Russian": the terms of the plan the sentences before set out
            if (plan != null && markerHits.any(u.start(), u.core(), "MODAL")) {
                return new Proposal(plan.author(), sentence.start(), false);
            }
            return null;
        }

        /** A plan named as known ("The original plan", 該方案) at the head of its sentence. */
        private boolean definite(int sentenceStart, Cues.Hit plan) {
            String head = layers.lower.substring(sentenceStart, plan.start()).strip();
            if (layers.chinese) {
                return head.length() <= 3 && markerHits.any(sentenceStart, plan.start(), "DETERMINER");
            }
            return DEFINITE_PLAN.matcher(head).matches();
        }

        /** A sentence that goes on about the plan: "It would also…", "The draft…", 該方案…. */
        private boolean opensWithPlan(Span sentence) {
            String head = layers.lower.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + 4));
            if (head.startsWith("it ") || head.startsWith("它")) {
                return true;
            }
            Cues.Hit p = markerHits.first(sentence.start(), Math.min(sentence.end(), sentence.start() + 24), "PROPOSAL");
            return p != null && definite(sentence.start(), p);
        }

        private EntityMention authorOf(Cues.Hit plan, Span sentence) {
            for (EntityMention m : layers.entitiesBackwards(Math.max(sentence.start(), plan.start() - 40), plan.start())) {
                if (!Holders.canHold(m)) {
                    continue;
                }
                String between = layers.lower.substring(m.end(), plan.start());
                boolean linked;
                if (layers.chinese) {
                    linked = between.length() <= 4 && between.chars().allMatch(ch -> AUTHOR_LINKS.indexOf(ch) >= 0);
                } else {
                    linked = POSSESSIVE.matcher(between).matches();
                }
                return linked ? m : null;
            }
            return null;
        }

        private List<String> beneficiaries(Unit u, String holder) {
            List<String> out = new ArrayList<>();
            for (Cues.Hit b : markerHits.in(u.start(), u.end(), "BENEFIT")) {
                int reach = layers.chinese ? 1 : 5;
                for (EntityMention m : layers.actors(b.end(), Math.min(u.end(), b.end() + reach + 24))) {
                    if (m.start() - b.end() > reach || !layers.adjacent(b.end(), m.start())) {
                        break;
                    }
                    String key = m.entry().key();
                    if (!key.equals(holder) && !key.equals(affiliationOf(holder)) && !out.contains(key)) {
                        out.add(key);
                    }
                    break;
                }
            }
            return out;
        }

        private String affiliationOf(String key) {
            for (EntityMention m : doc.entities) {
                if (m.entry().key().equals(key)) {
                    return m.entry().affiliation();
                }
            }
            return null;
        }

        /**
         * The day of what the report tells, from its lead: 代表團昨天在伊斯坦堡舉行和談, "leaders met in Paris on
         * Tuesday"; what is said in the story without a date of its own was said then. Else the report's date.
         */
        private String storyDate(String report) {
            for (Span s : layers.sentences()) {
                if (layers.headlineLike(s)) {
                    continue;
                }
                for (var t : layers.times(s.start(), s.end())) {
                    String day = Layers.day(t.value());
                    if (Layers.pastDate(t, doc.anchor) && day.length() == 10 && !layers.inDateline(t)) {
                        return day;
                    }
                }
                return report;
            }
            return report;
        }

        /**
         * The date of the statement: written with the saying (川普曾於8月時說), or between the holder and
         * its verb ("Russia on Monday rejected"), or opening the sentence ("On Friday, …"), else the
         * report's date.
         */
        private String date(Unit u, Span sentence, Said speaker, Via via, EntityMention subject, List<Cues.Hit> cues) {
            if (speaker != null && speaker.date() != null && via != Via.PROPOSAL) {
                return speaker.date();
            }
            if (subject != null) {
                Cues.Hit verb = cues.stream().filter(StanceReader::isVerb).filter(h -> h.start() >= subject.end())
                        .findFirst().orElse(null);
                if (verb != null) {
                    for (var t : layers.times(subject.end(), verb.start())) {
                        if (Layers.statementDate(t, doc.anchor)) {
                            return Layers.day(t.value());
                        }
                    }
                }
            }
            for (var t : layers.times(sentence.start(), Math.min(sentence.end(), sentence.start() + 14))) {
                String before = layers.lower.substring(sentence.start(), t.start()).strip();
                if (Layers.statementDate(t, doc.anchor) && OPENING_TIME.contains(before)) {
                    return Layers.day(t.value());
                }
            }
            return reportDate;
        }

        private double confidence(Via via, Said speaker, Unit u, Span sentence, boolean topic, boolean continuation) {
            double c = switch (via) {
                case SUBJECT -> speaker != null && speaker.holder() != null ? 0.85 : 0.75;
                case SPEAKER -> 0.8;
                case PROPOSAL -> 0.75;
                case PREVIOUS -> 0.7;
                case CARRIED -> 0.65;
                case FIRST -> 0.5;
            };
            boolean reported = speaker != null && speaker.holder() != null;
            if (!reported && markerHits.any(u.start(), u.end(), "COMMENTARY")) {
                c *= 0.6;
            }
            if (layers.headlineLike(sentence)) {
                c *= 0.7;
            }
            if (topic) {
                c *= 0.8;
            }
            if (continuation) {
                c *= 0.9;
            }
            return Math.round(c * 100) / 100.0;
        }

        /** The evidence starts after a saying verb inside the unit ("Zelensky said [that] …", 並稱…). */
        private int evidenceStart(Unit u, List<Said> said, int typeAt) {
            int start = u.start();
            for (Said s : said) {
                if (s.stance() == null && s.cueEnd() > u.start() && s.cueEnd() <= typeAt && s.cueStart() >= u.start()) {
                    start = s.cueEnd();
                }
            }
            if (start != u.start()) {
                String rest = layers.lower.substring(start, Math.min(typeAt, start + 30));
                int that = rest.indexOf(" that ");
                if (that >= 0 && that < 20) {
                    start += that + 6;
                }
                while (start < typeAt && " ：:，,\"“「".indexOf(layers.text.charAt(start)) >= 0) {
                    start++;
                }
            }
            return start;
        }
    }

    /**
     * A proposal with a named author; {@code scope} is where the proposal is named; {@code named} when it
     * is only referred to (美方這些提案), not set out.
     */
    private record Proposal(String author, int scope, boolean named) {
    }
}
