package org.eventline.cli;

/**
 * Progress of a long run on stderr: a bar redrawn in place on a terminal, a line every ten per cent
 * otherwise (logs stay readable), nothing for small runs.
 */
final class Progress {

    private static final int MIN_TOTAL = 50;

    private final String label;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int done;
    private int lastTenth;

    Progress(String label, int total) {
        this.label = label;
        this.total = total;
    }

    synchronized void advance(int n) {
        done += n;
        if (total < MIN_TOTAL) {
            return;
        }
        double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        if (terminal) {
            int width = 30;
            int filled = (int) ((long) width * done / total);
            System.err.printf("\r%s [%s%s] %d/%d  %.1f/s ", label, "=".repeat(filled), " ".repeat(width - filled),
                    done, total, done / secs);
        } else if (done * 10 / total > lastTenth) {
            lastTenth = done * 10 / total;
            System.err.printf("%s: %d/%d (%.1f/s)%n", label, done, total, done / secs);
        }
    }

    /** A message that must not be mixed into the bar. */
    synchronized void log(String message) {
        if (terminal && total >= MIN_TOTAL && done > 0) {
            System.err.print("\r\033[K");
        }
        System.err.println(message);
    }

    synchronized void done() {
        if (terminal && total >= MIN_TOTAL) {
            System.err.println();
        }
    }
}
