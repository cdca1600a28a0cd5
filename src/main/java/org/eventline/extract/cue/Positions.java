package org.eventline.extract.cue;

/** Binary search over things kept in order of a position. */
final class Positions {

    private Positions() {
    }

    /** Index of the first position that is at least {@code from} (the length when none is). */
    static int firstAtOrAfter(int[] sorted, int from) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
