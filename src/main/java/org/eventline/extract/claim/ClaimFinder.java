package org.eventline.extract.claim;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.extract.Lexicon;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Kind;
import org.eventline.model.Claim;
import org.eventline.model.Stance;
import org.eventline.model.TimeType;
import org.eventline.model.Timex;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Claims: a clause with a claim cue (claims.tsv) becomes a claim of that type. Its holder comes from
 * attribution (attribution.tsv: X表示, "X said", "according to X"), else the clause's or sentence's first
 * actor, else the speaker of the sentence before. Its stance comes from stance cues (stances.tsv) in the
 * clause, with CONDITION and REJECT taking precedence, STATE when none is present.
 */
public final class ClaimFinder implements Component {

    private static final List<Stance> PRECEDENCE = List.of(Stance.CONDITION, Stance.REJECT, Stance.DEMAND,
            Stance.PROPOSE, Stance.ACCEPT, Stance.OFFER);

    private final Cues types;
    private final Cues stances;
    private final Cues attribution;

    public ClaimFinder(Lexicon lexicon) {
        this.types = new Cues(lexicon, "claims.tsv");
        this.stances = new Cues(lexicon, "stances.tsv");
        this.attribution = new Cues(lexicon, "attribution.tsv");
    }

    @Override
    public void process(Doc doc) {
        String norm = doc.text.normalized();
        EntityMention lastSpeaker = null;
        int n = 0;
        for (Span sentence : doc.text.sentences()) {
            EntityMention speaker = speaker(doc, sentence);
            if (speaker == null && lastSpeaker != null && continuesSpeech(norm, sentence)) {
                speaker = lastSpeaker;
            }
            for (Span clause : Clauses.split(norm, sentence)) {
                List<Cues.Hit> typeHits = types.find(norm, clause.start(), clause.end());
                if (typeHits.isEmpty()) {
                    continue;
                }
                String type = typeHits.get(0).label();
                EntityMention holder = speaker != null ? speaker : firstActor(doc, clause, sentence);
                if (holder == null) {
                    continue;
                }
                List<Cues.Hit> stanceHits = stances.find(norm, clause.start(), clause.end());
                boolean negated = stanceHits.stream().anyMatch(h -> h.label().equals("NEGATION"));
                Stance stance = stance(stanceHits, negated);
                List<String> territories = new ArrayList<>();
                Set<String> beneficiaries = new LinkedHashSet<>();
                for (EntityMention m : doc.entities) {
                    if (clause.start() <= m.start() && m.end() <= clause.end()) {
                        if (m.entry().kind() == Kind.PLACE) {
                            if (type.equals("TERRITORIAL_POSITION") && !territories.contains(m.entry().key())) {
                                territories.add(m.entry().key());
                            }
                        } else if (!m.entry().key().equals(holder.entry().key())
                                && m.entry().kind() == Kind.COUNTRY && m.start() > holder.end()) {
                            beneficiaries.add(m.entry().key());
                        }
                    }
                }
                String text = doc.text.text().substring(clause.start(), clause.end());
                doc.claims.add(new Claim("c" + (++n), type, holder.entry().key(), stance, negated,
                        List.copyOf(beneficiaries), territories, claimDate(doc, sentence), null, text,
                        clause.start(), clause.end(), speaker != null ? 0.7 : 0.5));
            }
            if (speaker != null) {
                lastSpeaker = speaker;
            }
        }
    }

    private static Stance stance(List<Cues.Hit> hits, boolean negated) {
        for (Stance s : PRECEDENCE) {
            if (hits.stream().anyMatch(h -> h.label().equals(s.name()))) {
                return s;
            }
        }
        return negated ? Stance.REJECT : Stance.STATE;
    }

    /** The actor right before an attribution cue (X表示, X said), or after "according to". */
    private EntityMention speaker(Doc doc, Span sentence) {
        String norm = doc.text.normalized();
        for (Cues.Hit hit : attribution.find(norm, sentence.start(), sentence.end())) {
            if (hit.label().equals("BEFORE")) {
                EntityMention m = firstActorIn(doc, hit.end(), Math.min(sentence.end(), hit.end() + 40));
                if (m != null) {
                    return m;
                }
            } else {
                EntityMention best = null;
                for (EntityMention m : doc.entities) {
                    if (m.isActor() && m.start() >= sentence.start() && m.end() <= hit.start()
                            && hit.start() - m.end() <= 25) {
                        best = m;
                    }
                }
                if (best != null) {
                    return best;
                }
            }
        }
        return null;
    }

    private static boolean continuesSpeech(String norm, Span sentence) {
        String head = norm.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + 12)).toLowerCase();
        return head.startsWith("官员") || head.startsWith("他") || head.startsWith("她") || head.startsWith("声明")
                || head.startsWith("he ") || head.startsWith("she ") || head.startsWith("the official");
    }

    private static EntityMention firstActor(Doc doc, Span clause, Span sentence) {
        EntityMention m = firstActorIn(doc, clause.start(), clause.end());
        return m != null ? m : firstActorIn(doc, sentence.start(), sentence.end());
    }

    private static EntityMention firstActorIn(Doc doc, int from, int to) {
        for (EntityMention m : doc.entities) {
            if (m.isActor() && m.start() >= from && m.end() <= to) {
                return m;
            }
        }
        return null;
    }

    /** A concrete date written in the sentence, else the publication date. */
    static String claimDate(Doc doc, Span sentence) {
        for (Timex t : doc.times) {
            if (t.type() == TimeType.DATE && sentence.start() <= t.start() && t.end() <= sentence.end()
                    && Character.isDigit(t.value().charAt(0)) && !t.value().contains("/")) {
                return t.value();
            }
        }
        return doc.anchor == null ? null : doc.anchor.toString();
    }
}
