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
    /** What may stand between two coordinated names: 與 and a short description (與東北部大城), or "and". */
    private static final Pattern COORDINATION = Pattern.compile("(?:[与和及跟、]|以及)[^，。；、,;：:「」“”()（）与和及]{0,8}|,? and (?:the )?|, ");
    private static final Pattern SHORT_COORDINATION = Pattern.compile("[与和及跟、]|以及|,? and |, ");
    /** The day of a wire dateline after its city (柏林15日綜合外電報導, 新华社莫斯科5月16日电): the city is where it was filed. */
    private static final Pattern FILED_AFTER = Pattern.compile("^(?:\\d{1,2}月)?\\d{1,2}日(?:综合)?(?:外电|专电|电|报导|报道)");
    /** "officials from the United States": the people of a state, not a place they come from. */
    private static final Pattern PEOPLE_FROM = Pattern.compile("\\b(officials|envoys|delegates|delegations?|negotiators|"
            + "leaders|representatives|diplomats|ministers|lawmakers|advisers|advisors|teams?) from$", Pattern.CASE_INSENSITIVE);
    /** A country before its capital (愛爾蘭首都都柏林, "Albania's capital, Tirana") is named as a place. */
    private static final Pattern CAPITAL_AFTER = Pattern.compile("^(?:的)?(?:首都|首府)|^'s capital\\b");

    private final NameCues cues;

    Readings(Gazetteer gazetteer) {
        this.cues = gazetteer.cues();
    }

    List<EntityMention> read(Found f, Gazetteer gazetteer) {
        List<EntityMention> found = f.sorted();
        List<EntityMention> out = new java.util.ArrayList<>(found.size());
        for (EntityMention m : found) {
            out.add(read(f, gazetteer, m));
        }
        coordinated(f, found, out);
        return out;
    }

    /**
     * A capital named beside a place reads as a place too: 基輔與北部城市契尼希夫周邊, "Kyiv and Kharkiv".
     * Two capitals standing for their states (莫斯科與基輔) stay actors.
     */
    private static void coordinated(Found f, List<EntityMention> found, List<EntityMention> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            EntityMention a = out.get(i);
            EntityMention b = out.get(i + 1);
            if (!COORDINATION.matcher(f.norm.substring(a.end(), b.start())).matches()) {
                continue;
            }
            boolean aPlace = a.entry().kind() == Kind.PLACE;
            boolean bPlace = b.entry().kind() == Kind.PLACE;
            if (a.source() == Source.METONYM && bPlace) {
                out.set(i, found.get(i));
            } else if (b.source() == Source.METONYM && aPlace
                    && SHORT_COORDINATION.matcher(f.norm.substring(a.end(), b.start())).matches()) {
                out.set(i + 1, found.get(i + 1));
            } else if (f.chinese && aPlace && b.entry().kind() == Kind.COUNTRY && !isSide(b.text())
                    && f.norm.substring(a.end(), b.start()).equals("、")) {
                // 在奧地利、瑞士或梵蒂岡舉行: the places of a list the first of which is a place
                out.set(i + 1, asPlace(b));
            }
        }
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
            return asPlace(m);
        }
        return m;
    }

    /** A country's name read as the place, not the state (在烏克蘭, "in neighbouring Poland"). */
    private static EntityMention asPlace(EntityMention m) {
        return new EntityMention(m.entry().asPlace(), m.start(), m.end(), m.text(), m.confidence() - 0.1, m.source());
    }

    /** 美方, 美國政府, "the Ukrainian side": always the actor. */
    private static boolean isSide(String text) {
        return text.endsWith("方") || text.endsWith("政府") || text.contains("government") || text.contains("side")
                || text.contains("administration") || text.endsWith("当局") || text.endsWith("當局");
    }

    private boolean placeContext(Found f, EntityMention m) {
        String t = f.norm;
        String after = t.substring(m.end(), Math.min(t.length(), m.end() + 12));
        if (m.entry().kind() != Kind.PLACE && CAPITAL_AFTER.matcher(after).find()) {
            return true;
        }
        if (f.chinese) {
            if (FILED_AFTER.matcher(after).find()) {
                return true;
            }
            String before = cues.placeBefore.endingAt(t, m.start());
            if (before != null && !ISSUE_AFTER.matcher(after).find()) {
                return true;
            }
            String next = cues.placeAfter.startingAt(t, m.end());
            return next != null && m.entry().kind() == Kind.PLACE || m.entry().kind() == Kind.PLACE && target(f, m);
        }
        String head = t.substring(Math.max(0, m.start() - 25), m.start());
        if (head.endsWith("the ")) {
            head = head.substring(0, head.length() - 4);
        }
        if (head.endsWith(" ")) {
            String stripped = head.stripTrailing();
            String cue = cues.placeBefore.endingAt(stripped, stripped.length());
            if (cue != null && wordBoundaryBefore(stripped, cue) && !ENGLISH_ISSUE_AFTER.matcher(after).find()
                    && !(cue.equals("from") && PEOPLE_FROM.matcher(stripped).find())) {
                return true;
            }
        }
        if (m.entry().kind() == Kind.PLACE && after.startsWith(" ")) {
            String next = cues.placeAfter.startingAt(after, 1);
            return next != null && (after.length() == 1 + next.length() || !Character.isLetter(after.charAt(1 + next.length())));
        }
        return false;
    }

    /**
     * 對基輔發動攻擊, 對基輔與哈爾科夫發動大規模無人機攻擊: a city after 對 whose clause goes on to an attack
     * is its target, a place.
     */
    private boolean target(Found f, EntityMention m) {
        if (m.start() == 0 || "对向朝".indexOf(f.norm.charAt(m.start() - 1)) < 0) {
            return false;
        }
        int end = m.end();
        while (end < f.norm.length() && end < m.end() + 30 && "，。；！？\n".indexOf(f.norm.charAt(end)) < 0) {
            end++;
        }
        String clause = f.norm.substring(m.end(), end);
        for (String w : cues.placeTargets) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordBoundaryBefore(String text, String cue) {
        int s = text.length() - cue.length();
        return s == 0 || !Character.isLetter(text.charAt(s - 1));
    }
}
