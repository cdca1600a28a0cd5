package org.eventline.model;

/**
 * A time expression as written, with its value normalised against the publication date.
 *
 * @param value ISO 8601 at the precision the text gives ("2025-12-15", "2025-12", "2025-W50",
 *              "2025-12-14/2025-12-15", "PT8H") or a TIMEX3 extension ("PAST_REF", "2025-WI")
 */
public record Timex(String text, int start, int end, String value, TimeType type, double confidence) {
}
