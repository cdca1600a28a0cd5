package org.eventline.extract;

import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.time.Dateline;
import org.eventline.model.Article;
import org.eventline.model.Claim;
import org.eventline.model.Event;
import org.eventline.model.Timex;
import org.eventline.text.AnalyzedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One article while the extractor works on it: the analysed text, and the layers each component adds
 * (entity mentions, times, claims, events), read by the components after it.
 */
public final class Doc {

    public final Article article;
    public final AnalyzedText text;
    /** Publication date: relative times resolve against it. Null when unknown. */
    public final LocalDate anchor;
    public final List<EntityMention> entities = new ArrayList<>();
    public final List<Timex> times = new ArrayList<>();
    public final List<Claim> claims = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();
    private Dateline dateline;
    /** What components work out once and share, by the identity of what it was worked out from. */
    private final Map<Object, Object> memo = new IdentityHashMap<>();

    public Doc(Article article, AnalyzedText text, LocalDate anchor) {
        this.article = article;
        this.text = text;
        this.anchor = anchor;
    }

    /** The wire dateline the article opens with, as the time finder read it; null when there is none. */
    public Dateline dateline() {
        return dateline;
    }

    public void dateline(Dateline found) {
        this.dateline = found;
    }

    /** The value worked out from {@code key} for this document, computed by the first component asking. */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.get());
    }
}
