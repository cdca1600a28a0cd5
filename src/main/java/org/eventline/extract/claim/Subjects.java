package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Kind;
import org.eventline.text.Span;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who takes a stance, read from the clause itself: the subject of its stance verb, the agent of a passive,
 * the subject a chained clause shares with its sentence, the actor a clause opens with, and who is only
 * its object, addressee or beneficiary.
 */
final class Subjects {

    private static final Pattern APPOSITION_TAIL = Pattern.compile(", ((has|have|had|also|then|again|repeatedly|on [a-z]+) )*");

    /** What may stand between a clause start and its verb when the clause shares the sentence's subject. */
    private static final Set<String> CHAIN_HEADS = Set.of("但", "并", "并且", "也", "且", "而", "还", "又", "但也", "并也",
            "and", "but", "also", "and also", "but also", "then", "and then", "repeatedly", "later",
            "has", "have", "had", "has also", "has repeatedly");

    /** What links an author opening a clause to the offer it is about: 目前提出的, 所提供的. */
    private static final Pattern AUTHORED = Pattern.compile("[^，。；、的]{0,3}(提出|提供|提議|承诺|给予)的");

    /** A form of "be" right before a participle ("would be offered", "was promised"). */
    private static final Pattern BE_BEFORE = Pattern.compile("\\b(be|been|being|is|are|was|were)( [a-z]+ly)? $");

    /** What makes a passive a requirement: "have to be", "must be", "needs to be". */
    private static final Pattern REQUIRED = Pattern.compile("\\b(ha(ve|s|d) to|must|needs? to|should) be $");
    /** "be deployed", "be recognized": a passive right after a modal. */
    private static final Pattern PASSIVE_AFTER = Pattern.compile(
            " (be|been|being) ([a-z]+ly )?[a-z]+(ed|en|wn|nt)\\b");

    private final Layers layers;
    private final Cues.Hits stanceHits;
    private final Cues.Hits attributionHits;
    private final Cues.Hits markerHits;
    private final Cues.Hits typeHits;
    private final StanceReader stanceReader;
    private final Members members;

    Subjects(ClaimText text, Members members) {
        this.layers = text.layers();
        this.stanceHits = text.stances();
        this.attributionHits = text.attribution();
        this.markerHits = text.markers();
        this.typeHits = text.types();
        this.stanceReader = text.stanceReader();
        this.members = members;
    }

    /**
     * The actor right before the first stance verb of the unit (within a few words), the first of a
     * list (美歐願給 → 美), the agent of a passive (不被俄方接受 → 俄方; "questioned by Zelensky").
     *
     * @param condition the clause a condition word opens in the unit ({@link ClaimText#conditionClause}), or null
     */
    EntityMention subject(Unit u, List<Cues.Hit> cues, Said speaker, Span sentence, Span condition) {
        int from = u.start();
        if (speaker != null && speaker.cueEnd() > u.start() && speaker.cueEnd() < u.end()) {
            from = speaker.cueEnd();
        }
        EntityMention author = author(from, u.core());
        if (author != null) {
            return author;
        }
        boolean laidOn = false;
        // a condition set off by its comma, with the clause it conditions after it in the core
        Span setOff = condition != null && condition.end() < u.core() ? condition : null;
        for (Cues.Hit h : cues) {
            if (setOff != null && h.start() >= setOff.start() && h.end() <= setOff.end()) {
                continue; // 若美國提供戰斧飛彈，將…: who the condition is about does not hold what follows it
            }
            laidOn |= h.start() >= from && laidOnSubject(h);
            if (h.start() < from || !StanceReader.isVerb(h) || laidOnSubject(h) || modifies(h)) {
                continue;
            }
            EntityMention agent = passiveAgent(h, u.end());
            if (agent != null) {
                return agent;
            }
            if (passiveAfter(h) || passiveVerb(h)) {
                return null; // "US troops would not be deployed", "Ukraine would be offered": what is done, not who does it
            }
            // 圖斯克上週已排除: a time between the subject and its verb does not part them
            int gap = layers.chinese ? 7 + timeLength(h.start() - 12, h.start()) : 30;
            List<EntityMention> before = layers.entitiesBackwards(Math.max(from, h.start() - gap), h.start());
            // "Russia's delegation in Istanbul presented…": where it happens says nothing about who
            before.removeIf(m -> m.entry().kind() == Kind.PLACE && Holders.located(layers, markerHits, m));
            for (EntityMention m : before) {
                if (!Holders.canHold(m)) {
                    continue;
                }
                String between = layers.norm.substring(m.end(), h.start());
                if (between.contains("被") || layers.clauseBreak(m.end(), h.start()) && !apposition(m, h)) {
                    return null;
                }
                if (laidOnBetween(cues, m.end(), h.start())) {
                    return null; // 美國則應提供…, "Russia must offer…": whom a demand is laid on does not hold it
                }
                if (objectOf(m) || Holders.located(layers, markerHits, m) || typeHits.covers(m.start(), m.end())) {
                    continue; // 向烏克蘭派遣, "to Ukraine", "troops in Ukraine", "NATO membership": whom or where, not who
                }
                // a list may run over commas from the clauses before ("Germany, France and Britain are…")
                EntityMention first = Holders.firstOfList(layers, m, from == u.start() ? sentence.start() : from);
                // 要求美、英等國提供…, "urged Britain to send…": who is asked is not who asks
                return afterVerb(first) ? null : first;
            }
            if (from == u.start() && before.isEmpty()) {
                EntityMention chained = chainSubject(sentence, u, h);
                if (chained != null || laidOn) {
                    return chained;
                }
                EntityMention opening = openingSubject(from, h.start());
                // 呂特稱，烏克蘭加入北約的問題不在談判桌上: a party named far from the verb of another's speaker
                // may only be what the speaker talks about
                boolean otherSpeaker = opening != null && speaker != null && speaker.who() != null
                        && speaker.holder() != null && !sameState(opening, speaker.who())
                        && !speaker.holder().equals(Holders.key(opening));
                return otherSpeaker ? null : opening;
            }
            return null;
        }
        // 美方將主導停火監督機制: no stance verb and nobody named saying it, the actor the clause opens with
        boolean unsaid = speaker == null || speaker.holder() == null;
        return laidOn || from != u.start() || !unsaid ? null : openingSubject(from, u.core());
    }

    private int timeLength(int from, int to) {
        return layers.times(Math.max(0, from), to).stream().mapToInt(t -> t.end() - t.start()).sum();
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
        int verbAt = firstVerb == null ? u.start() : firstVerb.start();
        if (saying != null && saying.end() <= verbAt) {
            // "Merz said the United States would back…, but would not deploy…": the subject of what was said
            EntityMention reported = subjectIn(saying.end(), verbAt);
            if (reported != null) {
                return reported;
            }
        }
        int limit = Math.min(verbAt, saying == null ? u.start() : saying.start());
        return subjectIn(sentence.start(), Math.min(limit, sentence.start() + 40));
    }

    /** The first actor in a stretch that can hold a position as its subject. */
    private EntityMention subjectIn(int from, int to) {
        for (EntityMention m : layers.entities(from, to)) {
            if (!Holders.canHold(m) || objectOf(m) || m.entry().kind() == Kind.MEDIA
                    || Holders.located(layers, markerHits, m)) {
                continue;
            }
            if (possessor(m) && !partyOf(m)) {
                continue; // "Russia's president, Vladimir Putin, has demanded…": the person named next
            }
            return Holders.firstOfList(layers, m, from);
        }
        return null;
    }

    /**
     * The actor a clause opens with, when nothing but a conjunction stands before it and it is not a
     * possessor or modifier (烏克蘭的…, 英國部隊): 「烏克蘭不會在沒有保證的情況下同意中立」.
     */
    EntityMention openingSubject(int from, int to) {
        for (EntityMention m : layers.entities(from, Math.min(to, from + (layers.chinese ? 6 : 12)))) {
            String head = layers.lower.substring(from, m.start()).strip();
            if (!head.isEmpty() && !CHAIN_HEADS.contains(head) || !Holders.canHold(m)
                    || m.entry().kind() == Kind.MEDIA || objectOf(m)) {
                return null;
            }
            if (m.end() >= to) {
                return null;
            }
            char next = layers.norm.charAt(m.end());
            if (layers.chinese ? next == '的' || next == '之' || "，、和与及".indexOf(next) >= 0
                    : possessor(m) && !partyOf(m)) {
                return null;
            }
            return m;
        }
        return null;
    }

    /**
     * Whether a subject is the speaker's own state, a body of it ("US troops" for the US secretary), or a
     * group the state belongs to ("Merz said Europe would not accept…").
     */
    boolean sameState(EntityMention subject, EntityMention speaker) {
        String state = speaker.entry().affiliation();
        return state != null && (state.equals(Holders.key(subject)) || state.equals(subject.entry().affiliation())
                || members.belongs(state, Holders.key(subject)));
    }

    private boolean objectOf(EntityMention m) {
        Cues.Hit marker = markerHits.last(Math.max(0, m.start() - 4), m.start(), "BENEFIT");
        Cues.Hit to = attributionHits.last(Math.max(0, m.start() - 4), m.start(), "TO");
        Cues.Hit into = layers.chinese ? markerHits.last(Math.max(0, m.start() - 4), m.start(), "DESTINATION") : null;
        return marker != null && layers.adjacent(marker.end(), m.start())
                || to != null && layers.adjacent(to.end(), m.start())
                || into != null && layers.adjacent(into.end(), m.start()); // 部隊進駐烏克蘭: where troops go
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
        if (REQUIRED.matcher(layers.lower.substring(Math.max(0, verb.start() - 16), verb.start())).find()) {
            return null; // "would have to be approved by Congress": the speaker's requirement, not Congress's act
        }
        for (EntityMention m : layers.entities(k + 4, Math.min(limit, k + 24))) {
            if (Holders.canHold(m) && layers.adjacent(k + 4, m.start())) {
                return m;
            }
        }
        return null;
    }

    /** The first actor that can hold a position, before the claim word, not an addressee or beneficiary. */
    EntityMention firstHolder(int from, int to) {
        for (EntityMention m : layers.entities(from, to)) {
            if (!Holders.canHold(m) || typeHits.covers(m.start(), m.end()) || modifiesClaimWord(m)) {
                continue; // "renounce NATO membership", 北約第5條: part of what is claimed, not who claims it
            }
            Cues.Hit marker = markerHits.last(Math.max(0, m.start() - 3), m.start(), "BENEFIT");
            if (marker != null && layers.blank(marker.end(), m.start())) {
                continue;
            }
            if (!layers.chinese && possessor(m) && !partyOf(m)) {
                continue; // "Ukraine's defensive lines": a possessor, not who holds the position
            }
            if (afterVerb(m)) {
                continue; // "would require Ukraine to withdraw", 要求烏克蘭撤軍: whom the verb is about
            }
            return titled(m, to);
        }
        return null;
    }

    /** "Russia's president, Vladimir Putin, has demanded": a name set off by commas before its verb. */
    private boolean apposition(EntityMention m, Cues.Hit verb) {
        if (layers.chinese || m.start() < 2 || !layers.lower.startsWith(", ", m.start() - 2)) {
            return false;
        }
        String between = layers.lower.substring(m.end(), verb.start());
        return APPOSITION_TAIL.matcher(between).matches();
    }

    private boolean possessor(EntityMention m) {
        return layers.lower.startsWith("'s", m.end()) || layers.lower.startsWith("’s", m.end());
    }

    /** "Russia's delegation", "Ukraine's negotiators": the party acting for the state named before it. */
    private boolean partyOf(EntityMention m) {
        Cues.Hit party = markerHits.first(m.end(), Math.min(layers.lower.length(), m.end() + 24), "PARTY");
        return party != null && layers.adjacent(m.end() + 2, party.start());
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

    /** Whether the subject takes the stance with a verb of its own (俄方不會接受), not one laid on it. */
    static boolean ownVerb(List<Cues.Hit> cues, EntityMention subject) {
        return subject != null && cues.stream().anyMatch(h -> StanceReader.isVerb(h) && !h.option().equals("other"));
    }

    /** 美方目前提出的安全保障: a clause opening with who put forward what it is about. */
    private EntityMention author(int from, int to) {
        EntityMention m = layers.chinese ? openingSubject(from, to) : null;
        return m != null && AUTHORED.matcher(layers.norm.substring(m.end(), Math.min(to, m.end() + 8))).lookingAt()
                ? m : null;
    }

    /** A name right before a claim word, as its modifier (北約第5條, 北約的第五條). */
    private boolean modifiesClaimWord(EntityMention m) {
        Cues.Hit next = typeHits.first(m.end(), Math.min(layers.norm.length(), m.end() + 8));
        return layers.chinese && m.entry().kind() == Kind.ORGANIZATION && next != null && (next.start() == m.end()
                || next.start() == m.end() + 1 && layers.norm.charAt(m.end()) == '的');
    }

    /**
     * 美方提供的保證: a Chinese verb before 的 describes the noun after it, its subject holds nothing here; but
     * in 烏方需要的是…保障 (what Kyiv needs is…) the subject is the one needing it.
     */
    private boolean modifies(Cues.Hit h) {
        return layers.beforeDe(h.end()) && !needsWhat(h);
    }

    /** 烏克蘭須撤軍, "Russia must…": a demand laid on the subject before it, unless it says what that one needs. */
    private boolean laidOnSubject(Cues.Hit h) {
        return h.option().equals("other") && !needsWhat(h);
    }

    private boolean needsWhat(Cues.Hit h) {
        return layers.chinese && layers.norm.startsWith("的是", h.end());
    }

    /** A demand laid on whoever stands before it (須, 應, "must") between {@code from} and {@code to}. */
    private static boolean laidOnBetween(List<Cues.Hit> cues, int from, int to) {
        return cues.stream().anyMatch(o -> o.option().equals("other") && o.start() >= from && o.end() <= to);
    }

    /** Whether the clause's stance verb is a passive ("would be offered"). */
    boolean passive(List<Cues.Hit> cues) {
        return cues.stream().anyMatch(h -> StanceReader.isVerb(h) && passiveVerb(h));
    }

    /** A participle after "be" ("would be offered", "was promised"): a passive, its subject the one it is done to. */
    private boolean passiveVerb(Cues.Hit h) {
        return !layers.chinese && BE_BEFORE.matcher(layers.lower.substring(Math.max(0, h.start() - 16), h.start())).find()
                && layers.lower.startsWith("ed", h.end() - 2);
    }

    /** A stance word followed by "be" and a participle ("would not be deployed"): a passive clause. */
    private boolean passiveAfter(Cues.Hit h) {
        if (layers.chinese) {
            return false;
        }
        String rest = layers.lower.substring(h.end(), Math.min(layers.lower.length(), h.end() + 24));
        return PASSIVE_AFTER.matcher(rest).lookingAt();
    }
}
