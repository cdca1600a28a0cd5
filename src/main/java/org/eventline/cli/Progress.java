package org.eventline.cli;

import java.io.PrintStream;

/**
 * Progress of a long run on stderr: a bar with rate and time left, redrawn in place at most ten times a
 * second on a terminal; a line every ten per cent otherwise (or every ten seconds when the total is not
 * known), so that logs stay readable; nothing for small runs.
 */
final class Progress {

    private static final int MIN_TOTAL = 50;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LINE_NANOS = 10_000_000_000L;

    private final String label;
    private final int total;
    private final boolean terminal;
    private final PrintStream err = System.err;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int done;
    private int lastTenth;
    private boolean drawn;

    /** @param total the number of items, or 0 when not known in advance */
    Progress(String label, int total) {
        this(label, total, System.console() != null);
    }

    Progress(String label, int total, boolean terminal) {
        this.label = label;
        this.total = total;
        this.terminal = terminal;
    }

    synchronized void advance(int n) {
        done += n;
        long now = System.nanoTime();
        if (total > 0 && total < MIN_TOTAL) {
            return;
        }
        if (terminal) {
            if (now - lastDrawn >= REDRAW_NANOS || done >= total && total > 0) {
                lastDrawn = now;
                drawn = true;
                err.print("\r\033[K" + bar(now));
                err.flush();
            }
        } else if (total > 0) {
            if (done * 10L / total > lastTenth) {
                lastTenth = (int) (done * 10L / total);
                err.println(line(now));
            }
        } else if (now - lastDrawn >= LINE_NANOS) {
            lastDrawn = now;
            err.println(line(now));
        }
    }

    /** A message that must not be mixed into the bar. */
    synchronized void log(String message) {
        if (drawn) {
            err.print("\r\033[K");
        }
        err.println(message);
        if (drawn) {
            err.print(bar(System.nanoTime()));
            err.flush();
        }
    }

    synchronized void done() {
        if (drawn) {
            err.print("\r\033[K" + bar(System.nanoTime()) + "\n");
            err.flush();
            drawn = false;
        }
    }

    String bar(long now) {
        double secs = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / secs;
        if (total <= 0) {
            return String.format("%s %d  %.0f/s  %s", label, done, rate, clock(secs));
        }
        int width = 30;
        int filled = (int) Math.min(width, (long) width * done / total);
        String left = done >= total ? clock(secs) : rate > 0 ? "ETA " + clock((total - done) / rate) : "";
        return String.format("%s [%s%s] %d/%d %3d%%  %.0f/s  %s", label, "=".repeat(filled), " ".repeat(width - filled),
                done, total, (int) (100L * done / total), rate, left);
    }

    private String line(long now) {
        double secs = Math.max(1e-3, (now - started) / 1e9);
        return total > 0
                ? String.format("%s: %d/%d (%.0f/s, %s)", label, done, total, done / secs, clock(secs))
                : String.format("%s: %d (%.0f/s, %s)", label, done, done / secs, clock(secs));
    }

    private static String clock(double secs) {
        long s = Math.round(secs);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
