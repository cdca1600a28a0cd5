package org.eventline.extract.claim;

import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Kind;
import org.eventline.text.Scripts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Who a mention stands for when it holds a position. */
final class Holders {

    /** Offices whose holders speak for their state rather than for themselves. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman",
            "spokeswoman", "press secretary");

    /** Canonical names of the government departments that speak for their state. */
    private static final List<String> EXECUTIVES = List.of("Ministry of", "Department of",
            "United States Department of", "Office of the President");

    private Holders() {
    }

    /**
     * The actor id a mention holds positions as: itself for people, states and bodies (a named person
     * stays the holder, a spokesperson or ministry speaks for the state), the state a capital stands for (Kyiv refuses → Ukraine), nobody for an outlet
     * (it reports, it holds nothing) or a plain place.
     */
    static String key(EntityMention m) {
        if (m == null) {
            return null;
        }
        Kind kind = m.entry().kind();
        if (kind == Kind.MEDIA) {
            return null;
        }
        if (kind == Kind.PLACE) {
            return m.entry().affiliation();
        }
        if (kind == Kind.PERSON && m.entry().office() != null && SPOKESPEOPLE.contains(m.entry().office())
                && m.entry().affiliation() != null) {
            return m.entry().affiliation(); // a spokesperson's words are the government's position
        }
        if (kind == Kind.ORGANIZATION && m.entry().affiliation() != null && executive(m.entry().name())) {
            return m.entry().affiliation(); // 烏克蘭外交部回應: the government speaks
        }
        return m.entry().key();
    }

    private static boolean executive(String name) {
        return EXECUTIVES.stream().anyMatch(name::startsWith);
    }

    /** A place at stake: a place that is not standing for a government (Donbas, not Kyiv). */
    static boolean territory(EntityMention m) {
        return m.entry().kind() == Kind.PLACE && m.entry().affiliation() == null;
    }

    /** What joins the names of a list: 美、烏, 美與歐, "Britain and France", "Merz, Macron". */
    private static final String LIST_JOINERS = "、和与與及,";

    /** "In Europe, …": a name after "in" or "at" is where, not one of a list. */
    private static final Pattern PLACED = Pattern.compile("\\b(in|at) (the )?$");

    /**
     * The first name of the list a mention ends (美歐願給 → 美; "Starmer, Macron and Merz said" → Starmer):
     * a list speaks as one, and its first name stands for it.
     */
    static EntityMention firstOfList(Layers layers, EntityMention m, int from) {
        EntityMention first = m;
        boolean moved = true;
        boolean coordinated = false; // an English list ends with "and": "Alongside Macron, Zelensky said" is none
        while (moved) {
            moved = false;
            int reach = layers.chinese ? 2 : 7;
            for (EntityMention p : layers.entitiesBackwards(Math.max(from, first.start() - reach - 40), first.start())) {
                if (p.end() < first.start() - reach) {
                    break;
                }
                String raw = layers.norm.substring(p.end(), first.start());
                String between = raw.strip();
                if (layers.chinese && !raw.equals(between)) {
                    break; // 會見威特科夫 俄方稱: a headline's parts, not a list
                }
                // "In Europe, Britain and France have said…": where they are is no item of the list
                boolean placed = !layers.chinese && PLACED.matcher(layers.lower.substring(Math.max(0, p.start() - 4), p.start())).find();
                // "…would not fight Russia, Macron said": a comma joins only names of a kind into a list
                boolean unlike = between.equals(",") && p.entry().kind() != first.entry().kind()
                        && (p.entry().kind() == Kind.PERSON || first.entry().kind() == Kind.PERSON);
                boolean and = between.equals("and") || between.equals(", and");
                boolean joined = between.length() == 1 && LIST_JOINERS.indexOf(between.charAt(0)) >= 0
                        && (layers.chinese || coordinated || !between.equals(","));
                if (canHold(p) && !placed && !unlike && (between.isEmpty() || and || joined)) {
                    first = p;
                    moved = true;
                    coordinated |= and;
                }
                break;
            }
        }
        return first;
    }

    /** How far before a place the word saying where it is (在, "in") may stand: 在瑞典首都斯德哥爾摩. */
    private static final int VENUE_REACH = 12;

    /** 在巴黎, "in Ukraine", "at the Élysée Palace": where something is or happens, not who acts. */
    static boolean located(Layers layers, org.eventline.extract.cue.Cues.Hits markers, EntityMention m) {
        org.eventline.extract.cue.Cues.Hit at = markers.last(Math.max(0, m.start() - 8), m.start(), "VENUE");
        return at != null && layers.adjacent(at.end(), m.start()) || cityOfPlace(layers, markers, m);
    }

    /** 在瑞典首都斯德哥爾摩: a Chinese city that a venue word, a place and its place noun lead to. */
    static boolean cityOfPlace(Layers layers, org.eventline.extract.cue.Cues.Hits markers, EntityMention m) {
        if (!layers.chinese || m.entry().kind() != Kind.PLACE) {
            return false;
        }
        org.eventline.extract.cue.Cues.Hit at = markers.last(Math.max(0, m.start() - VENUE_REACH), m.start(), "VENUE");
        List<EntityMention> between = at == null ? List.of() : layers.entities(at.end(), m.start());
        if (between.isEmpty() || !layers.adjacent(at.end(), between.get(0).start())) {
            return false;
        }
        int from = between.get(between.size() - 1).end();
        return from == m.start() || markers.in(from, m.start(), "PLACE_NOUN").stream()
                .anyMatch(w -> w.start() == from && w.end() == m.start());
    }

    /**
     * The speaker a clause names right before a colon, as headlines quote (特朗普：烏克蘭須接受…, "Zelensky: we will
     * not cede land"): the clause is short and ends with the name. Null when it is not such a clause.
     */
    static EntityMention beforeColon(Layers layers, org.eventline.text.Span clause) {
        int end = clause.end();
        if (end >= layers.text.length() || layers.text.charAt(end) != '：' && layers.text.charAt(end) != ':'
                || end - clause.start() > (layers.chinese ? 12 : 40)) {
            return null;
        }
        List<EntityMention> in = layers.entities(clause.start(), end);
        if (in.isEmpty()) {
            return null;
        }
        EntityMention who = in.get(in.size() - 1);
        return canHold(who) && roleOnly(layers.text.substring(who.end(), end), layers.chinese) ? who : null;
    }

    /** What may stand between a name and its colon: nothing, or its role (俄外長：, "Kremlin spokesman:"). */
    private static boolean roleOnly(String between, boolean chinese) {
        return chinese ? between.length() <= 4 && between.chars().allMatch(c -> Scripts.isHan((char) c))
                : between.isEmpty() || between.length() <= 24 && between.matches(" [a-z][a-z -]*");
    }

    /** Whether a mention can speak or hold: an actor other than an outlet, or a capital standing for its state. */
    static boolean canHold(EntityMention m) {
        return key(m) != null;
    }
}
