package org.eventline.extract.claim;

import org.eventline.extract.cue.Cues;
import org.eventline.extract.cue.Layers;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Kind;
import org.eventline.model.Timex;
import org.eventline.text.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads who says what in a sentence (attribution.tsv): the actor before a saying verb (X表示, "X said"),
 * after "according to"/根據, after 引述/"citing" (the outlet before it is a source, never a speaker), and
 * pronouns and role nouns (他, 官員, "the official") standing for the last speaker named.
 */
final class Attribution {

    /** How far before a saying verb its speaker may stand, in characters. */
    private static final int REACH_HAN = 40;
    private static final int REACH_LATIN = 90;
    /** How far into a Chinese sentence its subject may stand (烏克蘭國家安全與國防委員會秘書烏梅羅夫). */
    private static final int OPENER_REACH = 16;
    private static final String CONJUNCTION_HEADS = "并且也还再又但而";
    private static final java.util.Set<String> LATIN_HEADS = java.util.Set.of("and", "also", "who", "and also", "but",
            "but also", "while", "and then");

    /** A saying verb joined to the verb before it: "… and said", "… but also warned". */
    private static final Pattern COORDINATED = Pattern.compile("[a-z] (and|but)( also)?\\s*$");
    /** How far into its clause (in characters) the name of a subject may begin ("Russian President Vladimir Putin"). */
    private static final int SUBJECT_OPENS = 30;

    private final Layers layers;
    private final Cues.Hits cues;
    private final Cues.Hits stances;
    private final Cues.Hits markers;
    private final Documents documents;

    Attribution(Layers layers, Cues.Hits cues, Cues.Hits stances, Cues.Hits markers) {
        this.layers = layers;
        this.cues = cues;
        this.stances = stances;
        this.markers = markers;
        this.documents = new Documents(layers, markers, this::addressed);
    }

    /** The attributions of one sentence in order; {@code last} is the speaker of the sentences before. */
    List<Said> read(Span sentence, List<Span> clauses, Said last) {
        List<Said> out = new ArrayList<>();
        List<Cues.Hit> verbs = new ArrayList<>(cues.in(sentence.start(), sentence.end(), "AFTER", "BEFORE", "SOURCE",
                "STIPULATE"));
        for (Span c : clauses) {
            Said colon = namedBeforeColon(c);
            if (colon != null) {
                verbs.add(new Cues.Hit("COLON", ":", "", colon.cueStart(), colon.cueEnd()));
            }
        }
        verbs.sort(java.util.Comparator.comparingInt(Cues.Hit::start));
        for (Cues.Hit h : verbs) {
            if (h.is("COLON")) {
                out.add(namedBeforeColon(clauseOf(clauses, h.start() - 1)));
                continue;
            }
            Span clause = clauseOf(clauses, h.start());
            if (conditional(clause, h)) {
                continue; // 若美方堅持…, "if Moscow insists": what may be said, the condition of another's position
            }
            if (inNounPhrase(h)) {
                continue;
            }
            Said said = switch (h.label()) {
                case "AFTER" -> after(h, clause, clauses, sentence, out, last);
                case "BEFORE" -> before(h, clause);
                case "STIPULATE" -> byDocument(documents.subjectBefore(clause.start(), h.start()), h, clause);
                default -> source(h, clause);
            };
            if (said != null) {
                // A saying verb inside a name already read ("X told reporters… said") is one attribution.
                if (!out.isEmpty() && said.holder() != null && out.get(out.size() - 1).cueEnd() > h.start()) {
                    continue;
                }
                // What is reported within a dated saying was said then too (普丁曾於10月時表示，俄方要求…).
                if (said.date() == null && !out.isEmpty() && out.get(out.size() - 1).date() != null) {
                    said = new Said(said.holder(), said.who(), said.cueStart(), said.cueEnd(), said.stance(),
                            out.get(out.size() - 1).date(), said.carried());
                }
                out.add(said);
            }
        }
        return out;
    }

    private Said after(Cues.Hit h, Span clause, List<Span> clauses, Span sentence, List<Said> before, Said last) {
        String verbStance = verbStance(h);
        EntityMention who = speakerBefore(clause.start(), h.start());
        EntityMention coordinated = who == null ? null : coordinatedSubject(clause, h);
        who = coordinated != null ? coordinated : who;
        if (who != null && commentator(who, h)) {
            return new Said(null, null, h.start(), h.end(), verbStance, dateOf(clause.start(), h), false);
        }
        if (who != null) {
            if (who.entry().kind() == Kind.MEDIA) {
                return new Said(null, who, h.start(), h.end(), verbStance, null, false);
            }
            who = Holders.firstOfList(layers, who, sentence.start());
            // the date may precede the name that is nearest the verb (吕特3日出席北约外长会议时表示)
            return new Said(Holders.key(who), who, h.start(), h.end(), verbStance,
                    dateOf(Math.min(clause.start(), who.start()), h), false);
        }
        Said document = byDocument(documents.subjectBefore(clause.start(), h.start()), h, clause);
        if (document != null) {
            return document;
        }
        EntityMention party = partiesSpeaking(clause, h, sentence);
        if (party != null) {
            return new Said(Holders.key(party), party, h.start(), h.end(), verbStance, dateOf(clause.start(), h), false);
        }
        String head = layers.lower.substring(clause.start(), h.start()).strip();
        boolean opensClause = head.isEmpty() || head.equals("who");
        // "The UK prime minister, Keir Starmer, said…": a title and its name in apposition, the name speaks.
        if (opensClause) {
            EntityMention named = layers.chinese ? null : nameClauseBefore(clause, clauses);
            named = named != null ? named : appositiveSubject(sentence.start(), clause.start());
            if (named != null) {
                return new Said(Holders.key(named), named, h.start(), h.end(), verbStance, dateOf(named.start(), h),
                        false);
            }
        }
        // "The official, who spoke on condition of anonymity, said…": the reference may open the sentence.
        Cues.Hit ref = cues.last(clause.start(), h.start(), "REFER");
        if (ref == null && opensClause) {
            ref = openingReference(sentence, clause);
        }
        if (ref != null) {
            Said antecedent = switch (ref.option()) {
                case "person" -> nearestPerson(ref.start(), before, last);
                case "group" -> nearestGroup(ref.start(), h);
                default -> last;
            };
            return antecedent == null ? null
                    : antecedent.carriedTo(h.start(), h.end(), verbStance, dateOf(clause.start(), h));
        }
        if (head.isEmpty() || head.length() <= 2 && CONJUNCTION_HEADS.indexOf(head.charAt(0)) >= 0
                || LATIN_HEADS.contains(head)) {
            Said previous = !before.isEmpty() ? before.get(before.size() - 1) : null;
            if (previous != null && previous.holder() != null) {
                return previous.carriedTo(h.start(), h.end(), verbStance, previous.date());
            }
            // 西比哈感謝北歐國家長期支持，並重申…: a verb after 並 has the subject opening the sentence
            EntityMention opener = head.isEmpty() || !layers.chinese ? null : sentenceSubject(sentence, clause.start());
            if (opener != null) {
                return new Said(Holders.key(opener), opener, h.start(), h.end(), verbStance,
                        dateOf(opener.start(), h), false);
            }
            // 他感謝…，並重申…: or the person a pronoun opening it stands for
            Cues.Hit pronoun = head.isEmpty() || !layers.chinese ? null : openingReference(sentence, clause);
            Said person = pronoun != null && pronoun.option().equals("person")
                    ? nearestPerson(pronoun.start(), before, last) : null;
            if (person != null && person.holder() != null) {
                return person.carriedTo(h.start(), h.end(), verbStance, dateOf(clause.start(), h));
            }
            if (head.equals("who") || head.isEmpty()) {
                EntityMention named = speakerBefore(sentence.start(), clause.start());
                if (named != null && named.entry().kind() != Kind.MEDIA) {
                    named = Holders.firstOfList(layers, named, sentence.start()); // 英國、法國與烏克蘭…，表示…
                    return new Said(Holders.key(named), named, h.start(), h.end(), verbStance,
                            dateOf(named.start(), h), false);
                }
            }
        }
        // 包括施凱爾、馬克宏…在內的多位領袖，昨天發表聯合聲明表示: the subject may stand in a clause of its own
        EntityMention subject = subjectClauseBefore(clause, clauses);
        if (subject != null) {
            subject = Holders.firstOfList(layers, subject, sentence.start());
            return new Said(Holders.key(subject), subject, h.start(), h.end(), verbStance, dateOf(clause.start(), h), false);
        }
        // 普丁表示，下次將要求…: a verb with no speaker of its own goes on with the words of the one before
        Said previous = !before.isEmpty() ? before.get(before.size() - 1) : null;
        if (layers.chinese && previous != null && previous.holder() != null && previous.cueEnd() > sentence.start()) {
            return previous.carriedTo(h.start(), h.end(), verbStance, previous.date());
        }
        // "…, said Kremlin spokesman Dmitry Peskov": the speaker after the verb.
        if (!layers.chinese) {
            EntityMention next = firstActor(h.end(), Math.min(clause.end(), h.end() + 40));
            if (next != null && next.entry().kind() != Kind.MEDIA && h.start() > clause.start()
                    && ",\"”' ".indexOf(layers.text.charAt(h.start() - 1)) >= 0 && head.length() < 3) {
                return new Said(Holders.key(next), next, h.start(), h.end(), verbStance, dateOf(h.start(), h), false);
            }
        }
        // An unnamed source ("officials said on Monday"): no speaker, but the saying is dated all the same.
        return new Said(null, null, h.start(), h.end(), verbStance, dateOf(clause.start(), h), false);
    }

    /**
     * The subject of a sentence whose verb follows its appositions: "The UK prime minister, Keir Starmer,
     * said…", "Andriy Yermak, head of Ukraine's presidential office, who led Kyiv's delegation, said…": the
     * person named there, else the first actor.
     */
    private EntityMention appositiveSubject(int sentenceStart, int clauseStart) {
        if (layers.chinese) {
            return null;
        }
        String before = layers.lower.substring(sentenceStart, clauseStart);
        long commas = before.chars().filter(c -> c == ',').count();
        if (commas < 1 || commas > 3 || before.length() > 140) {
            return null;
        }
        EntityMention first = null;
        for (EntityMention m : layers.entities(sentenceStart, clauseStart)) {
            if (!Holders.canHold(m) || m.entry().kind() == Kind.MEDIA || located(m)) {
                continue;
            }
            if (m.entry().kind() == Kind.PERSON) {
                return m;
            }
            first = first == null ? m : first;
        }
        return first;
    }

    /** "the group said", 該聯盟表示: the organisation or group named last, in this paragraph or the one before. */
    private Said nearestGroup(int at, Cues.Hit verb) {
        int from = layers.paragraphStart(Math.max(0, layers.paragraphStart(at) - 1));
        for (EntityMention m : layers.entitiesBackwards(from, at)) {
            Kind kind = m.entry().kind();
            if ((kind == Kind.ORGANIZATION || kind == Kind.GROUP) && Holders.canHold(m)) {
                return new Said(Holders.key(m), m, verb.start(), verb.end(), verbStance(verb), dateOf(at, verb), false);
            }
        }
        return null;
    }

    /**
     * The person a pronoun (他, she) stands for: the speaker just named in the sentence, else the subject of
     * the nearest sentence before that names a person (its speaker, when it has one), looking no further back
     * than the paragraph before.
     */
    private Said nearestPerson(int at, List<Said> before, Said last) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Said s = before.get(i);
            // 澤倫斯基指出，美方提出…，但他希望…: 他 is the person speaking, not the party he reports
            if (s.holder() != null && s.cueEnd() <= at && (s.who() == null || s.who().entry().kind() == Kind.PERSON)) {
                return s;
            }
        }
        EntityMention nearest = null;
        int from = layers.paragraphStart(Math.max(0, layers.paragraphStart(at) - 1));
        for (EntityMention m : layers.entitiesBackwards(from, at)) {
            if (m.entry().kind() == Kind.PERSON && Holders.canHold(m)) {
                nearest = m;
                break;
            }
        }
        if (nearest == null) {
            return last;
        }
        Span sentence = layers.sentenceAt(nearest.start());
        if (last != null && last.cueStart() >= sentence.start()) {
            return last;
        }
        EntityMention subject = nearest;
        for (EntityMention m : layers.entities(sentence.start(), nearest.start())) {
            if (m.entry().kind() == Kind.PERSON && Holders.canHold(m)) {
                subject = m;
                break;
            }
        }
        return new Said(Holders.key(subject), subject, at, at, null, dateNear(subject), true);
    }

    /** A date written right after a name (澤倫斯基22日在…演說時, "Zelensky on Monday"). */
    private String dateNear(EntityMention m) {
        for (Timex t : layers.times(m.end(), Math.min(layers.text.length(), m.end() + (layers.chinese ? 6 : 14)))) {
            if (t.start() - m.end() <= (layers.chinese ? 1 : 4) && Layers.pastDate(t, layers.doc.anchor)) {
                return Layers.day(t.value());
            }
            break;
        }
        return null;
    }

    /** A name and a colon, as headlines quote (特朗普：烏克蘭須接受…, "Zelensky: we will not cede land"). */
    private Said namedBeforeColon(Span clause) {
        EntityMention who = Holders.beforeColon(layers, clause);
        return who == null ? null : new Said(Holders.key(who), who, clause.end(), clause.end() + 1, null, null, false);
    }

    private Said before(Cues.Hit h, Span clause) {
        EntityMention who = firstActor(h.end(), Math.min(clause.end(), h.end() + REACH_HAN));
        if (who == null) {
            return byDocument(documents.after(h.end(), clause.end()), h, clause); // 根據協議, "according to the draft"
        }
        String holder = who.entry().kind() == Kind.MEDIA ? null : Holders.key(who);
        return new Said(holder, who, h.start(), who.end(), null, dateOf(h.start(), h), false);
    }

    private Said source(Cues.Hit h, Span clause) {
        EntityMention who = firstActor(h.end(), Math.min(clause.end(), h.end() + REACH_HAN));
        if (who == null || who.entry().kind() == Kind.MEDIA) {
            return null;
        }
        return new Said(Holders.key(who), who, h.start(), h.end(), null, dateOf(who.start(), h), false);
    }

    /** What a document says (《宣言》稱, "the draft calls for"), said by the party behind it. */
    private Said byDocument(Cues.Hit document, Cues.Hit verb, Span clause) {
        EntityMention author = document == null ? null : documents.author(document);
        if (author == null) {
            return null;
        }
        return new Said(Holders.key(author), author, verb.start(), verb.end(), verbStance(verb),
                dateOf(clause.start(), verb), false);
    }

    /**
     * The nearest actor before a saying verb in its clause, skipping addressees (向X說, "told X") and
     * glosses of them in brackets.
     */
    private EntityMention speakerBefore(int from, int verb) {
        int reach = layers.chinese ? REACH_HAN : REACH_LATIN;
        verb = beforeRelativeClause(Math.max(from, verb - reach), verb);
        Set<String> addressees = new HashSet<>();
        int companions = companionsFrom(Math.max(from, verb - reach), verb);
        for (EntityMention m : layers.entitiesBackwards(Math.max(from, verb - reach), verb)) {
            if (!m.isActor() && m.entry().affiliation() == null || located(m) || m.start() >= companions
                    || onOccasion(from, m, verb)) {
                continue;
            }
            if (addressed(m)) {
                addressees.add(m.entry().key());
                continue;
            }
            if (addressees.contains(m.entry().key())) {
                continue;
            }
            return m;
        }
        return null;
    }

    /**
     * "Lee, who met Prime Minister Svyrydenko on Tuesday, said…": the speaker stands before the relative
     * clause between commas that ends at the saying verb; the people in it are who he met. Returns where
     * that clause opens, else {@code verb}.
     */
    private int beforeRelativeClause(int from, int verb) {
        if (layers.chinese || verb < 2 || !layers.text.startsWith(", ", verb - 2)) {
            return verb;
        }
        // (looked for within reach only: an absent "who" must not send the search back to the top of the article)
        String reach = layers.lower.substring(from, verb);
        int who = Math.max(reach.lastIndexOf(", who "), reach.lastIndexOf(", whose "));
        return who >= 0 && reach.indexOf(',', who + 1) == reach.length() - 2 ? from + who : verb;
    }

    /**
     * 兩人宣布, "the two leaders said": the first of the parties named in the sentence before, in the same
     * paragraph, when the sentence names none before the reference; null otherwise.
     */
    private EntityMention partiesSpeaking(Span clause, Cues.Hit verb, Span sentence) {
        Cues.Hit parties = cues.last(clause.start(), verb.start(), "PARTIES");
        if (parties == null || !layers.lower.substring(clause.start(), parties.start()).isBlank()
                || !layers.actors(sentence.start(), parties.start()).isEmpty() || sentence.start() == 0) {
            return null;
        }
        Span before = layers.sentenceAt(sentence.start() - 1);
        if (layers.paragraph(before.start()) != layers.paragraph(sentence.start())) {
            return null;
        }
        for (EntityMention m : layers.entities(before.start(), before.end())) {
            if (Holders.canHold(m) && !located(m) && m.entry().kind() != Kind.MEDIA) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Putin accused Europe of sabotaging the US effort and said…": a verb joined by "and" to the clause's
     * first verb has that verb's subject, the name opening the clause, not a name inside its object; null
     * where the verb is not joined so or no name opens the clause.
     */
    private EntityMention coordinatedSubject(Span clause, Cues.Hit verb) {
        if (layers.chinese || !COORDINATED.matcher(layers.lower.substring(clause.start(), verb.start())).find()) {
            return null;
        }
        List<EntityMention> named = layers.entities(clause.start(), verb.start());
        EntityMention first = named.isEmpty() ? null : named.get(0);
        return first != null && first.start() - clause.start() <= SUBJECT_OPENS && Holders.canHold(first)
                && first.entry().kind() != Kind.MEDIA && !located(first) && !addressed(first) ? first : null;
    }

    /**
     * In English, the name standing alone between commas right before the saying's clause ("while Italy's
     * prime minister, Giorgia Meloni, repeated that…"), or null.
     */
    private EntityMention nameClauseBefore(Span clause, List<Span> clauses) {
        int i = clauses.indexOf(clause);
        if (i < 1) {
            return null;
        }
        Span previous = clauses.get(i - 1);
        int start = previous.start();
        int end = previous.end();
        while (start < end && (Character.isWhitespace(layers.text.charAt(start)) || layers.text.charAt(start) == ',')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(layers.text.charAt(end - 1)) || layers.text.charAt(end - 1) == ',')) {
            end--;
        }
        List<EntityMention> named = layers.entities(start, end);
        if (named.size() != 1 || named.get(0).start() != start || named.get(0).end() != end) {
            return null;
        }
        EntityMention who = named.get(0);
        return who.entry().kind() == Kind.PERSON && Holders.canHold(who) ? who : null;
    }

    /** In Chinese, the speaker named in a clause of nothing but names before the saying's clause, or null. */
    private EntityMention subjectClauseBefore(Span clause, List<Span> clauses) {
        int i = clauses.indexOf(clause);
        if (!layers.chinese || i < 1) {
            return null;
        }
        int start = clauses.get(i - 1).start();
        int end = clauses.get(i - 1).end();
        if (stances.any(start, end) || cues.any(start, end) || markers.any(start, end, "IF")) {
            return null; // a clause with a verb of its own says something itself
        }
        EntityMention who = speakerBefore(start, end);
        return who != null && who.entry().kind() != Kind.MEDIA ? who : null;
    }

    /** A reference (他, "the official") opening the sentence before {@code clause}, or null. */
    private Cues.Hit openingReference(Span sentence, Span clause) {
        Cues.Hit opening = cues.first(sentence.start(), clause.start(), "REFER");
        return opening != null && opening.start() - sentence.start() <= (layers.chinese ? 2 : 4) ? opening : null;
    }

    /**
     * The subject opening a Chinese sentence, before {@code to}: its first person (烏克蘭外長西比哈), else its first
     * actor, when it stands near the start; null otherwise.
     */
    private EntityMention sentenceSubject(Span sentence, int to) {
        EntityMention first = null;
        for (EntityMention m : layers.entities(sentence.start(), to)) {
            if (m.start() - sentence.start() > OPENER_REACH) {
                break;
            }
            if (!Holders.canHold(m) || located(m) || addressed(m) || m.entry().kind() == Kind.MEDIA) {
                continue;
            }
            if (m.entry().kind() == Kind.PERSON) {
                return m;
            }
            first = first == null ? m : first;
        }
        return first;
    }

    /** How far before a name the verb of an occasion may stand (會見美國總統川普的白俄羅斯問題特使科爾時). */
    private static final int OCCASION_REACH = 24;

    /** 澤倫斯基訪問愛爾蘭首都都柏林時表示: a name in the occasion of the saying, after its verb, is not the speaker. */
    private boolean onOccasion(int from, EntityMention m, int verb) {
        return layers.chinese && layers.norm.substring(m.end(), verb).contains("时")
                && OCCASION.matcher(layers.norm.substring(Math.max(from, m.start() - OCCASION_REACH), m.start())).find();
    }

    /**
     * Where the people a speaker is with begin (澤倫斯基與來訪的芬蘭總統斯圖布共同召開記者會時說, "Zelensky, speaking
     * alongside Stubb, said"): after a COMPANION word that has a speaker before it. They speak no words of
     * their own here. {@code verb} when there is none.
     */
    private int companionsFrom(int from, int verb) {
        for (Cues.Hit with : markers.in(from, verb, "COMPANION")) {
            for (EntityMention m : layers.entities(from, with.start())) {
                if (Holders.canHold(m) && !located(m)) {
                    return with.start();
                }
            }
        }
        return verb;
    }

    /**
     * 烏克蘭分析人士表示, "Russian analysts say", "analyst Jane Doe said": a commentator named by where they
     * come from or by their name speaks for no party.
     */
    private boolean commentator(EntityMention who, Cues.Hit verb) {
        int from = Math.max(0, who.start() - (layers.chinese ? 6 : 30));
        return cues.any(from, verb.start(), "COMMENTATOR");
    }

    /** 西方提出的方案 (a verb describing a noun), 備忘錄中的要求 (the noun itself): in Chinese, no saying. */
    private boolean inNounPhrase(Cues.Hit h) {
        return layers.beforeDe(h.end())
                || layers.chinese && h.is("AFTER") && h.start() > 0 && layers.norm.charAt(h.start() - 1) == '的';
    }

    /** A saying verb right after "if" and its subject (若美方堅持, "if Washington insisted"). */
    private boolean conditional(Span clause, Cues.Hit verb) {
        Cues.Hit opener = markers.last(clause.start(), verb.start(), "IF");
        return opener != null && verb.start() - opener.end() <= (layers.chinese ? 12 : 40)
                && !layers.clauseBreak(opener.end(), verb.start());
    }

    /** 在基輔, "in Kyiv": where someone speaks, not who. */
    private boolean located(EntityMention m) {
        Cues.Hit at = markers.last(Math.max(0, m.start() - 4), m.start(), "VENUE");
        // 魯比歐在參議院表示: in Chinese whatever follows 在 is where the saying happened, a body as much as a city
        return (m.entry().kind() == Kind.PLACE || layers.chinese) && at != null && layers.adjacent(at.end(), m.start())
                || Holders.cityOfPlace(layers, markers, m);
    }

    private boolean addressed(EntityMention m) {
        Cues.Hit to = cues.last(Math.max(0, m.start() - 8), m.start(), "TO");
        return to != null && layers.adjacent(to.end(), m.start()); // "Russia's ambassador to the OSCE told"
    }

    private EntityMention firstActor(int from, int to) {
        for (EntityMention m : layers.entities(from, to)) {
            if (m.isActor() || m.entry().affiliation() != null) {
                return m;
            }
        }
        return null;
    }

    private String verbStance(Cues.Hit h) {
        for (Cues.Hit s : stances.in(h.start(), h.end())) {
            if (!s.is("NEGATION") && !s.is("STATE")) {
                return s.label();
            }
        }
        return null;
    }

    /** Verbs of the occasion a saying is made on (訪問…時, 出席…時). */
    private static final Pattern OCCASION = Pattern.compile("访问|出席|前往|抵达|会见|会晤|接见|出访|参加|视察");

    /**
     * Where and how the saying was made, up to its date ("said after hosting a summit on Thursday", "told
     * reporters in Paris on Friday"): no clause or statement of its own in between.
     */
    private static final Pattern SAYING_TAIL = Pattern.compile(
            "(?!.*\\b(that|which|who|would|will|could|should|must|is|are|was|were|had|has)\\b)[^,;:\"“”]{0,64}");

    /**
     * A date written with the saying: between the speaker and the verb (美方官員今天表示, "Russia on Monday
     * said") or right after the verb ("said on Tuesday"). Only days and months up to the report's date.
     */
    private String dateOf(int from, Cues.Hit verb) {
        int to = layers.chinese ? verb.end() : Math.min(layers.text.length(), verb.end() + 72);
        String before = null;
        for (Timex t : layers.times(from, to)) {
            if (t.start() >= verb.end() && t.start() - verb.end() > 4
                    && !SAYING_TAIL.matcher(layers.lower.substring(verb.end(), t.start())).matches()
                    || layers.inDateline(t) || !Layers.statementDate(t, layers.doc.anchor)) {
                continue;
            }
            if (t.start() >= verb.start()) {
                return before != null ? before : Layers.day(t.value());
            }
            // "Zelensky, who was embraced by Starmer on Saturday and received by the King on Sunday, said…":
            // the day nearest the verb
            before = Layers.day(t.value());
        }
        return before;
    }

    private static Span clauseOf(List<Span> clauses, int offset) {
        for (Span c : clauses) {
            if (c.start() <= offset && offset < c.end()) {
                return c;
            }
        }
        return clauses.isEmpty() ? new Span(offset, offset) : clauses.get(clauses.size() - 1);
    }
}
