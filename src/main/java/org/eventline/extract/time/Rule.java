package org.eventline.extract.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pattern of time expressions and what its matches mean. */
record Rule(String name, Pattern pattern, Handler handler) {

    /** Adds the times a match stands for (none when it turns out not to be one). */
    @FunctionalInterface
    interface Handler {
        void handle(Matcher m, Scan s, List<Found> out);
    }

    static Rule of(String name, String regex, Handler handler) {
        return new Rule(name, Pattern.compile(regex), handler);
    }

    /** Every time the rule finds in a text; a rejected match lets the search go on one character later. */
    void findAll(Scan s, List<Found> out) {
        Matcher m = pattern.matcher(s.text);
        boolean found = m.find();
        while (found) {
            int before = out.size();
            if (m.end() > m.start()) {
                try {
                    handler.handle(m, s, out);
                } catch (Scan.NoAnchor e) {
                    // relative to a publication date the article does not give: left out
                } catch (java.time.DateTimeException e) {
                    // a date the calendar does not have (30 February): no time
                }
            }
            if (out.size() > before) {
                found = m.find();
            } else {
                int next = m.start() + 1;
                found = next <= s.text.length() && m.find(next);
            }
        }
    }
}
