package org.eventline.timeline;

import java.util.List;

/**
 * In a position history, what an entry's stance replaced: the stances the holder took on the same
 * matter at the latest earlier date (see {@link History}).
 *
 * @param from  the earlier stance labels ("REJECT", "NOT OFFER"), sorted
 * @param since that earlier date, as shown
 */
public record StanceChange(List<String> from, String since) {

    public StanceChange {
        from = List.copyOf(from);
    }
}
