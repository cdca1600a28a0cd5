package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.model.Timex;
import org.eventline.text.Span;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** When a position was held: the date written with its statement, else the day the story tells of. */
final class ClaimDates {

    /** At most five words after a verb, none a verb form or a word opening a clause or phrase of its own. */
    private static final Pattern OBJECT_ONLY = Pattern.compile(
            "((?!(that|which|who|when|after|before|since|until|during|while|as|if)\\b)[a-z'’-]*(?<!ed) ?){0,5}");

    /** What may open a sentence before its date ("On Friday, …", "In August …"). */
    private static final Set<String> OPENING_TIME = Set.of("", "on", "in", "last", "this", "earlier");

    /** What opens a phrase that sets the occasion of the sentence, before its first comma. */
    private static final Set<String> OPENING_WORDS = Set.of("speaking", "at", "in", "during", "after", "addressing",
            "writing", "on", "talking", "following", "asked");
    private static final int OPENING_PHRASE = 100;

    /** How many days before the anchor a speaker's dated saying still dates his later undated ones. */
    private static final int SAME_OCCASION_DAYS = 7;

    /** Sentences shorter than this, undated, may stand before the lead (a standfirst, a byline). */
    private static final int STANDFIRST = 130;

    private final Layers layers;
    private final LocalDate anchor;
    private final String reportDate;
    /** The day each speaker was last reported speaking, by actor id. */
    private final Map<String, String> spokeOn = new HashMap<>();

    ClaimDates(ClaimText text) {
        this.layers = text.layers();
        this.anchor = text.doc().anchor;
        this.reportDate = storyDate(layers.reportDate());
    }

    /**
     * The day of what the report tells, from its lead: 代表團昨天在伊斯坦堡舉行和談, "leaders met in Paris on
     * Tuesday"; what is said in the story without a date of its own was said then. Else the report's date.
     */
    private String storyDate(String report) {
        int skipped = 0;
        for (Span s : layers.sentences()) {
            if (layers.headlineLike(s)) {
                continue;
            }
            List<Timex> times = layers.times(s.start(), s.end());
            for (Timex t : times) {
                String day = Layers.day(t.value());
                if (Layers.pastDate(t, anchor) && day.length() == 10 && !layers.inDateline(t) && !wholeLine(t, s)) {
                    return day;
                }
            }
            // a standfirst, a byline or a date line before the lead ("By … staff", "March 30, 2022")
            boolean beforeLead = s.end() - s.start() < STANDFIRST && (times.isEmpty() || wholeLine(times.get(0), s));
            if (beforeLead && skipped < 3) {
                skipped++;
                continue;
            }
            return report;
        }
        return report;
    }

    /** A date line ("March 30, 2022", "By … staff March 30, 2022"): the report's own date on a short line. */
    private boolean wholeLine(Timex t, Span s) {
        return s.end() - s.start() < STANDFIRST && anchor != null && Layers.day(t.value()).equals(anchor.toString());
    }

    /**
     * A saying read: a speaker dated here (澤倫斯基今（29）日發文指出) said his undated words further on
     * (澤倫斯基重申…) on that day too, when it is a recent day.
     */
    void heard(Said s) {
        if (s.holder() == null || s.date() == null || s.date().length() != 10) {
            return;
        }
        if (anchor == null || !LocalDate.parse(s.date()).isBefore(anchor.minusDays(SAME_OCCASION_DAYS))) {
            spokeOn.put(s.holder(), s.date());
        }
    }

    /**
     * A date right after the stance verb and its object, in English ("demanded last month that…",
     * "rejected the proposal on Tuesday"), not one that belongs to a phrase of its own ("a plan
     * proposed last week", "talks that ended on Friday").
     */
    private String dateAfter(Cues.Hit verb, int unitEnd) {
        if (layers.chinese) {
            return null; // a Chinese date stands before its verb
        }
        List<Timex> after = layers.times(verb.end(), Math.min(unitEnd, verb.end() + 48));
        if (after.isEmpty()) {
            return null;
        }
        Timex first = after.get(0);
        String between = layers.lower.substring(verb.end(), first.start()).strip();
        return Layers.statementDate(first, anchor) && OBJECT_ONLY.matcher(between).matches()
                ? Layers.day(first.value()) : null;
    }

    /**
     * The date of the statement: written with the saying (川普曾於8月時說), or between the holder and
     * its verb ("Russia on Monday rejected"), or opening the sentence ("On Friday, …"), else the
     * report's date.
     */
    String of(Span sentence, int unitEnd, Said speaker, boolean byProposal, EntityMention subject,
             List<Cues.Hit> cues) {
        if (speaker != null && speaker.date() != null && !byProposal) {
            return speaker.date();
        }
        String spoke = speaker == null || byProposal || speaker.holder() == null ? null : spokeOn.get(speaker.holder());
        if (subject != null) {
            Cues.Hit verb = cues.stream().filter(StanceReader::isVerb).filter(h -> h.start() >= subject.end())
                    .findFirst().orElse(null);
            if (verb != null) {
                for (Timex t : layers.times(subject.end(), verb.start())) {
                    if (Layers.statementDate(t, anchor)) {
                        return Layers.day(t.value());
                    }
                }
                String after = dateAfter(verb, unitEnd);
                if (after != null) {
                    return after;
                }
            }
        }
        for (Timex t : layers.times(sentence.start(), Math.min(sentence.end(), sentence.start() + 14))) {
            String before = layers.lower.substring(sentence.start(), t.start()).strip();
            if (Layers.statementDate(t, anchor) && OPENING_TIME.contains(before)) {
                return Layers.day(t.value());
            }
        }
        String opening = openingPhraseDate(sentence);
        if (opening != null) {
            return opening;
        }
        return spoke != null ? spoke : reportDate;
    }

    /**
     * "Speaking to governors in the Kremlin on Tuesday, Putin said…", "At their summit in Alaska on Friday,
     * …": a phrase opening the sentence, up to its comma, tells when what the sentence reports was said.
     */
    private String openingPhraseDate(Span sentence) {
        if (layers.chinese) {
            return null;
        }
        int comma = layers.lower.indexOf(',', sentence.start());
        if (comma < 0 || comma >= Math.min(sentence.end(), sentence.start() + OPENING_PHRASE)) {
            return null;
        }
        String first = layers.lower.substring(sentence.start(), comma).strip().split(" ", 2)[0];
        if (!OPENING_WORDS.contains(first)) {
            return null;
        }
        for (Timex t : layers.times(sentence.start(), comma)) {
            if (Layers.statementDate(t, anchor)) {
                return Layers.day(t.value());
            }
        }
        return null;
    }
}
