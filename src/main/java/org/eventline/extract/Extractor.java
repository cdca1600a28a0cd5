package org.eventline.extract;

import org.eventline.extract.claim.ClaimFinder;
import org.eventline.extract.cue.CueFiles;
import org.eventline.extract.entity.EntityFinder;
import org.eventline.extract.entity.EntityMention;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Gazetteer;
import org.eventline.extract.event.EventFinder;
import org.eventline.extract.time.TimeFinder;
import org.eventline.model.Actor;
import org.eventline.model.Article;
import org.eventline.model.Extraction;
import org.eventline.model.Mention;
import org.eventline.model.Place;
import org.eventline.text.AnalyzedText;
import org.eventline.text.Language;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The extract stage: one {@link Article} in, one {@link Extraction} out. A fixed pipeline of
 * components over one {@link Doc}: entities, times, claims, events. Thread-safe once built; building
 * loads the lexicon and is the expensive part, so build one and share it.
 */
public final class Extractor {

    private final Gazetteer gazetteer;
    private final List<Component> pipeline;
    private final String fingerprint;

    private Extractor(Gazetteer gazetteer, List<Component> pipeline, String fingerprint) {
        this.gazetteer = gazetteer;
        this.pipeline = pipeline;
        this.fingerprint = fingerprint;
    }

    public static Extractor create(Lexicon lexicon) {
        // The gazetteer (CLDR country names, HanLP's dictionary) is built on a thread of its own while the
        // other components read their cues: building is most of a one-article run.
        FutureTask<Gazetteer> building = new FutureTask<>(() -> Gazetteer.from(lexicon));
        Thread builder = new Thread(building, "eventline-gazetteer");
        builder.setDaemon(true);
        builder.start();
        TimeFinder times = new TimeFinder(lexicon);
        CueFiles cues = new CueFiles(lexicon);  // claims and events read the same cue files: compiled once
        ClaimFinder claims = new ClaimFinder(cues);
        Gazetteer gazetteer = built(building);
        List<Component> pipeline = List.of(new EntityFinder(gazetteer), times, claims, new EventFinder(cues, gazetteer));
        return new Extractor(gazetteer, pipeline, lexicon.fingerprint());
    }

    private static Gazetteer built(FutureTask<Gazetteer> building) {
        try {
            return building.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the gazetteer", e);
        } catch (ExecutionException e) {
            // The builder's own error (a bad lexicon row, say), as if it had been thrown here.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Identifies the rules and data in use: articles extracted with other rules are extracted again. */
    public String fingerprint() {
        return fingerprint;
    }

    public Extraction extract(Article article) {
        String language = Language.detect(article.body());
        Article doc = article.withLanguage(language);
        Doc d = new Doc(doc, AnalyzedText.of(doc.body(), language), anchor(doc.publishedDate()));
        for (Component c : pipeline) {
            c.process(d);
        }
        return assemble(d, gazetteer, fingerprint);
    }

    private static LocalDate anchor(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Groups entity mentions into one actor or place per gazetteer entry, in order of first mention; the
     * states that claims and events name without a mention of their own (Kyiv refusing → Ukraine), and the
     * places of events named by a capital read as its state, follow.
     */
    private static Extraction assemble(Doc d, Gazetteer gazetteer, String fingerprint) {
        Map<String, List<EntityMention>> byKey = new LinkedHashMap<>();
        for (EntityMention m : d.entities) {
            byKey.computeIfAbsent(m.entry().key(), k -> new ArrayList<>()).add(m);
        }
        List<Actor> actors = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (List<EntityMention> mentions : byKey.values()) {
            Entry e = mentions.get(0).entry();
            List<Mention> spans = mentions.stream().map(m -> new Mention(m.text(), m.start(), m.end())).toList();
            double confidence = mentions.stream().mapToDouble(EntityMention::confidence).max().orElse(0);
            if (e.kind().isActor()) {
                actors.add(new Actor(e.key(), e.name(), e.wikidata(), e.kind().actorType(), spans, confidence));
            } else {
                places.add(new Place(e.key(), e.name(), e.wikidata(), spans, confidence));
            }
        }
        java.util.Set<String> present = new java.util.HashSet<>(byKey.keySet());
        List<String> referenced = new ArrayList<>();
        d.claims.forEach(c -> {
            referenced.add(c.holder());
            referenced.addAll(c.beneficiaries());
        });
        d.events.forEach(ev -> {
            referenced.addAll(ev.participants());
            if (ev.place() != null) {
                referenced.add(ev.place()); // 法國巴黎: a capital read as its state names the place of an event
            }
        });
        for (String key : referenced) {
            Entry e = gazetteer.get(key);
            if (e == null || !present.add(key)) {
                continue;
            }
            if (e.kind().isActor()) {
                actors.add(new Actor(e.key(), e.name(), e.wikidata(), e.kind().actorType(), List.of(), 0.5));
            } else {
                places.add(new Place(e.key(), e.name(), e.wikidata(), List.of(), 0.5));
            }
        }
        return new Extraction(d.article, actors, places, d.times, d.claims, d.events, fingerprint);
    }
}
