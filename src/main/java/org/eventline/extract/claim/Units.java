package org.eventline.extract.claim;

import org.eventline.extract.cue.Clauses;
import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into the units that state one position each: its clauses (an enumerated commitment
 * after 、 is a clause of its own, names listed with commas are not cut), joined where one clause
 * completes another (a condition, an elaboration, a description of the place just named, a clause going
 * on with the verb of the one before).
 */
final class Units {

    /** What opens a clause of its own after a saying: "adding that…", "but…", "which…". */
    private static final Pattern ASIDE_ENDS = Pattern.compile(
            "([a-z]+ing|and|but|while|as|which|who|that|though|although|because)\\b");

    private final ClaimText text;
    private final Layers layers;
    private final Cues.Hits typeHits;
    private final Cues.Hits stanceHits;
    private final Cues.Hits attributionHits;
    private final Cues.Hits markerHits;
    private final Cues.Hits eventHits;
    private final Subjects subjects;
    private final BitSet verbStarts = new BitSet();

    Units(ClaimText text, Subjects subjects) {
        this.text = text;
        this.layers = text.layers();
        this.typeHits = text.types();
        this.stanceHits = text.stances();
        this.attributionHits = text.attribution();
        this.markerHits = text.markers();
        this.eventHits = text.events();
        this.subjects = subjects;
        for (Cues.Hit h : stanceHits.all()) {
            if (StanceReader.isVerb(h)) {
                verbStarts.set(h.start());
            }
        }
    }

    /** The clauses of a sentence. */
    List<Span> clauses(Span sentence) {
        return Clauses.split(layers.norm, sentence, this::verbAt, layers::listComma);
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

    /** The units of a sentence's clauses. */
    List<Unit> of(List<Span> clauses) {
        List<Unit> out = new ArrayList<>();
        Unit current = null;
        int pending = -1;
        boolean[] items = listItems(clauses);
        boolean[] asides = asides(clauses);
        for (int i = 0; i < clauses.size(); i++) {
            Span c = clauses.get(i);
            // 澤倫斯基：…: a speaker named before a colon opens what he says, it completes nothing before it
            boolean opensWithSaying = attributionHits.any(c.start(), Math.min(c.end(), c.start() + 4), "AFTER")
                    || Holders.beforeColon(layers, c) != null;
            boolean opensCondition = opens(c, "IF");
            boolean currentIsClaim = current != null && claimUnit(current);
            if (current != null && (asides[i] || i > 0 && asides[i - 1])) {
                current = current.with(c, false); // "Security guarantees, he said, would be needed…": one clause
                continue;
            }
            if (currentIsClaim && describesLast(c)) {
                current = current.with(c, true); // "…withdraw from the part they control, which would become…"
                continue;
            }
            if (currentIsClaim && items[i]) {
                current = current.with(c, true); // "demanding a withdrawal, recognition of Crimea, and a ban on aid"
                continue;
            }
            if (current != null && !opensWithSaying && (opens(c, "ELABORATION")
                    || currentIsClaim && (opensCondition || continuesVerb(c, current)))) {
                current = current.with(c, false);
                continue;
            }
            if (current != null && !currentIsClaim && !opensWithSaying && endsOnVerb(current)) {
                current = current.with(c, false); // 26國正式承諾，在停火後，向烏克蘭派出部隊: the verb's object comes later
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

    /**
     * A Chinese clause ending on a commitment or demand with nothing after it (已有26國正式承諾，): what is
     * committed to follows in the next clauses.
     */
    private boolean endsOnVerb(Unit u) {
        if (!layers.chinese) {
            return false;
        }
        int end = layers.trimmedEnd(u.start(), u.end());
        while (end > u.start() && "，,了".indexOf(layers.norm.charAt(end - 1)) >= 0) {
            end--;
        }
        Cues.Hit last = stanceHits.last(u.start(), end);
        return last != null && last.end() == end && StanceReader.isVerb(last) && !last.option().equals("other")
                && !last.is("CONDITION") && !attributionHits.any(last.start(), last.end());
    }

    /** The English sayings set inside a clause, between commas: "…, he said, would…". */
    private boolean[] asides(List<Span> clauses) {
        boolean[] asides = new boolean[clauses.size()];
        for (int i = 1; i < clauses.size() - 1 && !layers.chinese; i++) {
            asides[i] = aside(clauses, i);
        }
        return asides;
    }

    private boolean aside(List<Span> clauses, int i) {
        Span c = clauses.get(i);
        String words = layers.lower.substring(c.start(), c.end()).replaceAll("[,;]", " ").strip();
        Span next = clauses.get(i + 1);
        String after = layers.lower.substring(next.start(), next.end()).strip();
        if (ASIDE_ENDS.matcher(after).lookingAt()) {
            return false; // "…, he said, adding that…": the saying closes the clause before it
        }
        String close = layers.norm.substring(c.end() - 1, Math.min(layers.norm.length(), c.end() + 1));
        return words.split(" +").length <= 5 && !words.contains(" that") && close.contains(",")
                && !words.matches("(who|which|as|while|when|where)\\b.*")
                && attributionHits.any(c.start(), c.end(), "AFTER") && typeHits.in(c.start(), c.end()).isEmpty()
                && layers.norm.substring(clauses.get(i - 1).end() - 1, c.start()).contains(",");
    }

    /**
     * English clauses that are items of a list of noun phrases ending in "and …" ("Ukraine's withdrawal from
     * the four regions, recognition of Crimea, and a ban on Western aid"): no verb of their own, and the last
     * opens with "and" or "or". The first item, which holds the verb, is not one.
     */
    private boolean[] listItems(List<Span> clauses) {
        boolean[] items = new boolean[clauses.size()];
        if (layers.chinese) {
            return items;
        }
        boolean tail = false;
        for (int i = clauses.size() - 1; i > 0; i--) {
            Span c = clauses.get(i);
            String head = layers.lower.substring(c.start(), c.end());
            boolean opensList = (head.startsWith("and ") || head.startsWith("or ")) && !SUBJECT_PRONOUN.matcher(head).find();
            items[i] = verbless(c) && (opensList || tail);
            tail = items[i] && (opensList || tail);
        }
        return items;
    }

    /** "and he", "and that", "or they": a clause with a subject or a complement of its own, not a list item. */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile(
            "^(and|or) (he|she|they|it|we|i|you|that|then|also|so|but)\\b");
    /** Auxiliaries, modals and forms of "be": an English clause with one has a verb of its own. */
    private static final Pattern FINITE = Pattern.compile(
            "\\b(is|are|was|were|be|been|being|has|have|had|will|would|could|can|should|must|may|might|shall|did|does|do)\\b");

    /** A clause with no auxiliary, stance verb or saying verb: a noun phrase. */
    private boolean verbless(Span c) {
        return !FINITE.matcher(layers.lower.substring(c.start(), c.end())).find()
                && stanceHits.in(c.start(), c.end()).stream().noneMatch(StanceReader::isVerb)
                && !attributionHits.any(c.start(), c.end(), "AFTER", "BEFORE", "SOURCE", "STIPULATE");
    }

    boolean opens(Span c, String label) {
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
        if (markerHits.any(current.start(), current.end(), "ASKED")) {
            return false; // 被問及…時稱，俄方堅決反對: the answer is not more of the question
        }
        if (attributionHits.any(c.start(), c.end(), "AFTER", "BEFORE", "SOURCE")
                || markerHits.any(c.start(), c.end(), "CLAIM_REF")) {
            return false;
        }
        if (currentIsClaim && (layers.chinese || opens(c, "ANAPHOR")) && standsApart(new Unit(c.start(), c.end()))) {
            return false; // …的保障，但不會派遣美軍; …部署在烏克蘭境內，此類部隊將被視為合法目標: a position of its own
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
     * A clause that takes a position of its own on what the clause before it said: it opens with a contrast
     * (但, "but") or with a noun referring back (此類部隊, 這些部隊), and refuses, demands or commits with a
     * verb of its own (但不會派兵, 但歐洲必須承擔…), other than a condition (但必須等到…, 但前提是…).
     */
    boolean standsApart(Unit u) {
        Span c = new Span(u.start(), u.core());
        boolean contrast = opens(c, "CONTRAST") && !opens(c, "COORDINATION"); // 而 opens 而且 too
        if (!contrast && !opens(c, "ANAPHOR") || markerHits.any(c.start(), c.end(), "IF", "TOPIC")) {
            return false; // 但未說明會否…: what the report wonders about takes no position
        }
        boolean saying = attributionHits.in(c.start(), c.end(), "AFTER").stream().anyMatch(a -> stanceHits
                .in(a.start(), a.end()).stream().noneMatch(StanceReader::isVerb)); // 希望 says and stands
        if (saying) {
            return false; // 但提醒各方「時間不站在任何人那邊」: a saying of its own, on another matter
        }
        return stanceHits.in(c.start(), c.end()).stream()
                .anyMatch(h -> h.is("NEGATION") || StanceReader.isVerb(h) && !h.is("CONDITION"));
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
        EntityMention subject = subjects.openingSubject(c.start(), c.end());
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
        if (layers.chinese && subjectless(c)) {
            return true; // …派遣一支「再保證部隊」，部署在遠離前線的戰略要地: where the same troops go
        }
        if (stanceHits.in(c.start(), c.end()).stream().anyMatch(StanceReader::isVerb)) {
            return false;
        }
        if (!layers.chinese && markerHits.any(c.start(), c.end(), "MODAL")) {
            return false; // "…, and the area would become a demilitarized zone": a further term of its own
        }
        if (layers.lower.startsWith("with ", c.start()) && markerHits.any(c.start(), c.end(), "PLACE_REF")) {
            return false; // "…, with the area turned into a buffer zone": a further term about the place
        }
        List<String> places = Territories.of(layers, markerHits, eventHits, c.start(), c.end());
        return !places.isEmpty() && Territories.of(layers, markerHits, eventHits, current.start(), current.end())
                .containsAll(places);
    }

    /**
     * A Chinese clause that opens with its claim word and has no name or stance verb of its own (部署在遠離
     * 前線的戰略要地): it says more of what the clause before it commits to.
     */
    private boolean subjectless(Span c) {
        int head = Math.min(c.end(), c.start() + 3);
        Cues.Hit type = typeHits.first(c.start(), c.end());
        return type != null && type.start() - c.start() <= 1 && layers.entities(c.start(), head).isEmpty()
                && stanceHits.in(c.start(), c.end()).stream().noneMatch(StanceReader::isVerb)
                && !stanceHits.any(c.start(), head, "NEGATION");
    }

    /** A unit that makes a claim: it names a claim type, or refers back to one with a stance verb. */
    private boolean claimUnit(Unit u) {
        if (typeHit(u) != null) {
            return true;
        }
        Unit core = new Unit(u.start(), u.core());
        return referencesClaim(core, true) && stanceHits.in(u.start(), u.core()).stream().anyMatch(StanceReader::isVerb);
    }

    /** An English relative clause about what the clause before ends on, saying nothing of who holds what. */
    private boolean describesLast(Span c) {
        return !layers.chinese && layers.lower.startsWith("which ", c.start())
                && layers.entities(c.start(), Math.min(c.end(), c.start() + 32)).isEmpty()
                && !markerHits.any(Math.max(0, c.start() - 60), c.start(), "PROPOSAL") // "the proposal…, which is for…"
                && stanceHits.in(c.start(), c.end()).stream().noneMatch(h -> StanceReader.isVerb(h) && !h.is("REJECT"));
    }

    /** ", which Russia annexed in 2014" after a place: what the place is, not a position of its own. */
    private boolean describesPlace(Span c) {
        if (layers.chinese || !layers.lower.startsWith("which ", c.start()) || !layers.nameEndsAt(c.start() - 2)) {
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

    /** The strongest claim cue of the unit, leaving out cues that need a place where none is named. */
    Cues.Hit typeHit(Unit u) {
        Cues.Hit best = null;
        boolean place = false;
        boolean placeKnown = false;
        // 可以接受在接觸線停火，但前提是…安全保障: what is accepted says what the claim is about, not its condition
        // (只要取得安全保障，烏克蘭可以接受凍結戰線: so when the condition comes first, what follows it)
        Cues.Hit condition = markerHits.first(u.start(), u.core(), "IF");
        int from = u.start();
        int to = u.core();
        if (condition != null && !typeHits.in(u.start(), condition.start()).isEmpty()) {
            to = condition.start();
        } else if (condition != null) {
            int after = text.conditionEnd(condition.end(), u.core());
            from = after < u.core() && !typeHits.in(after, u.core()).isEmpty() ? after : u.start();
        }
        for (Cues.Hit h : typeHits.in(from, to)) {
            if (h.option().equals("place") || h.option().equals("act")) {
                if (!placeKnown) {
                    place = Territories.named(layers, markerHits, eventHits, u.start(), u.end());
                    placeKnown = true;
                }
                if (!place && !Territories.land(markerHits, u.start(), u.end(), h)) {
                    continue;
                }
            }
            // 不會從仍控制的頓內茨克州撤軍: what is held (撤軍) names the claim, not an act described (控制)
            boolean longer = best == null || h.end() - h.start() > best.end() - best.start();
            boolean notAnAct = best != null && h.end() - h.start() == best.end() - best.start()
                    && best.option().equals("act") && !h.option().equals("act") && layers.beforeDe(best.end());
            if (longer || notAnAct) {
                best = h;
            }
        }
        return best;
    }

    boolean referencesClaim(Unit u, boolean sameSentence) {
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
}
