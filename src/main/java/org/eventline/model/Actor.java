package org.eventline.model;

import java.util.List;

/**
 * A party that speaks or acts: a person, state, organisation, group of states or medium.
 *
 * @param id       stable key, the same in every article: the Wikidata id when known ("Q30"),
 *                 else a local key derived from the canonical name ("local:florence-gaub")
 * @param name     canonical English name
 * @param wikidata Wikidata id or null
 * @param mentions where the article names it
 */
public record Actor(String id, String name, String wikidata, ActorType type, List<Mention> mentions,
                    double confidence) {

    public Actor {
        mentions = List.copyOf(mentions);
    }
}
