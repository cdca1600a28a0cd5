package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.text.Span;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Who stands behind a document whose words a report gives (《宣言》稱, "the draft calls for", 根據協議): the
 * party named with it (英法聯合聲明, "the Kremlin's statement", "a declaration by Britain and France"), else
 * the party that issued or signed the last document named before it (聯盟各方簽署《巴黎宣言》…《宣言》稱).
 */
final class Documents {

    /** A colon or opening quote: what follows is quoted speech. */
    private static final Pattern QUOTED = Pattern.compile("[：:「“\"]");

    /** How far back (in characters) the issuing of a document is looked for. */
    private static final int ISSUE_REACH = 3000;
    /** What may stand between a party and its document in Chinese (英法聯合聲明, 俄方發表的聲明). */
    private static final String HAN_LINKS = "的之联合共同发表布签署所最新份项《「“ ";
    /** "the Kremlin's statement", "Britain and France's joint declaration". */
    private static final Pattern POSSESSIVE = Pattern.compile("(['’]s)?( (joint|new|latest|final|own|draft|peace))* ?");

    private final Layers layers;
    private final Cues.Hits markers;
    /** Whether a name is whom something is addressed or handed to (向烏方, "to Kyiv"). */
    private final Predicate<EntityMention> addressed;

    Documents(Layers layers, Cues.Hits markers, Predicate<EntityMention> addressed) {
        this.layers = layers;
        this.markers = markers;
        this.addressed = addressed;
    }

    /** The document named last in {@code [from, to)}, with nothing but its own words up to {@code to}, or null. */
    Cues.Hit subjectBefore(int from, int to) {
        Cues.Hit doc = markers.last(Math.max(from, to - (layers.chinese ? 12 : 40)), to, "DOCUMENT");
        if (doc == null || !layers.actors(doc.end(), to).isEmpty()) {
            return null;
        }
        String between = layers.lower.substring(doc.end(), to);
        return between.chars().anyMatch(c -> "，,。；;".indexOf(c) >= 0) ? null : doc;
    }

    /** The first document in {@code [from, to)} ("according to the draft", 根據協議), or null. */
    Cues.Hit after(int from, int to) {
        Cues.Hit doc = markers.first(from, Math.min(to, from + (layers.chinese ? 10 : 30)), "DOCUMENT");
        return doc != null && layers.actors(from, doc.start()).isEmpty() ? doc : null;
    }

    /** The party behind a document, or null when none is named. */
    EntityMention author(Cues.Hit doc) {
        Span sentence = layers.sentenceAt(doc.start());
        EntityMention named = namedWith(doc, sentence);
        return named != null ? named : lastIssuer(doc.start());
    }

    private EntityMention namedWith(Cues.Hit doc, Span sentence) {
        for (EntityMention m : layers.entitiesBackwards(Math.max(sentence.start(), doc.start() - 30), doc.start())) {
            String between = layers.lower.substring(m.end(), doc.start());
            boolean linked = layers.chinese ? between.length() <= 5 && between.chars().allMatch(c -> HAN_LINKS.indexOf(c) >= 0)
                    : POSSESSIVE.matcher(between).matches();
            if (linked && Holders.canHold(m)) {
                return Holders.firstOfList(layers, m, sentence.start());
            }
            break;
        }
        if (!layers.chinese) {
            String rest = layers.lower.substring(doc.end(), Math.min(sentence.end(), doc.end() + 10));
            int by = rest.startsWith(" by ") ? 4 : rest.startsWith(" from ") ? 6 : -1;
            if (by > 0) {
                for (EntityMention m : layers.entities(doc.end() + by, Math.min(sentence.end(), doc.end() + by + 40))) {
                    return Holders.canHold(m) && layers.adjacent(doc.end() + by, m.start()) ? m : null;
                }
            }
        }
        return null;
    }

    /**
     * The party before the last issuing or drafting verb (發表, 簽署, 起草, "issued", "signed") ahead of
     * {@code at}.
     */
    private EntityMention lastIssuer(int at) {
        List<Cues.Hit> issued = markers.in(Math.max(0, at - ISSUE_REACH), at, "ISSUE", "DRAFT");
        for (int i = issued.size() - 1; i >= 0; i--) {
            Cues.Hit h = issued.get(i);
            Span sentence = layers.sentenceAt(h.start());
            EntityMention drafter = h.is("DRAFT") ? drafter(h, sentence) : null;
            if (drafter != null) {
                return drafter;
            }
            for (EntityMention m : layers.entitiesBackwards(sentence.start(), h.start())) {
                // 俄方向烏方遞交備忘錄, "handed to Kyiv": whom a document went to did not issue it
                if (Holders.canHold(m) && !Holders.located(layers, markers, m) && !addressed.test(m)
                        && !layers.clauseBreak(m.end(), h.start())) {
                    return Holders.firstOfList(layers, m, sentence.start());
                }
            }
            // "In a joint declaration signed in Paris, the coalition pledged…": the subject after the document
            for (EntityMention m : layers.entities(h.end(), sentence.end())) {
                if (QUOTED.matcher(layers.norm.substring(h.end(), m.start())).find()) {
                    break; // …發表聯合聲明表示：「我們支持川普…」: who is quoted about is not who issued it
                }
                if (Holders.canHold(m) && !Holders.located(layers, markers, m)) {
                    return layers.clauseBreak(h.end(), m.start()) ? m : null;
                }
            }
        }
        return null;
    }

    /** 由美國特使威特科夫與…起草, "drawn up by Witkoff and…": the first party named after 由 or "by". */
    private EntityMention drafter(Cues.Hit draft, Span sentence) {
        int from;
        int to;
        if (layers.chinese) {
            int by = layers.norm.lastIndexOf('由', draft.start());
            from = by < sentence.start() || layers.clauseBreak(by, draft.start()) ? -1 : by + 1;
            to = draft.start();
        } else {
            boolean by = layers.lower.startsWith(" by ", draft.end()) || draft.cue().endsWith(" by");
            from = by ? draft.end() : -1;
            to = Math.min(sentence.end(), draft.end() + 40);
        }
        if (from < 0) {
            return null;
        }
        for (EntityMention m : layers.entities(from, to)) {
            if (Holders.canHold(m) && !Holders.located(layers, markers, m)) {
                return m;
            }
        }
        return null;
    }
}
