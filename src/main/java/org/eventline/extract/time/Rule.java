package org.eventline.extract.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of time expressions and what its matches mean.
 *
 * @param starts the characters a match can begin with; the pattern is tried only there
 */
record Rule(String name, Starts starts, Pattern pattern, Handler handler) {

    /** Adds the times a match stands for (none when it turns out not to be one). */
    @FunctionalInterface
    interface Handler {
        void handle(Matcher m, Scan s, List<Found> out);
    }

    static Rule of(String name, Starts starts, String regex, Handler handler) {
        return new Rule(name, starts, Pattern.compile(regex), handler);
    }

    /** Every time the rule finds in a text; a rejected match lets the search go on one character later. */
    void findAll(Scan s, List<Found> out) {
        String text = s.text;
        int n = text.length();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = starts.next(s, 0);
        while (i < n) {
            m.region(i, n);
            int before = out.size();
            if (m.lookingAt() && m.end() > i) {
                try {
                    handler.handle(m, s, out);
                } catch (Scan.NoAnchor e) {
                    // relative to a publication date the article does not give: left out
                } catch (java.time.DateTimeException e) {
                    // a date the calendar does not have (30 February): no time
                }
            }
            i = starts.next(s, out.size() > before ? m.end() : i + 1);
        }
    }
}
