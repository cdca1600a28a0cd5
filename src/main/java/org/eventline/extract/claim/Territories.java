package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;

import java.util.ArrayList;
import java.util.List;

/**
 * The places at stake in a claim: those named in it, and the one a reference points back to ("the
 * region", 該地區, 讓出的地帶): the nearest place named before as a region (頓巴斯（…）地區, "the Donbas
 * region"), else the nearest place named before. Land itself ("give up land") is at stake too, naming no place.
 */
final class Territories {

    /** How far back a reference looks for its place, in characters. */
    private static final int LOOK_BACK = 800;

    private Territories() {
    }

    /** Whether a place at stake is named or referred to in {@code [from, to)}. */
    static boolean named(Layers layers, Cues.Hits markers, Cues.Hits events, int from, int to) {
        for (EntityMention m : layers.entities(from, to)) {
            if (Holders.territory(m) && !venue(layers, events, m)) {
                return true;
            }
        }
        return markers.any(from, to, "PLACE_REF");
    }

    /** Whether land itself is at stake in {@code [from, to)} ("give up land"), other than in the claim word. */
    static boolean land(Cues.Hits markers, int from, int to, Cues.Hit claimWord) {
        return markers.in(from, to, "LAND").stream()
                .anyMatch(h -> h.end() <= claimWord.start() || h.start() >= claimWord.end());
    }

    static List<String> of(Layers layers, Cues.Hits markers, Cues.Hits events, int from, int to) {
        List<String> out = new ArrayList<>();
        for (EntityMention m : layers.entities(from, to)) {
            if (Holders.territory(m) && !venue(layers, events, m) && !out.contains(m.entry().key())) {
                out.add(m.entry().key());
            }
        }
        for (Cues.Hit ref : markers.in(from, to, "PLACE_REF")) {
            if (!ref.option().isEmpty()) {
                // "the four regions": the places of that many names before
                for (String key : antecedents(layers, events, ref.start(), Integer.parseInt(ref.option()))) {
                    if (!out.contains(key)) {
                        out.add(key);
                    }
                }
                continue;
            }
            EntityMention m = antecedent(layers, markers, events, ref.start());
            if (m != null && !out.contains(m.entry().key())) {
                out.add(m.entry().key());
            }
        }
        return out;
    }

    /** Where talks are held, not what they are about: 柏林會談, 在柏林舉行的會談, "the Berlin talks". */
    private static boolean venue(Layers layers, Cues.Hits events, EntityMention m) {
        Cues.Hit next = events.first(m.end(), Math.min(layers.text.length(), m.end() + 8));
        if (next == null) {
            return false;
        }
        String between = layers.norm.substring(m.end(), next.start());
        return between.isBlank() || between.chars().allMatch(c -> "举行的办召开".indexOf(c) >= 0);
    }

    /** The last {@code count} distinct places named before {@code at}, or none when fewer are named. */
    private static List<String> antecedents(Layers layers, Cues.Hits events, int at, int count) {
        List<String> keys = new ArrayList<>();
        for (EntityMention m : layers.entitiesBackwards(Math.max(0, at - LOOK_BACK), at)) {
            String between = layers.lower.substring(m.end(), at).strip();
            if (between.equals("and") || between.equals("and the") || "、和与及".contains(between) && between.length() == 1) {
                continue; // "Crimea and the four regions": named beside them, not one of them
            }
            if (Holders.territory(m) && !venue(layers, events, m) && !keys.contains(m.entry().key())) {
                keys.add(m.entry().key());
                if (keys.size() == count) {
                    return keys;
                }
            }
        }
        return List.of();
    }

    private static EntityMention antecedent(Layers layers, Cues.Hits markers, Cues.Hits events, int at) {
        EntityMention nearest = null;
        for (EntityMention m : layers.entitiesBackwards(Math.max(0, at - LOOK_BACK), at)) {
            if (!Holders.territory(m) || venue(layers, events, m)) {
                continue;
            }
            if (nearest == null) {
                nearest = m;
            }
            if (namedAsRegion(layers, markers, m)) {
                return m;
            }
        }
        return nearest;
    }

    /** 頓巴斯地區, 頓巴斯（Donbas）地區, "the Donbas region" (as one alias or followed by the noun). */
    private static boolean namedAsRegion(Layers layers, Cues.Hits markers, EntityMention m) {
        if (markers.any(m.start(), m.end(), "REGION")) {
            return true;
        }
        int k = m.end();
        String text = layers.text;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k < text.length() && (text.charAt(k) == '（' || text.charAt(k) == '(')) {
            char close = text.charAt(k) == '（' ? '）' : ')';
            int end = text.indexOf(close, k);
            if (end < 0 || end - k > 60) {
                return false;
            }
            k = end + 1;
        }
        Cues.Hit region = markers.first(k, Math.min(text.length(), k + 12), "REGION");
        return region != null && region.start() == k;
    }
}
