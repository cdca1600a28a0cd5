package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a holder stands to a claim, from the stance cues of its clause (stances.tsv): negation turns an
 * offer, acceptance, proposal or demand into a refusal; a demand governs the negations inside it; a
 * condition wins over everything; and the condition itself, as written.
 */
final class StanceReader {

    private static final List<String> PRECEDENCE = List.of("CONDITION", "REJECT", "DEMAND", "PROPOSE", "ACCEPT",
            "OFFER");
    private static final String[] VERBS = {"OFFER", "DEMAND", "PROPOSE", "ACCEPT", "REJECT", "CONDITION"};

    private final Layers layers;
    private final Cues.Hits markers;

    StanceReader(Layers layers, Cues.Hits markers) {
        this.layers = layers;
        this.markers = markers;
    }

    /** A form of "be" (and an adverb) right before a participle: a passive, whose agent follows "by". */
    private static final java.util.regex.Pattern BE = java.util.regex.Pattern.compile(
            "\\b(is|are|was|were|be|been|being)( [a-z]+ly)? $");

    /**
     * A participle describing a noun ("a force backed by the United States"): no stance of the clause's holder.
     * A passive ("was backed by the US") is one.
     */
    boolean describes(Cues.Hit h) {
        if (layers.chinese || !layers.lower.startsWith(" by ", h.end())) {
            return false;
        }
        return !BE.matcher(layers.lower.substring(Math.max(0, h.start() - 24), h.start())).find();
    }

    /** A stance verb: a cue of a stance other than STATE and NEGATION. */
    static boolean isVerb(Cues.Hit h) {
        for (String v : VERBS) {
            if (h.is(v)) {
                return true;
            }
        }
        return false;
    }

    /** The stance of the clause {@code [from, to)} with these stance cues, or null when none is said. */
    String stance(int from, int to, List<Cues.Hit> cues) {
        Set<String> present = new HashSet<>();
        if (markers.any(from, to, "IF")) {
            present.add("CONDITION");
        }
        String governing = governing(cues);
        if (governing != null && !present.contains("CONDITION")
                && cues.stream().noneMatch(h -> h.is("CONDITION"))) {
            return governing;
        }
        for (Cues.Hit h : cues) {
            if (h.is("NEGATION") || describes(h)) {
                continue;
            }
            String label = h.label();
            if (negates(cues, h) && (label.equals("OFFER") || label.equals("ACCEPT") || label.equals("PROPOSE")
                    || label.equals("DEMAND"))) {
                label = "REJECT";
            }
            if (h.option().equals("say") && cues.stream().anyMatch(n -> n.is("NEGATION") && n.start() >= h.end())) {
                label = "REJECT"; // "insisted there would be no talk of ceding land": insists on a refusal
            }
            if (label.equals("ACCEPT") && h.option().equals("commit") && cues.stream().anyMatch(o -> o.is("OFFER")
                    && o.start() >= h.end() && !negates(cues, o) && !describes(o))) {
                label = "OFFER"; // 同意在停火後派遣部隊, "agreed to provide": they commit themselves
            }
            present.add(label);
        }
        for (String s : PRECEDENCE) {
            if (present.contains(s)) {
                return s;
            }
        }
        return present.contains("STATE") ? "STATE" : null;
    }

    /**
     * A demand or proposal that governs what follows it, negations included ("wants guarantees that NATO
     * will not expand", 要求北約不再東擴): the first stance verb, when it demands or proposes, is not
     * a saying verb (insisted, 堅持) and is not itself negated.
     */
    private String governing(List<Cues.Hit> cues) {
        for (Cues.Hit h : cues) {
            if (!isVerb(h) || nounUse(h)) {
                continue;
            }
            boolean demands = h.is("DEMAND") || h.is("PROPOSE");
            if (!demands || h.option().equals("say") || h.option().equals("other") || negates(cues, h)) {
                return null;
            }
            boolean negationAfter = cues.stream().anyMatch(n -> n.start() >= h.end()
                    && (n.is("NEGATION") || n.is("REJECT")));
            return negationAfter ? h.label() : null;
        }
        return null;
    }

    /** 歐洲維和部隊的構想, 俄方的要求: after 的 the cue names a thing, it governs nothing. */
    private boolean nounUse(Cues.Hit h) {
        return layers.chinese && h.start() > 0 && layers.norm.charAt(h.start() - 1) == '的';
    }

    /** A negation shortly before a cue, in the same clause (不會提供, "will not accept", 不被俄方接受). */
    private boolean negates(List<Cues.Hit> cues, Cues.Hit h) {
        int reach = layers.chinese ? 4 : 14;
        for (Cues.Hit n : cues) {
            // 不會參與: the negation may share its last characters with the cue (會參與)
            boolean before = n.end() <= h.start() || n.start() < h.start() && n.end() < h.end();
            // 不會向烏克蘭派遣: a name between them (to whom, where) does not part them
            if (n.is("NEGATION") && before && h.start() - n.end() - named(n.end(), h.start()) <= reach
                    && !layers.clauseBreak(n.end(), h.start())) {
                return true;
            }
        }
        return false;
    }

    /** Characters of Chinese names between two offsets. */
    private int named(int from, int to) {
        if (!layers.chinese || to - from <= 4) {
            return 0;
        }
        int inside = 0;
        for (EntityMention m : layers.entities(from, to)) {
            inside += m.end() - m.start();
        }
        return inside;
    }

    /** Characters in brackets between two offsets: 不會自頓內茨克（Donetsk）州撤軍 is as near as without the gloss. */
    private int glossed(int from, int to) {
        int inside = 0;
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = layers.text.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            }
            if (depth > 0) {
                inside++;
            }
            if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return inside;
    }

    boolean negatedNear(List<Cues.Hit> cues, int typeAt) {
        int reach = layers.chinese ? 8 : 30;
        for (Cues.Hit n : cues) {
            if (n.is("NEGATION") && n.end() <= typeAt && typeAt - n.end() - glossed(n.end(), typeAt) <= reach
                    && !layers.clauseBreak(n.end(), typeAt)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The condition as written: from the word that opens it (需經, "if", "subject to") to the clause end,
     * or up to the word that closes it (在美國支援的前提下).
     */
    String condition(int from, int to, List<Cues.Hit> cues) {
        Cues.Hit open = markers.first(from, to, "IF");
        if (open != null && open.option().equals("before")) {
            int at = layers.norm.lastIndexOf('在', open.start());
            int clauseStart = Math.max(from, Math.max(layers.norm.lastIndexOf('，', open.start()),
                    layers.norm.lastIndexOf(',', open.start())) + 1);
            return layers.text.substring(at >= clauseStart ? at : clauseStart, open.end());
        }
        if (open == null) {
            for (Cues.Hit h : cues) {
                if (h.is("CONDITION") || h.is("DEMAND") && h.option().equals("other") && cues.stream()
                        .anyMatch(x -> x.is("CONDITION"))) {
                    open = h;
                    break;
                }
            }
        }
        if (open == null) {
            return null;
        }
        int start = open.start();
        if (open.option().equals("other")) {
            start = approver(cues, start, from); // 尋求國會批准, "need approval by the Senate"
        }
        int end = layers.trimmedEnd(open.start(), to);
        for (int k = open.end(); k < end; k++) {
            if ("，,；;".indexOf(layers.norm.charAt(k)) >= 0) {
                end = layers.trimmedEnd(open.start(), k); // 若烏軍撤出頓巴斯，俄方願意…: the condition is its own clause
                break;
            }
        }
        while (end > open.start() && "」』”\"'）)".indexOf(layers.text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > open.start() ? layers.text.substring(start, end) : null;
    }

    /** Where an approval's condition starts: at the body that approves (國會批准) and the verb asking for it. */
    private int approver(List<Cues.Hit> cues, int start, int from) {
        for (var m : layers.entitiesBackwards(Math.max(from, start - 20), start)) {
            if (m.isActor() && layers.blank(m.end(), start)) {
                start = m.start();
            }
            break;
        }
        for (Cues.Hit h : cues) {
            if (isVerb(h) && h.end() <= start && layers.blank(h.end(), start) && h.start() >= from) {
                start = h.start();
            }
        }
        return start;
    }
}
