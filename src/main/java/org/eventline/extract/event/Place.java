package org.eventline.extract.event;

import java.util.Set;

/**
 * Where an event is, and how sure that is: 4 names the event (柏林會談), 3 a venue next to it (於柏林),
 * 2 a venue further off, a destination, or an attack's target.
 *
 * @param side  the state the place stands for, when it is a capital
 * @param broad  a state or group read as a place ("talks in Saudi Arabia"): it may hold a city named elsewhere
 * @param within the places the article names around it (Alaska for 阿拉斯加州安克拉治)
 */
record Place(String key, int rank, String side, boolean broad, Set<String> within) {

    Place {
        within = Set.copyOf(within);
    }

    /** Whether one place lies in the other, or either is a state that may hold the other. */
    boolean holds(Place other) {
        return broad || other.broad || within.contains(other.key) || other.within.contains(key);
    }
}
