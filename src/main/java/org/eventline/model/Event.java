package org.eventline.model;

import java.util.List;

/**
 * Something that happened or is scheduled: a meeting, statement, agreement or attack.
 *
 * @param date         normalised date or interval, or null
 * @param place        place id, or null
 * @param participants actor ids
 */
public record Event(String id, String type, String date, String place, List<String> participants,
                    String evidence, int start, int end, double confidence) {

    public Event {
        participants = List.copyOf(participants);
    }
}
