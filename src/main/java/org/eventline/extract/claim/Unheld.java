package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.text.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * What reads like a position but no party holds: a commentator's reading (分析人士認為, "analysts say"), a
 * question the report asks, what it wonders about, and background dated years back.
 */
final class Unheld {

    private final Layers layers;
    private final Cues.Hits attributionHits;
    private final Cues.Hits markerHits;
    private final LocalDate anchor;

    Unheld(ClaimText text) {
        this.layers = text.layers();
        this.attributionHits = text.attribution();
        this.markerHits = text.markers();
        this.anchor = text.doc().anchor;
    }

    /**
     * What no party holds: a commentator's reading (分析人士認為, "analysts say") or a question the report
     * asks, unless a party is named as saying it.
     */
    boolean unreported(Said speaker, Span sentence, List<Said> said, Unit u) {
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
    boolean wonders(Unit u) {
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
    boolean history(int from, int to) {
        for (var t : layers.times(from, to)) {
            String v = t.value();
            boolean since = markerHits.any(Math.max(0, t.start() - 6), t.start(), "SINCE")
                    || markerHits.any(t.end(), Math.min(layers.text.length(), t.end() + 3), "SINCE");
            if (!since && v.length() >= 4 && v.chars().limit(4).allMatch(Character::isDigit)
                    && Integer.parseInt(v.substring(0, 4)) <= anchor.getYear() - 2) {
                return true;
            }
        }
        return false;
    }

    /** "Reporters asked Trump whether he would send troops", 記者詢問川普是否會派兵: a question put to him. */
    boolean questioned(Unit u) {
        return markerHits.any(u.start(), u.core(), "QUESTION");
    }

    /** A sentence that asks: it ends with a question mark, or 嗎 before its end. */
    boolean asks(Span sentence) {
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
}
