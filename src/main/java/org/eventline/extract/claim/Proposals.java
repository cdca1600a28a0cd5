package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.text.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans a document sets out and who authored them (川普方案提議…, "under the US-proposed terms…"): the
 * author holds what the plan says, in the sentence naming it and in those that go on setting out its terms.
 */
final class Proposals {

    /** How far back (in characters) a plan named without its author refers to the last one named with it. */
    private static final int PROPOSAL_REACH = 400;
    /** What may stand between an author and its plan in Chinese (美方提出的, 英、法、德3國反提案). */
    private static final String AUTHOR_LINKS = "的版和平所提出之新最初修订这项些该国等两三四点0123456789";
    /** "the White House's latest", "US-" before a plan: what links an author to its proposal in English. */
    private static final Pattern POSSESSIVE = Pattern.compile("(['’]s( [a-z-]+){0,3})? ?");

    /** "the plan", "the original draft", "under this proposal": a plan referred to as known. */
    private static final Pattern DEFINITE_PLAN = Pattern.compile(
            "((under|in|according to|as part of) )?(the|this|that)( [a-z0-9-]+){0,2}");
    /** "a draft circulated by the Trump administration", "a proposal from Washington": the author after it. */
    private static final Pattern AUTHOR_AFTER = Pattern.compile(
            "^,?( (being )?[a-z]+ed| put forward| drawn up| written| sent)? (by|from) ");
    /** "The draft, which was handed to Zelensky…, was drawn up by…": the author later in the sentence. */
    private static final Pattern DRAFTED_BY = Pattern.compile(
            ", [^,]+, (was|were|had been|has been) (drawn up|drafted|written|authored|prepared|devised|crafted) by ");
    /** "Moscow handed Kyiv a memorandum", "Europe presented its counter-proposal": the author hands it over. */
    private static final Pattern SUBMITTED = Pattern.compile(
            " (has |have |had )?(handed|presented|submitted|sent|delivered|unveiled|tabled|put forward|drew up|drafted)"
                    + "( [a-z'’-]+){0,4} ");
    /** "US envoy ", "Secretary of State ": up to three words before a name after "by". */
    private static final Pattern TITLES = Pattern.compile("(the )?([a-z.-]+ ){1,3}");
    /** 由維特科夫與德米特里耶夫共同起草的28點計畫: the author before a drafting verb ahead of the plan. */
    private static final Pattern AUTHORED_BY = Pattern.compile("由([^，。；,]{1,40}?)(起草|草擬|擬定|擬訂|制定|提出|撰寫|研擬|推動)的[^，。；,]{0,8}$");

    /**
     * A proposal with a named author; {@code scope} is where the proposal is named; {@code named} when it
     * is only referred to (美方這些提案), not set out.
     */
    record Proposal(String author, int scope, boolean named) {
    }

    private final Layers layers;
    private final Cues.Hits markerHits;
    private Proposal lastProposal;
    /** The plan whose terms the sentences now set out ("The plan would…. It would also…"), or null. */
    private Proposal plan;
    private int planParagraph = -1;
    private int previousParagraph = -1;

    Proposals(ClaimText text) {
        this.layers = text.layers();
        this.markerHits = text.markers();
    }

    /** A new sentence: the plan set out before ends where someone speaks or a paragraph turns elsewhere. */
    void sentenceStarts(Span sentence, int paragraph, List<Said> said) {
        int before = previousParagraph;
        previousParagraph = paragraph;
        if (plan == null) {
            return;
        }
        boolean spoken = said.stream().anyMatch(s -> s.holder() != null);
        boolean next = paragraph != planParagraph && before == planParagraph && goesOn(sentence);
        if (spoken || paragraph != planParagraph && !opensWithPlan(sentence) && !next) {
            plan = null;
        } else if (next) {
            planParagraph = paragraph;
        }
    }

    /**
     * The paragraph right after the plan's, going on with what would be (AP: "In exchange, the United States
     * would give Kyiv…"): more of its terms.
     */
    private boolean goesOn(Span sentence) {
        return layers.paragraphStart(sentence.start()) == sentence.start()
                && markerHits.any(sentence.start(), sentence.end(), "MODAL");
    }

    /** A claim read as part of a plan: the sentences after it may go on setting out its terms. */
    void setOut(String author, Span sentence, int paragraph) {
        plan = new Proposal(author, sentence.start(), false);
        planParagraph = paragraph;
    }

    /** The sentence read: its last plan named with an author is the one later references point to. */
    void sentenceEnds(Span sentence) {
        for (Cues.Hit p : markerHits.in(sentence.start(), sentence.end(), "PROPOSAL")) {
            EntityMention author = authorOf(p, sentence);
            if (author != null) {
                lastProposal = new Proposal(Holders.key(author), p.start(), false);
            }
        }
    }

    /** The proposal the claim word lies in, with an author named with it (the White House's proposal). */
    Proposal of(Span sentence, int typeAt, Unit u) {
        List<Cues.Hit> plans = markerHits.in(sentence.start(), typeAt + 1, "PROPOSAL");
        for (int i = plans.size() - 1; i >= 0; i--) {
            Cues.Hit p = plans.get(i);
            if (p.start() > typeAt) {
                continue;
            }
            EntityMention author = authorOf(p, sentence);
            if (author != null) {
                String link = author.end() <= p.start() ? layers.norm.substring(author.end(), p.start()) : "";
                return new Proposal(Holders.key(author), p.start(), link.contains("这") || link.contains("该")
                        || link.contains("此"));
            }
        }
        // 方案又建議…, "The plan also calls for…": the plan named just before, by its author; "The original
        // plan, presented…, would…", 該方案: a definite plan is the last one named, however far back.
        Cues.Hit opening = plans.isEmpty() ? null : plans.get(0);
        // "The counter-proposal says…" after the US plan: the answer to a plan is not its author's
        if (opening != null && lastProposal != null && (counter(lastProposal.scope()) || !counter(opening.start()))) {
            int offset = opening.start() - sentence.start();
            boolean near = offset <= (layers.chinese ? 3 : 12) && sentence.start() - lastProposal.scope() < PROPOSAL_REACH;
            if (near || definite(sentence.start(), opening)) {
                return new Proposal(lastProposal.author(), opening.start(), false);
            }
        }
        // "Russia handed Ukraine a memorandum. It also demands…": the plan just named, by its author
        if (plan == null && lastProposal != null && sentence.start() - lastProposal.scope() < PROPOSAL_REACH
                && opensWithPronoun(sentence)) {
            return new Proposal(lastProposal.author(), sentence.start(), false);
        }
        // "Crimea … would be recognized as Russian": the terms of the plan the sentences before set out
        if (plan != null && (markerHits.any(u.start(), u.core(), "MODAL") || afterSemicolon(sentence)
                || opensWithPlan(sentence))) {
            return new Proposal(plan.author(), sentence.start(), false);
        }
        return null;
    }

    /** A counter-proposal named at an offset (反提案, "counterproposal"): another party's answer to a plan. */
    private boolean counter(int plan) {
        return layers.lower.startsWith("counter", plan) || layers.norm.startsWith("反", plan);
    }

    /** A sentence that goes on from a semicolon (…撤軍；克里米亞…；赫爾松…凍結): one more item of the same list. */
    private boolean afterSemicolon(Span sentence) {
        int k = sentence.start() - 1;
        while (k >= 0 && Character.isWhitespace(layers.norm.charAt(k))) {
            k--;
        }
        return k >= 0 && (layers.norm.charAt(k) == '；' || layers.norm.charAt(k) == ';');
    }

    /** A plan named as known ("The original plan", 該方案) at the head of its sentence. */
    private boolean definite(int sentenceStart, Cues.Hit plan) {
        String head = layers.lower.substring(sentenceStart, plan.start()).strip();
        if (layers.chinese) {
            return head.length() <= 3 && markerHits.any(sentenceStart, plan.start(), "DETERMINER");
        }
        return DEFINITE_PLAN.matcher(head).matches();
    }

    /** A sentence opening with "It" or 它, which may stand for the plan just named. */
    private boolean opensWithPronoun(Span sentence) {
        String head = layers.lower.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + 4));
        return head.startsWith("it ") || head.startsWith("它");
    }

    /** A sentence that goes on about the plan: "It would also…", "The draft…", 該方案…. */
    private boolean opensWithPlan(Span sentence) {
        if (opensWithPronoun(sentence)) {
            return true;
        }
        Cues.Hit p = markerHits.first(sentence.start(), Math.min(sentence.end(), sentence.start() + 24), "PROPOSAL");
        return p != null && definite(sentence.start(), p);
    }

    private EntityMention authorOf(Cues.Hit plan, Span sentence) {
        if (!layers.chinese) {
            Matcher after = AUTHOR_AFTER.matcher(
                    layers.lower.substring(plan.end(), Math.min(sentence.end(), plan.end() + 30)));
            Matcher later = DRAFTED_BY.matcher(
                    layers.lower.substring(plan.end(), Math.min(sentence.end(), plan.end() + 160)));
            int at = after.find() ? plan.end() + after.end() : later.lookingAt() ? plan.end() + later.end() : -1;
            if (at >= 0) {
                for (EntityMention m : layers.entities(at, Math.min(sentence.end(), at + 40))) {
                    // "by envoy Steve Witkoff": a title or two may stand before the name
                    if (Holders.canHold(m) && (layers.adjacent(at, m.start()) || TITLES.matcher(
                            layers.lower.substring(at, m.start())).matches())) {
                        return m;
                    }
                    break;
                }
            }
        }
        if (layers.chinese) {
            int from = Math.max(sentence.start(), plan.start() - 60);
            Matcher by = AUTHORED_BY.matcher(layers.norm.substring(from, plan.start()));
            if (by.find()) {
                for (EntityMention m : layers.entities(from + by.start(1), from + by.end(1))) {
                    if (Holders.canHold(m)) {
                        return m;
                    }
                }
            }
        }
        boolean nearest = true;
        for (EntityMention m : layers.entitiesBackwards(Math.max(sentence.start(), plan.start() - 48), plan.start())) {
            if (!Holders.canHold(m)) {
                continue;
            }
            String between = layers.lower.substring(m.end(), plan.start());
            boolean linked;
            if (layers.chinese) {
                linked = between.length() <= 7 && between.chars().allMatch(ch -> AUTHOR_LINKS.indexOf(ch) >= 0);
            } else {
                linked = nearest && POSSESSIVE.matcher(between).matches() || SUBMITTED.matcher(between).matches();
            }
            if (linked || layers.chinese) {
                return linked ? Holders.firstOfList(layers, m, sentence.start()) : null; // 英、法、德3國反提案: the first
            }
            nearest = false; // "Moscow handed Kyiv a memorandum": the one handing it over, further back
        }
        return null;
    }
}
