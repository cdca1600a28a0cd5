package org.eventline.extract.time;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;
import org.eventline.extract.Lexicon;
import org.eventline.extract.entity.EntityMention;
import org.eventline.model.Timex;
import org.eventline.text.Language;
import org.eventline.text.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in Chinese and English and normalises them against the publication date.
 * Values follow the extract contract: ISO 8601 at the precision written, intervals as START/END,
 * durations as P…, TIMEX3 forms where ISO has none (2025-WI, 2025-12-19TEV, 199), and vague
 * references as PAST_REF / PRESENT_REF / FUTURE_REF.
 *
 * <p>Every rule proposes what it finds; where finds overlap the longest wins (the earliest on a tie),
 * so "2017年8月11日" beats "8月" and "過去200年" beats "過去". Finds inside a word of the block list
 * (節日 holds 日前) or inside a longer name are dropped; then linked dates become ranges. Chinese rules
 * read the Simplified copy of the text, whose offsets are those of the original.
 */
public final class TimeFinder implements Component {

    private final TimeWords words;
    private final Tense tense;
    private final List<Rule> chinese = new ArrayList<>();
    private final List<Rule> english = new ArrayList<>();
    private final Starts chineseStarts;
    private final Starts englishStarts;
    private final Pattern blocks;
    private final Starts blockStarts;
    private final Datelines datelines;

    public TimeFinder(Lexicon lexicon) {
        words = TimeWords.from(lexicon);
        tense = new Tense(words);
        chinese.addAll(NumericRules.rules());
        chinese.addAll(ChineseRules.rules(words));
        english.addAll(NumericRules.rules());
        english.addAll(EnglishRules.rules(words));
        chineseStarts = Starts.union(chinese.stream().map(Rule::starts).toList());
        englishStarts = Starts.union(english.stream().map(Rule::starts).toList());
        blocks = Pattern.compile(words.alternation("block"));
        blockStarts = Starts.chars("").vocabulary(words, "block");
        datelines = new Datelines(words);
    }

    @Override
    public void process(Doc doc) {
        List<Span> names = new ArrayList<>(doc.entities.size());
        for (EntityMention e : doc.entities) {
            names.add(new Span(e.start(), e.end()));
        }
        boolean zh = Language.isChinese(doc.text.language());
        String text = Scan.matchable(zh ? doc.text.normalized() : doc.text.text());
        Dateline dateline = datelines.find(text, doc.anchor, zh);
        doc.dateline(dateline);
        doc.times.addAll(find(doc.text.text(), text, zh, doc.text.language(), doc.anchor, dateline, names));
    }

    /**
     * The time expressions of a text.
     *
     * @param body       the text as published; offsets and extents point into it
     * @param normalized the same text in Simplified script, same length (the body itself for English)
     * @param anchor     the publication date, or null (relative expressions are then left out); the day of
     *                   a dispatch's dateline shortly before it takes its place (see {@link Dateline})
     * @param names      spans of names found in the text: a time inside a longer name is none
     */
    public List<Timex> find(String body, String normalized, String language, LocalDate anchor, List<Span> names) {
        boolean zh = Language.isChinese(language);
        String text = Scan.matchable(zh ? normalized : body);
        return find(body, text, zh, language, anchor, datelines.find(text, anchor, zh), names);
    }

    private List<Timex> find(String body, String text, boolean zh, String language, LocalDate anchor,
                             Dateline dateline, List<Span> names) {
        LocalDate reference = dateline != null && dateline.filed() != null ? dateline.filed() : anchor;
        Scan scan = new Scan(text, reference, zh, Language.TRADITIONAL.equals(language),
                words, tense, zh ? chineseStarts : englishStarts);
        List<Found> found = new ArrayList<>();
        for (Rule rule : zh ? chinese : english) {
            rule.findAll(scan, found);
        }
        List<Found> kept = Ranges.join(sameDay(settle(found, scan, names), scan), scan);
        List<Timex> out = new ArrayList<>(kept.size());
        for (Found f : kept) {
            out.add(new Timex(body.substring(f.start(), f.end()), f.start(), f.end(), f.value(), f.type(), f.confidence()));
        }
        return out;
    }

    /** The value a rule gives 当天 until {@link #sameDay} knows which day the text last named. */
    static final String SAME_DAY = "SAME_DAY";

    private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    /**
     * 当天, 同日: the last day up to the anchor the text named (新华社12月2日电 … 普京当天会见), else the day of
     * the dispatch; the time of day the word carries (当晚) is kept.
     */
    private static List<Found> sameDay(List<Found> kept, Scan scan) {
        String last = scan.hasAnchor() ? Values.day(scan.anchor()) : null;
        BitSet quoted = null;
        List<Found> out = new ArrayList<>(kept.size());
        for (Found f : kept) {
            if (f.value().startsWith(SAME_DAY)) {
                if (last != null) {
                    String value = last + f.value().substring(SAME_DAY.length());
                    out.add(new Found(f.start(), f.end(), value, f.type(), 0.7, null));
                }
                continue;
            }
            Matcher day = DAY_VALUE.matcher(f.value());
            // a day to come (a deadline: 最後期限是27日) is not the day the story goes on telling of, nor is a
            // speaker's own 今天 in quotes
            if (day.find() && !f.value().contains("/")
                    && (!scan.hasAnchor() || day.group().compareTo(Values.day(scan.anchor())) <= 0)) {
                quoted = quoted == null ? quoted(scan.text) : quoted;
                if (!quoted.get(f.start())) {
                    last = day.group();
                }
            }
            out.add(f);
        }
        return out;
    }

    /** The offsets inside Chinese quotation marks (「…」, “…”). */
    private static BitSet quoted(String text) {
        BitSet out = new BitSet(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '「' || c == '“') {
                open = i;
            } else if ((c == '」' || c == '”') && open >= 0) {
                out.set(open, i + 1);
                open = -1;
            }
        }
        return out;
    }

    /** Keeps the longest of overlapping finds, drops those inside blocked words or longer names; in text order. */
    private List<Found> settle(List<Found> found, Scan scan, List<Span> names) {
        String text = scan.text;
        if (found.isEmpty()) {
            return found;
        }
        List<Span> blocked = new ArrayList<>();
        Matcher b = blocks.matcher(text);
        int end = 0;
        for (int i : blockStarts.positions(text)) {
            b.region(i, text.length());
            if (i >= end && b.lookingAt()) {
                blocked.add(new Span(b.start(), b.end()));
                end = b.end();
            }
        }
        int[] blockAt = new int[text.length()];
        for (int k = 0; k < blocked.size(); k++) {
            for (int i = blocked.get(k).start(); i < blocked.get(k).end(); i++) {
                blockAt[i] = k + 1;
            }
        }
        found.sort(Comparator.comparingInt(Found::length).reversed().thenComparingInt(Found::start));
        boolean[] taken = new boolean[text.length()];
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (isFree(taken, f) && !crosses(f, blocked, blockAt) && !insideName(f, names)) {
                kept.add(f);
                for (int k = f.start(); k < f.end(); k++) {
                    taken[k] = true;
                }
            }
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    private static boolean isFree(boolean[] taken, Found f) {
        for (int k = f.start(); k < f.end(); k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    /** Overlaps a blocked word without holding all of it: 日前 in 節日前, 今日 in 今日美國. */
    private static boolean crosses(Found f, List<Span> blocked, int[] blockAt) {
        for (int i = f.start(); i < f.end(); i++) {
            if (blockAt[i] != 0) {
                Span s = blocked.get(blockAt[i] - 1);
                if (s.start() < f.start() || s.end() > f.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideName(Found f, List<Span> names) {
        for (Span s : names) {
            if (s.start() <= f.start() && f.end() <= s.end() && s.length() > f.length()) {
                return true;
            }
        }
        return false;
    }
}
