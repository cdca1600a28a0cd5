package org.eventline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One holder's position history: its claims in date order, each marked where its stance differs from
 * what the holder said before on the same matter.
 *
 * <p>The rule, precisely:
 * <ul>
 *   <li>Two claims are on the <em>same matter</em> when they have the same type and their subjects meet: the
 *       subject is the set of places at stake, or the beneficiaries when no place is named; a claim
 *       without any subject meets every claim of its type.</li>
 *   <li>A dated claim is a <em>change</em> when, among the earlier claims on the same matter (those that
 *       start on an earlier day), the ones of the latest such day took none of its stance label
 *       ("OFFER", "NOT OFFER", "REJECT", …). Claims of one day are thus never compared with each other,
 *       whatever order the day lists them in.</li>
 *   <li>STATE is an assertion, not a position: STATE claims are listed but neither marked nor used as
 *       the earlier position. Undated claims are listed last and never marked.</li>
 * </ul>
 */
public final class History {

    private History() {
    }

    /** The entries with {@link TimelineEntry#change()} set where the stance moved; events pass unchanged. */
    public static List<TimelineEntry> mark(List<TimelineEntry> entries) {
        List<TimelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Timeline.ORDER);
        List<TimelineEntry> out = new ArrayList<>(sorted.size());
        for (TimelineEntry e : sorted) {
            out.add(takesPosition(e) ? e.withChange(change(e, sorted)) : e);
        }
        return Collections.unmodifiableList(out);
    }

    private static StanceChange change(TimelineEntry e, List<TimelineEntry> all) {
        LocalDate latest = null;
        for (TimelineEntry p : all) {
            if (takesPosition(p) && p.start().isBefore(e.start()) && sameMatter(e, p)
                    && (latest == null || p.start().isAfter(latest))) {
                latest = p.start();
            }
        }
        if (latest == null) {
            return null;
        }
        Set<String> before = new TreeSet<>();
        String since = null;
        for (TimelineEntry p : all) {
            if (takesPosition(p) && p.start().equals(latest) && sameMatter(e, p)) {
                before.add(p.stanceLabel());
                since = since == null ? p.shownDate() : since;
            }
        }
        return before.contains(e.stanceLabel()) ? null : new StanceChange(List.copyOf(before), since);
    }

    private static boolean takesPosition(TimelineEntry e) {
        return e.kind() == TimelineEntry.Kind.CLAIM && e.start() != null && !"STATE".equals(e.stance());
    }

    static boolean sameMatter(TimelineEntry a, TimelineEntry b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        Set<String> x = subject(a);
        Set<String> y = subject(b);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        x.retainAll(y);
        return !x.isEmpty();
    }

    /** Places at stake, or else the beneficiaries. */
    private static Set<String> subject(TimelineEntry e) {
        Set<String> keys = new HashSet<>();
        (e.places().isEmpty() ? e.actors() : e.places()).forEach(n -> keys.add(n.key()));
        return keys;
    }
}
