package org.eventline.extract.entity;

import org.eventline.extract.entity.EntityMention.Source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a place named as the place of something from a state named as an actor. A capital or seat of
 * power stands for its state (華府表示, "Kyiv refused", "the Kremlin said") unless the text makes it a
 * place ("talks in Berlin", 轟炸基輔, 柏林會談); a country is an actor unless the text makes it a place
 * ("travel to Germany", 訪問德國). Europe, the group, reads the same way as a country.
 */
final class Readings {

    /** After 在/於 + country: an issue, not a location (在烏克蘭問題上). */
    private static final Pattern ISSUE_AFTER = Pattern.compile("^(?:的)?(?:问题|议题|战争|危机|政策|立场|方面|局势|上|和平|领土|安全|主权|冲突|战事|'s)");
    private static final Pattern ENGLISH_ISSUE_AFTER = Pattern.compile("^(?:'s|-)");

    private final NameCues cues;

    Readings(Gazetteer gazetteer) {
        this.cues = gazetteer.cues();
    }

    List<EntityMention> read(Found f, Gazetteer gazetteer) {
        List<EntityMention> out = new java.util.ArrayList<>();
        for (EntityMention m : f.sorted()) {
            out.add(read(f, gazetteer, m));
        }
        return out;
    }

    private EntityMention read(Found f, Gazetteer gazetteer, EntityMention m) {
        Entry e = m.entry();
        boolean geographic = e.kind() == Kind.COUNTRY || e.key().equals("Q46") || e.kind() == Kind.PLACE;
        if (!geographic || m.source() == Source.ABBREVIATION || m.source() == Source.DEMONYM) {
            return m;
        }
        boolean place = placeContext(f, m);
        if (e.kind() == Kind.PLACE) {
            Entry state = e.affiliation() == null ? null : gazetteer.get(e.affiliation());
            if (state == null || place) {
                return m;
            }
            return new EntityMention(state, m.start(), m.end(), m.text(), m.confidence() - 0.1, Source.METONYM);
        }
        if (place && !isSide(m.text())) {
            return new EntityMention(e.asPlace(), m.start(), m.end(), m.text(), m.confidence() - 0.1, m.source());
        }
        return m;
    }

    /** 美方, 美國政府, "the Ukrainian side": always the actor. */
    private static boolean isSide(String text) {
        return text.endsWith("方") || text.endsWith("政府") || text.contains("government") || text.contains("side")
                || text.contains("administration") || text.endsWith("当局") || text.endsWith("當局");
    }

    private boolean placeContext(Found f, EntityMention m) {
        String t = f.norm;
        String after = t.substring(m.end(), Math.min(t.length(), m.end() + 12));
        if (f.chinese) {
            String before = NameCues.endingAt(cues.placeBefore, t, m.start());
            if (before != null && !ISSUE_AFTER.matcher(after).find()) {
                return true;
            }
            String next = NameCues.startingAt(cues.placeAfter, t, m.end());
            return next != null && m.entry().kind() == Kind.PLACE;
        }
        String head = t.substring(Math.max(0, m.start() - 25), m.start());
        if (head.endsWith("the ")) {
            head = head.substring(0, head.length() - 4);
        }
        if (head.endsWith(" ")) {
            String stripped = head.stripTrailing();
            String cue = NameCues.endingAt(cues.placeBefore, stripped, stripped.length());
            if (cue != null && wordBoundaryBefore(stripped, cue) && !ENGLISH_ISSUE_AFTER.matcher(after).find()) {
                return true;
            }
        }
        if (m.entry().kind() == Kind.PLACE && after.startsWith(" ")) {
            String next = NameCues.startingAt(cues.placeAfter, after, 1);
            return next != null && (after.length() == 1 + next.length() || !Character.isLetter(after.charAt(1 + next.length())));
        }
        return false;
    }

    private static boolean wordBoundaryBefore(String text, String cue) {
        int s = text.length() - cue.length();
        return s == 0 || !Character.isLetter(text.charAt(s - 1));
    }
}
