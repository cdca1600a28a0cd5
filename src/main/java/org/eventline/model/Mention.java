package org.eventline.model;

/** A span of {@link Article#body}: its text and character offsets, end exclusive. */
public record Mention(String text, int start, int end) {
}
