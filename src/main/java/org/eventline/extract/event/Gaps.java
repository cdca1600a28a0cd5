package org.eventline.extract.event;

import org.eventline.extract.cue.Layers;
import org.eventline.model.Timex;

import java.util.regex.Pattern;

/** The text between two names with the times in it blanked out: 基輔周五凌晨遭到, 澤倫斯基19日與川普, 7日，習近平. */
final class Gaps {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、]");

    private Gaps() {
    }

    /** The lower-cased text between two offsets, each time in it replaced by spaces. */
    static String withoutTimes(Layers layers, int from, int to) {
        StringBuilder rest = new StringBuilder(layers.lower.substring(from, to));
        for (Timex t : layers.times(from, to)) {
            rest.replace(t.start() - from, t.end() - from, " ".repeat(t.end() - t.start()));
        }
        return rest.toString();
    }

    /** Whether nothing but times, spaces and commas stands between two offsets. */
    static boolean onlyTimes(Layers layers, int from, int to) {
        return SEPARATORS.matcher(withoutTimes(layers, from, to)).replaceAll("").isEmpty();
    }
}
