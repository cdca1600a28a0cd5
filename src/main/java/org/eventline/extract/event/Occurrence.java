package org.eventline.extract.event;

import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.model.Event;
import org.eventline.model.TimeValue;
import org.eventline.text.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One real event and the mentions of it: "Witkoff to meet Zelensky", "the Berlin talks", "the meeting". */
final class Occurrence {

    /** Undated mentions join an occurrence sharing this many participants (or referring to it outright). */
    private static final int SHARED_PARTICIPANTS = 2;
    /** How far back an occurrence is recent news for a mention without date or determiner. */
    private static final int RECENT_DAYS = 31;
    /** How near (in characters) such a mention may refer to an older occurrence: in the same passage. */
    private static final int NEARBY = 400;

    private final String type;
    private final EventMention founder;
    private final List<EventMention> mentions = new ArrayList<>();
    private final List<String> participants = new ArrayList<>();
    /** The states and groups taking part, as its mentions name them. */
    private final List<String> sides = new ArrayList<>();
    private String date;
    /** The story's lead sentence when this occurrence is the news it tells, dated by it; else null. */
    private Span leadSentence;
    private Place place;

    private Occurrence(EventMention founder) {
        this.type = founder.type();
        this.founder = founder;
        this.date = founder.date();
        add(founder, true);
    }

    /**
     * Groups mentions into occurrences: dated mentions first, then the undated ones join what they refer to.
     *
     * @param report the report's date, or null: a meeting planned refers to none held before it
     * @param lead   the story's lead and the day of its news, or null
     */
    static List<Occurrence> cluster(List<EventMention> mentions, LocalDate report, MentionReader.Lead lead) {
        List<Occurrence> out = new ArrayList<>();
        for (EventMention m : mentions) {
            if (m.date() == null) {
                continue;
            }
            Occurrence same = null;
            for (Occurrence o : m.separate() ? List.<Occurrence>of() : out) {
                if (o.type.equals(m.type()) && compatible(o.date, m.date()) && !o.elsewhere(m) && o.named(m)
                        && o.sameAgent(m) && o.sameMode(m) && (m.definite() || !o.otherSides(m))
                        && (m.definite() || shared(o.participants, m.wider()) > 0 || m.wider().isEmpty())) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(new Occurrence(m));
            } else {
                same.date = finer(same.date, m.date());
                same.add(m, !m.definite());
            }
        }
        List<Occurrence> orphans = new ArrayList<>();
        for (EventMention m : mentions) {
            if (m.date() != null || m.vague()) {
                continue;
            }
            if (m.relativeTo() >= 0) {
                orphans.add(new Occurrence(m)); // told relative to an event without a date: a new one, not a reference
                continue;
            }
            // With a single dated occurrence of its type, one shared participant is enough to refer to it.
            long dated = out.stream().filter(o -> o.type.equals(m.type())).count();
            int needed = dated == 1 ? 1 : SHARED_PARTICIPANTS;
            Occurrence best = null;
            String hostDate = hostDate(m, out);
            for (List<Occurrence> candidates : List.of(out, orphans)) {
                for (Occurrence o : candidates) {
                    if (o.type.equals(m.type()) && o.refersTo(m, needed) && !(m.planned() && o.over(report))
                            && o.mentions.stream().noneMatch(x -> x.relativeTo() == m.start()) // "met … before the summit"
                            && (hostDate == null || o.date == null || compatible(o.date, hostDate))
                            && o.inReach(m, report, lead)
                            && (best == null || o.closer(m, best))) {
                        best = o;
                    }
                }
            }
            if (best != null) {
                // a loose reference (one shared participant) adds its place, and its people only to an
                // occurrence that has hardly any yet
                best.add(m, !m.definite() && (best.participants.size() < SHARED_PARTICIPANTS
                        || best.refersTo(m, SHARED_PARTICIPANTS)));
            } else {
                orphans.add(new Occurrence(m));
            }
        }
        if (lead != null && lead.day() != null) {
            orphans.forEach(o -> o.dateLead(lead));
        }
        out.addAll(orphans);
        for (Occurrence o : out) {
            o.takeFromHost(out);
        }
        return out;
    }

    /**
     * Whether a mention without a date of its own refers to this occurrence: outright (the Berlin talks,
     * 聲明中說), or by sharing participants and not naming another place. Two venues named with their
     * events are two events; a destination ("travel to Germany") may hold a venue (the Berlin talks).
     */
    private boolean refersTo(EventMention m, int needed) {
        boolean placesDiffer = place != null && m.place() != null && !place.key().equals(m.place().key())
                && !place.holds(m.place());
        if (elsewhere(m) || !named(m) || m.separate() || !sameAgent(m) || !sameMode(m)) {
            return false; // the Geneva talks are not the Moscow meeting, "the G20 summit" not the Geneva talks
        }
        if (m.definite()) {
            return true;
        }
        List<String> own = participants.isEmpty() ? founder.wider() : participants;
        int shared = shared(own, m.wider());
        if (shared >= SHARED_PARTICIPANTS || shared >= needed && !placesDiffer) {
            return true;
        }
        return samePlace(m) && m.place().rank() >= 3;
    }

    /** Whether an attack mention has no other attacker than this occurrence (Russia's strike is not Ukraine's). */
    private boolean sameAgent(EventMention m) {
        return founder.agent() == null || m.agent() == null || founder.agent().equals(m.agent());
    }

    /**
     * Whether a meeting mention names another set of parties: each names a side the other lacks (Rubio and
     * the Ukrainians met the day Russians and Ukrainians held talks, in the same city): another meeting.
     */
    private boolean otherSides(EventMention m) {
        return type.equals("MEETING") && !sides.isEmpty()
                && m.sides().stream().anyMatch(x -> !sides.contains(x)) && sides.stream().anyMatch(x -> !m.sides().contains(x));
    }

    /** The date of the occurrence holding the event that dates a mention (the talks a deal came out of), or null. */
    private static String hostDate(EventMention m, List<Occurrence> dated) {
        for (Occurrence o : m.host() < 0 ? List.<Occurrence>of() : dated) {
            if (o.date != null && o.mentions.stream().anyMatch(x -> x.start() == m.host())) {
                return o.date;
            }
        }
        return null;
    }

    /**
     * Whether this occurrence ended over a month before the report: a mention naming no date and no
     * determiner ("their summit in Alaska") tells of recent events, not of one years ago told further off.
     */
    private boolean longBefore(LocalDate report) {
        return report != null && date != null
                && TimeValue.parse(date).map(v -> v.end().isBefore(report.minusDays(RECENT_DAYS))).orElse(false);
    }

    /**
     * Whether a mention without a date may refer to this occurrence by when it is: "the summit" refers back,
     * not to next year's summit named later, and, in a story whose lead gives its day, not to one long past
     * (last year's summit); a loose mention refers to one long past only nearby.
     */
    private boolean inReach(EventMention m, LocalDate report, MentionReader.Lead lead) {
        if (!m.definite()) {
            return !longBefore(report) || distanceTo(m) <= NEARBY;
        }
        boolean laterAndToCome = !m.planned() && founder.start() > m.start() && after(report);
        return !laterAndToCome && (lead == null || lead.day() == null || !longBefore(report));
    }

    /** Whether this occurrence begins after a day ("their next summit in 2026"). */
    private boolean after(LocalDate day) {
        return day != null && date != null && TimeValue.parse(date).map(v -> v.start().isAfter(day)).orElse(false);
    }

    /** Whether this occurrence ended before a day. */
    private boolean over(LocalDate day) {
        return day != null && date != null && TimeValue.parse(date).map(v -> v.end().isBefore(day)).orElse(false);
    }

    /** Whether a meeting mention may be held the way this occurrence was: a call is no summit. */
    private boolean sameMode(EventMention m) {
        return m.mode() == null || mentions.stream().allMatch(x -> x.mode() == null || x.mode().equals(m.mode()));
    }

    private boolean samePlace(EventMention m) {
        return place != null && m.place() != null && place.key().equals(m.place().key());
    }

    /**
     * Whether this occurrence fits a mention better than another: for "the meeting", one told before it;
     * then the same place, then an occurrence with a date (a real one) over one without, then nearness.
     */
    private boolean closer(EventMention m, Occurrence other) {
        if (m.definite() && toldBefore(m) != other.toldBefore(m)) {
            return toldBefore(m); // "the meeting" refers back
        }
        if (m.definite() && sameWord(m) != other.sameWord(m)) {
            return sameWord(m); // "the talks" are those told as talks rather than a summit or a visit
        }
        if (samePlace(m) != other.samePlace(m)) {
            return samePlace(m);
        }
        if ((date != null) != (other.date != null)) {
            return date != null;
        }
        return distanceTo(m) < other.distanceTo(m);
    }

    private boolean sameWord(EventMention m) {
        return mentions.stream().anyMatch(x -> x.word().contains(m.word()) || m.word().contains(x.word()));
    }

    private boolean toldBefore(EventMention m) {
        return mentions.stream().anyMatch(x -> x.start() < m.start());
    }

    /** Whether a mention names another venue than this occurrence's, both named next to their events. */
    private boolean elsewhere(EventMention m) {
        return place != null && m.place() != null && !place.key().equals(m.place().key()) && place.rank() >= 3
                && m.place().rank() >= 3 && !place.holds(m.place());
    }

    /** Whether the actors naming the occurrence a mention refers to ("the G20 summit") take part in this one. */
    private boolean named(EventMention m) {
        List<String> own = participants.isEmpty() ? founder.wider() : participants;
        return own.containsAll(m.names());
    }

    /**
     * Date, and place when it names none, from the event that hosts this one: the summit an attack took
     * place during (俄軍在G7峰會期間轟炸基輔), the talks an agreement came out of, the summit that issued a
     * declaration (whose participants it takes). Who signs or agrees at a meeting takes part in it. An event
     * dated on its own takes only the participants of the talks that issued it.
     */
    private void takeFromHost(List<Occurrence> all) {
        for (EventMention m : mentions) {
            if (m.host() < 0) {
                continue;
            }
            for (Occurrence host : all) {
                if (host == this || host.date == null
                        || host.mentions.stream().noneMatch(x -> x.start() == m.host())) {
                    continue;
                }
                if (date != null) {
                    if (m.issuedByHost() && compatible(date, host.date)) {
                        addParticipants(host.who()); // a joint statement dated as the talks: theirs
                    }
                    return;
                }
                date = host.date;
                if (place == null) {
                    place = host.place;
                }
                if (m.issuedByHost()) {
                    addParticipants(host.who());
                } else if (!type.equals("ATTACK") && !type.equals("MEETING") && host.type.equals("MEETING")) {
                    // who signs or agrees at a meeting takes part in it; who meets on its sidelines may not
                    host.addParticipants(participants);
                }
                return;
            }
        }
    }

    /**
     * The day of the news for an event the story leads with and dates nowhere ("Trump and Putin have left their
     * summit in Alaska", a statement right after the lead, "the summit" with nothing before it to refer to): the day
     * named in the lead or right after it. Plans are left undated.
     */
    private void dateLead(MentionReader.Lead lead) {
        if (date == null && !founder.planned() && founder.host() < 0 && mentions.stream().anyMatch(EventMention::news)) {
            date = lead.day();
            leadSentence = lead.sentence();
        }
    }

    private void addParticipants(List<String> more) {
        for (String p : more) {
            if (!participants.contains(p)) {
                participants.add(p);
            }
        }
    }

    private void add(EventMention m, boolean withParticipants) {
        mentions.add(m);
        if (withParticipants) {
            addParticipants(m.participants());
            m.sides().stream().filter(x -> !sides.contains(x)).forEach(sides::add);
        }
        if (m.place() != null && better(m.place(), place)) {
            place = m.place();
        }
    }

    /**
     * Whether a place tells where the event is better than the one it has: the city within a state named
     * before (安克拉治 after 阿拉斯加會談), else the one named closer to the event, else a city over a country
     * ("in Riyadh" over "in Saudi Arabia").
     */
    private static boolean better(Place p, Place current) {
        if (current == null || p.within().contains(current.key())) {
            return true;
        }
        if (p.broad() && !current.broad()) {
            return false; // "drones at Ukraine" after "struck Sumy": the city hit, not the country holding it
        }
        return !current.within().contains(p.key()) && (p.rank() > current.rank()
                || p.rank() == current.rank() && current.broad() && !p.broad());
    }

    /** Who takes part: the participants, else those named around the mention that founded it. */
    private List<String> who() {
        return participants.isEmpty() ? founder.wider() : participants;
    }

    private int distanceTo(EventMention m) {
        int best = Integer.MAX_VALUE;
        for (EventMention x : mentions) {
            best = Math.min(best, Math.abs(x.start() - m.start()));
        }
        return best;
    }

    /**
     * The event, or null when it has no date or nobody takes part. The report's own date dates nothing: a
     * statement or attack the text does not date may be days old.
     *
     * @param dateline the place of the story's wire dateline, or null: the place of the lead's news naming none
     */
    Event toEvent(String id, Layers layers, String dateline) {
        List<String> who = who();
        if (leadSentence != null) {
            // "the summit declaration", in a story led by "EU leaders on Thursday approved…": the lead's news is theirs
            List<String> all = new ArrayList<>(who);
            layers.entities(leadSentence.start(), leadSentence.end()).stream().filter(EntityMention::isActor)
                    .map(m -> m.entry().key()).filter(k -> !all.contains(k)).forEach(all::add);
            who = all;
        }
        if (date == null || who.isEmpty()) {
            return null;
        }
        double confidence = Math.min(0.9, 0.6 + 0.1 * (mentions.size() - 1));
        String where = place != null ? place.key()
                : leadSentence != null && type.equals("MEETING") && !"remote".equals(founder.mode()) ? dateline : null;
        return new Event(id, type, date, where, who,
                layers.text.substring(founder.clause().start(), founder.clause().end()), founder.clause().start(),
                founder.clause().end(), confidence);
    }

    private static int shared(List<String> a, List<String> b) {
        int n = 0;
        for (String x : b) {
            if (a.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** A date some days on (or back); a span or month only when no days are counted, else null. */
    static String shifted(String date, int days) {
        if (days == 0) {
            return date;
        }
        try {
            return date.length() == 10 ? LocalDate.parse(date).plusDays(days).toString() : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The mentions, those told relative to another event ("hours before the summit", 會談前數小時) dated by
     * that event's occurrence, so that they found or join occurrences of their own day.
     */
    static List<EventMention> datedByOthers(List<EventMention> mentions, LocalDate report, MentionReader.Lead lead) {
        if (mentions.stream().noneMatch(m -> m.relativeTo() >= 0)) {
            return mentions;
        }
        List<Occurrence> occurrences = cluster(mentions, report, lead);
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : mentions) {
            String day = null;
            for (Occurrence o : m.relativeTo() < 0 ? List.<Occurrence>of() : occurrences) {
                if (o.date != null && o.mentions.stream().anyMatch(x -> x.start() == m.relativeTo())) {
                    day = shifted(o.date, m.days());
                }
            }
            if (day != null && !m.type().equals("MEETING") && report != null
                    && TimeValue.parse(day).map(v -> v.start().isAfter(report)).orElse(false)) {
                day = null; // an attack or agreement the day after one to come has not happened
            }
            out.add(day == null ? m : m.dated(day));
        }
        return out;
    }

    /** Same day or span: equal, one more precise than the other (2022, 2022-02), or a day inside an interval. */
    static boolean compatible(String a, String b) {
        if (a.equals(b) || a.startsWith(b) || b.startsWith(a)) {
            return true;
        }
        return inside(a, b) || inside(b, a);
    }

    private static boolean inside(String day, String interval) {
        int slash = interval.indexOf('/');
        if (slash < 0 || day.contains("/")) {
            return false;
        }
        String from = interval.substring(0, slash);
        String to = interval.substring(slash + 1);
        return day.compareTo(from) >= 0 && day.compareTo(to) <= 0 || from.startsWith(day) || to.startsWith(day);
    }

    /** An interval over a day inside it; the more precise of two prefixes. */
    private static String finer(String a, String b) {
        if (a.contains("/")) {
            return a;
        }
        if (b.contains("/")) {
            return b;
        }
        return b.length() > a.length() ? b : a;
    }
}
