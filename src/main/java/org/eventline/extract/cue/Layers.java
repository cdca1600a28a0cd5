package org.eventline.extract.cue;

import org.eventline.extract.Doc;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Kind;
import org.eventline.extract.time.Dateline;
import org.eventline.model.TimeType;
import org.eventline.model.Timex;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The layers of one document that claim and event readers share, indexed by position: the texts
 * (original, Simplified, lower-cased), entity mentions, times, sentences and paragraphs.
 */
public final class Layers {

    private static final Pattern ISO_WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    public final Doc doc;
    public final String text;
    public final String norm;
    public final String lower;
    public final boolean chinese;
    private final List<EntityMention> entities;
    private final List<Timex> times;
    // The positions of entities, times and sentences side by side, for the range queries asked many times
    // a sentence: a binary search over an array of ints.
    private final int[] entityStarts;
    private final int[] timeEnds;
    private final int[] sentenceStarts;
    private final int[] lineStarts;
    private final Map<Span, List<Span>> clauses = new HashMap<>();
    private final BitSet nameStarts = new BitSet();
    private final BitSet nameEnds = new BitSet();

    /**
     * The layers of a document, made once and shared by the components after the time finder (the claim and
     * event readers), without the names of the wire dateline.
     */
    public static Layers of(Doc doc) {
        return doc.memo(Layers.class, () -> new Layers(doc));
    }

    private Layers(Doc doc) {
        this.doc = doc;
        this.text = doc.text.text();
        this.norm = doc.text.normalized();
        this.lower = Cues.lower(norm);
        this.chinese = doc.text.chinese();
        this.times = new ArrayList<>(doc.times);
        this.times.sort(Comparator.comparingInt(Timex::start));
        this.timeEnds = times.stream().mapToInt(Timex::end).toArray();
        this.entities = new ArrayList<>();
        for (EntityMention m : doc.entities) {
            if (!insideTime(m) && !datelineName(m)) {
                entities.add(m);
            }
        }
        this.entities.sort(Comparator.comparingInt(EntityMention::start));
        this.entityStarts = entities.stream().mapToInt(EntityMention::start).toArray();
        for (EntityMention m : entities) {
            nameStarts.set(m.start());
            nameEnds.set(m.end());
        }
        this.sentenceStarts = sentences().stream().mapToInt(Span::start).toArray();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The hits of cues in this document's text. Claims and events read the same files (stances, markers,
     * attribution, events): cues built from the same rows of the lexicon are scanned once per document.
     */
    public Cues.Hits hits(Cues cues) {
        return doc.memo(cues.rows, () -> cues.find(lower));
    }

    /** A name inside a date is part of the date (the 日 of 15日 is not Japan). */
    private boolean insideTime(EntityMention m) {
        for (int i = firstTimeEndingAfter(m.start()); i < times.size() && times.get(i).start() <= m.start(); i++) {
            if (m.end() <= times.get(i).end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names in the wire dateline are left out of these layers (中央社記者田明如台北28日電）, "KYIV, Nov 28
     * (Reuters) -"): the agency, reporter and city there take part in nothing the article tells.
     */
    private boolean datelineName(EntityMention m) {
        Dateline d = doc.dateline();
        return d != null && m.start() >= d.start() && m.start() < d.end();
    }

    /** Index of the first time (by start) that could reach past {@code offset}; times do not nest. */
    private int firstTimeEndingAfter(int offset) {
        return Positions.firstAtOrAfter(timeEnds, offset + 1);
    }

    public List<Span> sentences() {
        return doc.text.sentences();
    }

    /** Entity mentions lying wholly inside {@code [from, to)}, in order. */
    public List<EntityMention> entities(int from, int to) {
        List<EntityMention> out = new ArrayList<>();
        for (int i = firstEntityAtOrAfter(from); i < entities.size() && entities.get(i).start() < to; i++) {
            if (entities.get(i).end() <= to) {
                out.add(entities.get(i));
            }
        }
        return out;
    }

    /** Actor mentions (not places, not media) lying wholly inside {@code [from, to)}. */
    public List<EntityMention> actors(int from, int to) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : entities(from, to)) {
            if (m.isActor() && m.entry().kind() != Kind.MEDIA) {
                out.add(m);
            }
        }
        return out;
    }

    /** Every entity mention before {@code to}, nearest first, back to {@code from}. */
    public List<EntityMention> entitiesBackwards(int from, int to) {
        List<EntityMention> in = entities(from, to);
        java.util.Collections.reverse(in);
        return in;
    }

    /** Time expressions lying wholly inside {@code [from, to)}. */
    public List<Timex> times(int from, int to) {
        List<Timex> out = new ArrayList<>();
        for (int i = firstTimeEndingAfter(from); i < times.size() && times.get(i).start() < to; i++) {
            Timex t = times.get(i);
            if (t.start() >= from && t.end() <= to) {
                out.add(t);
            }
        }
        return out;
    }

    /** A time that names a day, month, year or span of them (not a duration, not a vague reference). */
    public static boolean concrete(Timex t) {
        return t.type() == TimeType.DATE && !t.value().isEmpty() && Character.isDigit(t.value().charAt(0));
    }

    /** A day, month or year on or before the report's date (what is said is never dated in the future). */
    public static boolean pastDate(Timex t, java.time.LocalDate anchor) {
        if (!concrete(t) || t.value().contains("/") || t.value().contains("W")) {
            return false;
        }
        return anchor == null || day(t.value()).compareTo(anchor.toString()) <= 0; // "Sunday afternoon", 2025-03-02TAF
    }

    /**
     * A date a statement can carry: a day, month, year or ISO week ("last week", 2025-W19) on or before the
     * report's date, never a span.
     */
    public static boolean statementDate(Timex t, java.time.LocalDate anchor) {
        if (pastDate(t, anchor)) {
            return true;
        }
        if (!concrete(t) || t.value().contains("/") || !ISO_WEEK.matcher(t.value()).matches()) {
            return false;
        }
        int year = Integer.parseInt(t.value().substring(0, 4));
        int week = Integer.parseInt(t.value().substring(6));
        java.time.LocalDate monday = java.time.LocalDate.of(year, 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(java.time.DayOfWeek.MONDAY);
        return anchor == null || !monday.isAfter(anchor);
    }

    /** A date value without its part of day: a claim is dated by the day (2026-01-24TEV → 2026-01-24). */
    public static String day(String value) {
        int t = value == null ? -1 : value.indexOf('T');
        return t > 0 && Character.isDigit(value.charAt(t - 1)) ? value.substring(0, t) : value;
    }

    /**
     * The report's date: the day of the wire dateline (柏林15日電, "KYIV, Dec 15 (Reuters) -"), else the
     * publication date; null when neither is known.
     */
    public String reportDate() {
        Dateline d = doc.dateline();
        if (d != null && d.filed() != null) {
            return d.filed().toString();
        }
        return doc.anchor == null ? null : doc.anchor.toString();
    }

    /** True when a time is the day of the wire dateline rather than of anything the story tells. */
    public boolean inDateline(Timex t) {
        return doc.dateline() != null && doc.dateline().holds(t.start(), t.end());
    }

    /** Index of the line (paragraph) an offset lies in. */
    public int paragraph(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Offset where the paragraph (line) holding an offset starts. */
    public int paragraphStart(int offset) {
        return lineStarts[paragraph(offset)];
    }

    /**
     * The clauses of a sentence as {@link Clauses} cuts it, the commas of a list of names left whole ({@link
     * #listComma}), cut once per document: the event reader asks for them sentence by sentence and again for
     * clauses that go on with the one before, and the claim reader for the sentence after a quote.
     */
    public List<Span> clauses(Span sentence) {
        return clauses.computeIfAbsent(sentence, s -> List.copyOf(Clauses.split(norm, s, i -> false, this::listComma)));
    }

    /**
     * A comma inside a list of names: "Donetsk, Luhansk, Zaporizhzhia and Kherson regions", "Britain, France
     * and Germany" — names joined by commas up to an "and" or "or" before the last.
     */
    public boolean listComma(int comma) {
        if (chinese || !nameEnds.get(comma)) {
            return false;
        }
        int k = comma;
        for (int names = 0; names < 12; names++) {
            String rest = lower.substring(k, Math.min(lower.length(), k + 6));
            int gap = rest.startsWith(", and ") || rest.startsWith(", or ") ? rest.indexOf(' ', 2) + 1
                    : rest.startsWith(" and ") ? 5 : rest.startsWith(" or ") ? 4 : rest.startsWith(", ") ? 2 : -1;
            if (gap < 0 || !nameStarts.get(k + gap)) {
                return false;
            }
            boolean serial = rest.startsWith(", and ") || rest.startsWith(", or ");
            if (serial && names == 0) {
                return false; // "…forces in Ukraine, and Kyiv must…": two names and a comma make no list
            }
            if (!rest.startsWith(", ") || serial) {
                return true;
            }
            k = nameStarts.get(k + gap) ? nameEndFrom(k + gap) : -1;
            if (k < 0) {
                return false;
            }
        }
        return false;
    }

    private int nameEndFrom(int start) {
        for (EntityMention m : entities(start, Math.min(text.length(), start + 60))) {
            if (m.start() == start) {
                return m.end();
            }
        }
        return -1;
    }

    /** Whether a name ends at an offset. */
    public boolean nameEndsAt(int offset) {
        return offset >= 0 && nameEnds.get(offset);
    }

    /** The sentence holding an offset (the last one starting at or before it). */
    public Span sentenceAt(int offset) {
        int i = Positions.firstAtOrAfter(sentenceStarts, offset + 1) - 1;
        return sentences().get(Math.max(0, i));
    }

    /** True when the sentence is a whole line without closing punctuation: a headline or caption. */
    public boolean headlineLike(Span sentence) {
        int lineStart = lineStarts[paragraph(sentence.start())];
        if (text.substring(lineStart, sentence.start()).strip().length() > 0) {
            return false;
        }
        int lineEnd = text.indexOf('\n', sentence.start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (text.substring(sentence.end(), lineEnd).strip().length() > 0) {
            return false;
        }
        char last = text.charAt(sentence.end() - 1);
        if ("」”\"'’".indexOf(last) >= 0 && sentence.end() - 2 > sentence.start()) {
            // a standfirst may end on a quote ("…foreign soldiers would be \"legitimate targets\""); a
            // sentence ends inside or after it
            return "。.!?！？,，".indexOf(text.charAt(sentence.end() - 2)) < 0;
        }
        return "。.!?！？）)".indexOf(last) < 0;
    }

    /** Whether a Chinese word ending at {@code end} describes the noun after it (美方提出的方案, 仍控制的地區). */
    public boolean beforeDe(int end) {
        return chinese && end < norm.length() && norm.charAt(end) == '的';
    }

    /** Whether only spaces, or spaces and "the", stand between two offsets (for the Ukrainians, 向烏克蘭). */
    public boolean adjacent(int from, int to) {
        if (from > to) {
            return false;
        }
        int k = from;
        while (k < to && lower.charAt(k) == ' ') {
            k++;
        }
        if (lower.startsWith("the ", k) && k + 4 <= to) {
            k += 4;
        }
        while (k < to && lower.charAt(k) == ' ') {
            k++;
        }
        return k == to;
    }

    /** Whether a clause ends between two offsets (a comma, semicolon or colon). */
    public boolean clauseBreak(int from, int to) {
        for (int k = Math.max(0, from); k < to && k < norm.length(); k++) {
            if ("，,；;：:".indexOf(norm.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code end} moved back over whitespace and clause punctuation, not before {@code start}. */
    public int trimmedEnd(int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1))
                || "。.，,；;：:!?！？".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /** Whether the text between two offsets is only whitespace. */
    public boolean blank(int from, int to) {
        return from >= to || text.substring(from, to).isBlank();
    }

    private int firstEntityAtOrAfter(int from) {
        return Positions.firstAtOrAfter(entityStarts, from);
    }
}
