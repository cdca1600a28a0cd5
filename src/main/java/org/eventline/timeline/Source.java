package org.eventline.timeline;

/** Where a timeline entry is reported: the evidence sentence and its article. */
public record Source(String evidence, String title, String site, String url, String published, String article) {
}
