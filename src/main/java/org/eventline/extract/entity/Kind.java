package org.eventline.extract.entity;

import org.eventline.model.ActorType;

/** What a gazetteer entry names: one of the actor types, or a place. */
public enum Kind {
    PERSON, COUNTRY, ORGANIZATION, GROUP, MEDIA, PLACE;

    public boolean isActor() {
        return this != PLACE;
    }

    public ActorType actorType() {
        if (this == PLACE) {
            throw new IllegalStateException("a place is not an actor");
        }
        return ActorType.valueOf(name());
    }
}
