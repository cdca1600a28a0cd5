package org.eventline.extract.cue;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over things kept in order of a position. */
final class Positions {

    private Positions() {
    }

    /** Index of the first element whose position is at least {@code from} (the size when none is). */
    static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> position, int from) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (position.applyAsInt(sorted.get(mid)) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
