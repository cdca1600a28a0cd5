package org.eventline.extract.entity;

import org.eventline.text.Segmenter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions found so far in one article, with the entities the article itself introduced (people and
 * organisations no gazetteer knows). Later finders see what earlier ones took.
 */
final class Found {

    final String text;
    final String norm;
    final boolean chinese;
    private final List<EntityMention> mentions = new ArrayList<>();
    private final boolean[] covered;
    /** Entities introduced by this article, by key. */
    final Map<String, Entry> local = new LinkedHashMap<>();
    /** Names to look for again (the Chinese of a glossed name, an English surname), by name. */
    final Map<String, Entry> repeats = new LinkedHashMap<>();
    /**
     * HanLP's reading of the windows after titles already segmented ({@link Segmenter#personAt}): a name
     * is titled again and again in one article, and segmenting costs more than the rest of its reading.
     */
    private final Map<String, Integer> persons = new HashMap<>();

    Found(String text, String norm, boolean chinese) {
        this.text = text;
        this.norm = norm;
        this.chinese = chinese;
        this.covered = new boolean[text.length()];
    }

    /** The length of the person's name a Simplified window starts with, as {@link Segmenter#personAt}. */
    int personAt(String simplifiedWindow) {
        return persons.computeIfAbsent(simplifiedWindow, Segmenter::personAt);
    }

    List<EntityMention> mentions() {
        return mentions;
    }

    boolean free(int start, int end) {
        for (int k = start; k < end; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    boolean covered(int i) {
        return i >= 0 && i < covered.length && covered[i];
    }

    void add(EntityMention m) {
        mentions.add(m);
        for (int k = m.start(); k < m.end(); k++) {
            covered[k] = true;
        }
    }

    /** Adds a mention in place of every mention inside its span. */
    void replace(EntityMention m) {
        mentions.removeIf(o -> o.overlaps(m.start(), m.end()));
        add(m);
    }

    void remove(EntityMention m) {
        mentions.remove(m);
        for (int k = m.start(); k < m.end(); k++) {
            covered[k] = false;
        }
    }

    EntityMention at(int start, int end) {
        for (EntityMention m : mentions) {
            if (m.start() == start && m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /** The mention that ends at {@code end} (ignoring spaces), or null. */
    EntityMention endingAt(int end) {
        int e = end;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        for (EntityMention m : mentions) {
            if (m.end() == e) {
                return m;
            }
        }
        return null;
    }

    EntityMention covering(int i) {
        for (EntityMention m : mentions) {
            if (m.start() <= i && i < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** An entity of this article: the same key always gives the same entry, aliases added up. */
    Entry introduce(Entry e) {
        Entry old = local.get(e.key());
        if (old != null) {
            List<String> aliases = new ArrayList<>(old.aliases());
            e.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
            e = new Entry(old.key(), old.kind(), old.name(), old.wikidata(),
                    old.affiliation() != null ? old.affiliation() : e.affiliation(), aliases,
                    old.office() != null ? old.office() : e.office());
        }
        local.put(e.key(), e);
        return e;
    }

    List<EntityMention> sorted() {
        List<EntityMention> out = new ArrayList<>(mentions);
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }
}
