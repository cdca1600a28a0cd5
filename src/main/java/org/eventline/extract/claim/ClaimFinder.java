package org.eventline.extract.claim;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.extract.Lexicon;
import org.eventline.extract.cue.CueFiles;
import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Kind;
import org.eventline.model.Claim;
import org.eventline.model.Stance;
import org.eventline.text.Span;

import java.util.ArrayList;
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

    private final Cues types;
    private final Cues stances;
    private final Cues attribution;
    private final Cues markers;
    private final Cues events;
    private final Members members;
    private final Cues determiners;
    /** The head nouns of the claim words ("mission" of "monitoring mission"), read once. */
    private final Set<String> heads;

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
        this.determiners = cues.of("determiners.tsv");
        this.heads = Topics.heads(types);
    }

    @Override
    public void process(Doc doc) {
        new Reading(doc).run();
    }

    /** How far before a stance word a noun referring back to a claim ("a demand") may open. */
    private static final int ANAPHOR_REACH = 12;

    /** How a holder was found, in order of trust. */
    private enum Via { PROPOSAL, SUBJECT, SPEAKER, CARRIED, PREVIOUS, FIRST }

    /** A claim found, with what the next clause of its sentence may inherit. */
    private record Found(String type, String holder, Via via, Stance stance, Said said, int end) {
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
        private final Subjects subjects;
        private final ClaimText text;
        private final Units units;
        private final Proposals proposals;
        private final ClaimDates dates;
        private final Unheld unheld;
        private final Topics topics;
        private final Set<String> seen = new HashSet<>();
        private Said last;
        private Found lastFound;
        private int lastParagraph = -1;
        /** Whether the sentence read opens with a pronoun for the speaker before and names no speaker itself. */
        private boolean referred;
        /** Whether the last speaker named is a plan (28點計畫要求：…), whose terms the next sentences may go on with. */
        private boolean lastByPlan;
        private int count;
        /** What the sentence read asks, and the claim type it asks about (see {@link #question}). */
        private Span question;
        private String askedType;

        Reading(Doc doc) {
            this.doc = doc;
            this.layers = Layers.of(doc);
            this.typeHits = layers.hits(types);
            this.attributionHits = layers.hits(attribution);
            this.markerHits = layers.hits(markers);
            this.stanceHits = layers.hits(stances).without(this::answered);
            this.speakers = new Attribution(layers, attributionHits, stanceHits, markerHits);
            this.stanceReader = new StanceReader(layers, markerHits);
            this.eventHits = layers.hits(events);
            this.text = new ClaimText(doc, layers, typeHits, stanceHits, attributionHits, markerHits, eventHits,
                    stanceReader);
            this.subjects = new Subjects(text, members);
            this.units = new Units(text, subjects);
            this.proposals = new Proposals(text);
            this.dates = new ClaimDates(text);
            this.unheld = new Unheld(text);
            this.topics = new Topics(text, heads, layers.hits(determiners));
        }

        /**
         * What a reporter asked the speaker ("Asked about the guarantees, …", 被問及…時表示): from the asking word
         * to the end of its clause (in Chinese, to 時 or the saying verb); null where the sentence asks nothing.
         */
        private Span question(Span sentence) {
            Cues.Hit asked = markerHits.first(sentence.start(), sentence.end(), "ASKED");
            if (asked == null) {
                return null;
            }
            Cues.Hit verb = layers.chinese ? attributionHits.first(asked.end(), sentence.end(), "AFTER") : null;
            int end = verb != null ? verb.start() : sentence.end();
            for (int k = asked.end(); k < end; k++) {
                char c = layers.norm.charAt(k);
                if (c == ',' || c == '，' || layers.chinese && c == '时') {
                    return new Span(asked.start(), k);
                }
            }
            return new Span(asked.start(), end);
        }

        /** Whether a negation lies inside another stance word ("no objection", 不反對), as part of it. */
        private static boolean partOfStance(Cues.Hit negation, List<Cues.Hit> cues) {
            return cues.stream().anyMatch(o -> !o.is("NEGATION") && o.start() <= negation.start() && o.end() >= negation.end());
        }

        /** ", a demand Kyiv has turned down": the noun opening a clause to refer back is no stance of its own. */
        private boolean answered(Cues.Hit stance) {
            Cues.Hit a = markerHits.last(Math.max(0, stance.start() - ANAPHOR_REACH), stance.end(), "ANAPHOR");
            return a != null && a.start() <= stance.start() && a.start() >= 2
                    && layers.text.startsWith(", ", a.start() - 2);
        }

        void run() {
            List<Span> sentences = layers.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Span sentence = sentences.get(i);
                List<Span> clauses = units.clauses(sentence);
                List<Said> said = speakers.read(sentence, clauses, last);
                said.forEach(dates::heard);
                int paragraph = layers.paragraph(sentence.start());
                Said carried = null;
                if (said.isEmpty()) {
                    carried = saidAfterQuote(sentence, i + 1 < sentences.size() ? sentences.get(i + 1) : null);
                }
                // "He again rejected…, telling reporters…": a sentence opening with a pronoun goes on with the
                // speaker before, whatever unnamed saying follows in it
                referred = opensWithReference(sentence) && said.stream().noneMatch(s -> s.holder() != null);
                if (carried == null && (said.isEmpty() || referred) && last != null
                        && (paragraph == lastParagraph || opensWithReference(sentence))) {
                    carried = last.carriedTo(-1, -1, null, null);
                }
                int topicFrom = topicAfterColon(clauses);
                proposals.sentenceStarts(sentence, paragraph, said);
                Found previous = null;
                question = question(sentence);
                askedType = null;
                for (Unit u : units.of(clauses)) {
                    Found f = read(u, sentence, said, carried, previous, u.start() >= topicFrom);
                    if (f != null) {
                        previous = f;
                        if (f.via() == Via.PROPOSAL || f.via() == Via.SPEAKER && spokenByPlan(f.said())) {
                            proposals.setOut(f.holder(), sentence, paragraph);
                        }
                    }
                }
                lastFound = previous;
                proposals.sentenceEnds(sentence);
                Said named = null;
                for (Said s : said) {
                    // 澤連斯基回應說，普京又一次表明…: in Chinese a later saying is part of what the first says
                    if (s.holder() != null && (named == null || !layers.chinese)) {
                        named = s;
                    }
                }
                if (named != null) {
                    lastByPlan = spokenByPlan(named);
                    last = named;
                    lastParagraph = paragraph;
                } else if (!said.isEmpty()) {
                    last = null;
                }
            }
        }

        /**
         * 「我們不會撤出頓巴斯。」澤倫斯基在講話中說。: a quote that closes its sentence (or goes on into the next),
         * said by the speaker the next sentence names and does nothing else with.
         */
        private Said saidAfterQuote(Span sentence, Span next) {
            boolean closes = "」』”\"".indexOf(layers.text.charAt(sentence.end() - 1)) >= 0;
            boolean goesOn = !closes && quoteGoesOn(sentence);
            if (next == null || !closes && !goesOn
                    || layers.paragraph(next.start()) != layers.paragraph(sentence.start())) {
                return null;
            }
            // what the next sentence says after the quote closes ("…," he said, adding that…) is its own
            int quoteEnd = goesOn ? closingQuote(next) : next.end();
            if (quoteEnd < 0 || typeHits.any(next.start(), quoteEnd)) {
                return null;
            }
            for (Said s : speakers.read(next, layers.clauses(next), null)) {
                if (s.holder() != null && s.who() != null) {
                    return s;
                }
            }
            return null;
        }

        /** "We will not withdraw. We cannot," he said: a quote opened and not closed in its sentence. */
        private boolean quoteGoesOn(Span sentence) {
            String t = layers.text.substring(sentence.start(), sentence.end()).strip();
            if (t.isEmpty() || "“\"「『".indexOf(t.charAt(0)) < 0) {
                return false;
            }
            long straight = t.chars().filter(c -> c == '"').count();
            return t.charAt(0) == '"' ? straight % 2 == 1 : t.chars().noneMatch(c -> "”」』".indexOf(c) >= 0);
        }

        private int closingQuote(Span sentence) {
            for (int k = sentence.start(); k < sentence.end(); k++) {
                if ("”」』\"".indexOf(layers.text.charAt(k)) >= 0) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * 28點計畫要求：…, "the proposal says", 根據曝光的文本: a plan speaks, so what it says its author proposes.
         */
        private boolean spokenByPlan(Said speaker) {
            if (speaker == null || speaker.cueStart() < 0) {
                return false;
            }
            int reach = layers.chinese ? 6 : 20;
            if (markerHits.any(Math.max(0, speaker.cueStart() - reach), speaker.cueStart(), "PROPOSAL")) {
                return true;
            }
            if (attributionHits.first(speaker.cueStart(), speaker.cueEnd(), "BEFORE") == null) {
                return false; // 美方表示，這份方案…: the plan is what the speaker talks about
            }
            Cues.Hit source = markerHits.first(speaker.cueEnd(),
                    Math.min(layers.text.length(), speaker.cueEnd() + reach), "PROPOSAL");
            return source != null && layers.actors(speaker.cueEnd(), source.start()).isEmpty();
        }

        /** 這些部隊將是合法目標, "would be legitimate targets": what the speaker calls what was just said. */
        private boolean speakerCalls(List<Cues.Hit> cues, Said speaker) {
            return speaker != null && speaker.holder() != null
                    && cues.stream().anyMatch(h -> h.is("REJECT") && h.option().equals("other"));
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

        // ---- one claim ----

        private Found read(Unit u, Span sentence, List<Said> said, Said carried, Found previous, boolean topicList) {
            Cues.Hit type = units.typeHit(u);
            if (question != null && type != null && type.start() >= question.start() && type.start() < question.end()) {
                askedType = type.label(); // "Asked about the guarantees, Putin said…": the reporter's words
                return null;
            }
            String typeName;
            int typeAt;
            Topics.Reference reference;
            boolean continuation = false;
            boolean answer = false;
            List<Cues.Hit> cues = new ArrayList<>(stanceHits.in(u.start(), u.core()));
            cues.addAll(stanceHits.in(u.core(), u.end(), "CONDITION"));
            if (type != null) {
                typeName = type.label();
                typeAt = type.start();
            } else if (referred(previous) != null && units.referencesClaim(u, previous != null)
                    && cues.stream().anyMatch(StanceReader::isVerb)) {
                typeName = referred(previous).type();
                typeAt = markerHits.first(u.start(), u.core(), "CLAIM_REF").end();
                continuation = true;
            } else if ((reference = topics.in(u.start(), u.core())) != null && cues.stream().anyMatch(StanceReader::isVerb)) {
                typeName = reference.named().label(); // "a monitoring mission" … "Budapest would veto any mission"
                typeAt = reference.end();
                continuation = true;
            } else if (askedType != null && u.start() >= question.end()) {
                typeName = askedType; // …, Putin said Moscow had "no objection": the answer is on what was asked
                typeAt = u.start();
                continuation = true;
                answer = true;
            } else if (previous != null && units.standsApart(u)) {
                // 美方願意提供保障，但不會派遣美軍進駐烏克蘭: a contrast about the same matter, its own position
                typeName = previous.type();
                // 美方提出…，但他希望延長…: its claim word is its verb, so that a speaker named before it speaks it
                typeAt = cues.stream().filter(StanceReader::isVerb).mapToInt(Cues.Hit::end).min().orElse(u.start());
                continuation = true;
            } else {
                return null;
            }
            boolean topic = topicList || markerHits.any(u.start(), u.core(), "TOPIC");
            boolean stanceWord = cues.stream().anyMatch(h -> !h.is("NEGATION"))
                    || markerHits.in(u.start(), u.end(), "IF").stream().anyMatch(h -> h.option().equals("stance"));
            if ((topic || answer || type != null && type.option().equals("act")) && !stanceWord) {
                return null; // "Russian forces captured the village", 俄軍控制…: what happened, no position
            }

            Said speaker = speakerFor(u, typeAt, said, carried);
            Span condition = text.conditionClause(u);
            EntityMention subject = subjects.subject(u, cues, speaker, sentence, condition);
            // (a plan named in the question is what was asked about, not what the answer sets out)
            Proposals.Proposal proposal = answer ? null : proposals.of(sentence, typeAt, u);
            if (proposal != null && acceptsOrRefuses(cues, u, proposal.scope())) {
                proposal = null; // "ready to accept a U.S. proposal", 拒絕美方方案: the answer is not the plan's
            }
            if (proposal != null && speaksAgainAfter(speaker, proposal)) {
                proposal = null; // "Putin said the U.S. plan could…, but warned that…": his second words are his
            }
            boolean byPlan = spokenByPlan(speaker);
            String holder = null;
            Via via = null;
            // 美方提出的方案包括…: the author read as the subject is still the plan's author
            if (proposal != null && (subject == null || subject.start() >= proposal.scope()
                    || proposal.author().equals(Holders.key(subject)))) {
                holder = proposal.author();
                via = Via.PROPOSAL;
            } else if (subject != null && speaker != null && speaker.holder() != null && byPlan) {
                holder = speaker.holder(); // 計畫提出…歐洲戰機將部署在波蘭: a plan's terms are all its author's
                via = Via.SPEAKER;
            } else if (subject != null) {
                holder = Holders.key(subject);
                via = Via.SUBJECT;
                // (only where he is named in the sentence: 不過，美方並未承諾… after his words is the party's own)
                // (and where an organ of his state is the subject: 俄軍將以軍事手段達成目標 after his words)
                boolean organ = subject.entry().kind() == Kind.ORGANIZATION
                        && subject.entry().affiliation() != null;
                if (speaker != null && speaker.who() != null && speaker.holder() != null && (!speaker.carried() || organ)
                        && speaker.who().entry().kind() == Kind.PERSON
                        && subjects.sameState(subject, speaker.who())) {
                    holder = speaker.holder(); // 澤倫斯基表示，烏克蘭拒絕…: the named leader speaks for his state
                }
            } else if (previous != null && previous.via() != Via.SPEAKER && previous.via() != Via.CARRIED
                    && previous.via() != Via.FIRST && (!contrasts(u) || namesNoHolder(u, typeAt)) && !saidSince(previous, speaker, u)
                    && !speakerCalls(cues, speaker)) {
                holder = previous.holder();
                via = Via.PREVIOUS;
            } else if (speaker != null && speaker.holder() != null) {
                holder = speaker.holder();
                via = speaker.carried() ? Via.CARRIED : Via.SPEAKER;
            } else if (previous != null && !contrasts(u)) {
                holder = previous.holder();
                via = Via.PREVIOUS;
            } else {
                // 若烏方不接受，下次將要求更多領土: who the condition is about does not hold what follows it
                boolean after = condition != null && typeAt >= condition.end();
                EntityMention first = subjects.firstHolder(after ? condition.end() : u.start(), typeAt);
                if (first == null && opensWithParties(u)) {
                    first = subjects.firstHolder(sentence.start(), u.start()); // 兩人同意…: the two just named
                }
                if (first != null && !subjects.passive(cues)) { // "Ukraine would be offered…": to whom, not by whom
                    holder = Holders.key(first);
                    via = Via.FIRST;
                }
            }
            // "Putin was due to leave New Delhi": a person going from a place, with no stance, holds no position on it
            boolean travels = !stanceWord && cues.isEmpty() && type != null && type.option().equals("place")
                    && subject != null && subject.entry().kind() == Kind.PERSON;
            if (holder == null || via == Via.FIRST && !stanceWord || travels) {
                return null; // an actor beside a claim word, with no stance and nobody saying it: a fact, not a position
            }
            if (speaker == null && unheld.history(previous == null ? sentence.start() : u.start(), stanceWord ? typeAt : u.end())) {
                return null; // "In 2014, Russia seized Crimea": what happened years ago, no position held now
            }
            boolean unsaid = speaker == null || speaker.holder() == null;
            if (unheld.unreported(speaker, sentence, said, u) && !(via == Via.SUBJECT && Subjects.ownVerb(cues, subject))
                    || unsaid && (unheld.wonders(u) || unheld.asks(sentence)) || unheld.questioned(u)) {
                return null; // 分析人士認為烏克蘭可能被迫割讓領土, "Will Kyiv give up Donbas?": nobody's position
            }

            // 如果烏克蘭不撤軍，俄羅斯將…: a negation inside the condition does not negate what is held
            boolean ownCondition = condition == null || typeAt >= condition.start() && typeAt < condition.end();
            // (a negation inside another stance word is part of it: "no objection", 不反對)
            boolean negated = cues.stream().anyMatch(h -> (h.is("NEGATION") && !partOfStance(h, cues)
                    || h.is("REJECT") && h.option().equals("neg"))
                    && (ownCondition || h.start() < condition.start() || h.start() >= condition.end()));
            String stance = stanceReader.stance(u.start(), u.end(), cues);
            boolean verbOfSpeaker = false;
            if (stance == null && speaker != null && speaker.stance() != null
                    && (via == Via.SPEAKER || via == Via.CARRIED)) {
                stance = speaker.stance();
                verbOfSpeaker = true;
                // 澤倫斯基重申，烏克蘭不會撤軍: a refusal, whatever the saying verb
                if (stance.equals("STATE") && typeHits.in(u.start(), u.core()).stream()
                        .anyMatch(t -> stanceReader.negatedNear(cues, t.start()))) {
                    stance = "REJECT";
                }
            }
            if (stance == null && u.core() < u.end()) {
                // 部署軍事單位，都將被俄方視為外國干涉: the stance may come in what completes the clause
                List<Cues.Hit> after = stanceHits.in(u.core(), u.end()).stream()
                        .filter(h -> !h.option().equals("other") || h.is("REJECT")).toList();
                List<Cues.Hit> all = new ArrayList<>(cues);
                all.addAll(after);
                stance = stanceReader.stance(u.start(), u.end(), all);
                negated |= after.stream().anyMatch(h -> h.is("NEGATION") || h.is("REJECT") && h.option().equals("neg"));
            }
            // what a plan offers or accepts, its author proposes; so do the clauses going on with the plan
            boolean planned = via == Via.PROPOSAL && !proposal.named()
                    || previous != null && previous.via() == Via.PROPOSAL && holder.equals(previous.holder())
                    || via == Via.SPEAKER && byPlan || via == Via.CARRIED && lastByPlan;
            // what a plan offers or accepts, its author proposes; so what it rules out for others ("Ukraine
            // will not join NATO"), while what it rules out for its author ("Kyiv will not recognize…") it refuses
            boolean ownRefusal = subject != null && holder.equals(Holders.key(subject));
            if (planned && (stance == null || stance.equals("OFFER") || stance.equals("ACCEPT")
                    || stance.equals("STATE") || stance.equals("REJECT") && !ownRefusal
                    || stance.equals("DEMAND") && verbOfSpeaker)) { // 28點計畫要求：…
                stance = "PROPOSE";
            }
            if (stance == null && via == Via.PREVIOUS && previous != null && !contrasts(u)) {
                stance = previous.stance().name();
            }
            if (stance == null && typeHits.in(u.start(), u.core()).stream()
                    .anyMatch(t -> stanceReader.negatedNear(cues, t.start()))) {
                stance = "REJECT";
            }
            if (negated && (stance == null || stance.equals("STATE") || stance.equals("REJECT"))) {
                // 從來沒有打算攻擊歐洲, "would not attack Europe": a pledge not to is an offer; any other
                // negated position without a stance verb ("deploying troops was off the table") a refusal
                stance = type != null && type.option().equals("pledge") ? "OFFER" : "REJECT";
            }
            Stance s = Stance.valueOf(stance == null ? "STATE" : stance);

            int start = evidenceStart(u, said, typeAt);
            int end = layers.trimmedEnd(start, u.end());
            // a quote cut by the clause: no stray mark at either end (「我們願意…，但不會撤出頓巴斯。」)
            while (end > start + 1 && "」』”".indexOf(layers.text.charAt(end - 1)) >= 0
                    && layers.text.substring(start, end - 1).chars().noneMatch(c -> "「『“".indexOf(c) >= 0)) {
                end = layers.trimmedEnd(start, end - 1);
            }
            while (start < typeAt && "「『“\"".indexOf(layers.text.charAt(start)) >= 0
                    && layers.text.substring(start + 1, end).chars().noneMatch(c -> "」』”\"".indexOf(c) >= 0)) {
                start++;
            }
            String key = typeName + "|" + start + "|" + end;
            if (!seen.add(key)) {
                return new Found(typeName, holder, via, s, speaker, u.end());
            }
            String date = dates.of(sentence, u.end(), speaker, via == Via.PROPOSAL, subject, cues);
            List<String> territories = Territories.of(layers, markerHits, eventHits, u.start(), u.end());
            List<String> beneficiaries = beneficiaries(u, holder);
            double confidence = confidence(via, speaker, u, sentence, topic, continuation);
            doc.claims.add(new Claim("c" + (++count), typeName, holder, s, negated, beneficiaries, territories,
                    date, stanceReader.condition(u.start(), u.end(), cues), layers.text.substring(start, end), start, end, confidence));
            return new Found(typeName, holder, via, s, speaker, u.end());
        }

        private boolean opensWithParties(Unit u) {
            Cues.Hit h = attributionHits.first(u.start(), Math.min(u.end(), u.start() + 16), "PARTIES");
            return h != null && h.start() - u.start() <= 4;
        }

        /**
         * Whether the speaker of a unit is named after the claim before it (普亭要求… 澤倫斯基：絕不割讓領土): the unit
         * is his, not the earlier claim's holder's.
         */
        private boolean saidSince(Found previous, Said speaker, Unit u) {
            return speaker != null && speaker.holder() != null && speaker.cueStart() >= previous.end()
                    && (!speaker.carried() || speaker.cueStart() >= u.start()); // …，但他希望…: 他 speaks here
        }

        /**
         * A unit naming no actor that could hold it before its claim word (但不會單方面撤軍, "but would not
         * deploy troops", 但尚未承諾派出美軍: whose troops is no holder).
         */
        private boolean namesNoHolder(Unit u, int typeAt) {
            return layers.entities(u.start(), Math.min(typeAt, u.core())).stream().noneMatch(Holders::canHold);
        }

        /** A speaker named before the plan who says something more after it. */
        private static boolean speaksAgainAfter(Said speaker, Proposals.Proposal proposal) {
            return speaker != null && speaker.who() != null && speaker.holder() != null
                    && speaker.who().end() <= proposal.scope() && speaker.cueStart() > proposal.scope()
                    && !speaker.holder().equals(proposal.author());
        }

        /** Whether the unit accepts or refuses a plan it names after the verb. */
        private static boolean acceptsOrRefuses(List<Cues.Hit> cues, Unit u, int plan) {
            return cues.stream().anyMatch(h -> (h.is("ACCEPT") || h.is("REJECT")) && h.start() >= u.start()
                    && h.end() <= plan);
        }

        /** A clause opening with 但, "however": a position set against the one before. */
        private boolean contrasts(Unit u) {
            Cues.Hit h = markerHits.first(u.start(), Math.min(u.end(), u.start() + 8), "CONTRAST");
            return h != null && h.start() - u.start() <= 1;
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
                    // "Security guarantees, he said, would be needed…": a saying after the claim word speaks it
                    if ((s.cueStart() >= u.end() || !layers.chinese && s.cueStart() > typeAt) && !namedBeforeColon(s)
                            && !newClauseBetween(typeAt, s.cueStart())) {
                        best = s;
                        break;
                    }
                }
            }
            if (best == null || best.holder() == null && best.who() == null) {
                return best != null && !(referred && carried != null) ? best : carried;
            }
            return best;
        }

        /**
         * "Talks have stalled over territory, and European officials said…": a saying in a clause joined after the
         * claim word's has its own words, not these.
         */
        private boolean newClauseBetween(int from, int to) {
            if (layers.chinese || to <= from) {
                return false;
            }
            String between = layers.lower.substring(from, to);
            return between.contains(", and ") || between.contains(", but ") || between.contains("; ");
        }

        /** A speaker named with a colon (俄方：…): it speaks what follows, never what came before it. */
        private boolean namedBeforeColon(Said s) {
            return ":：".indexOf(layers.text.charAt(s.cueStart())) >= 0;
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
}
