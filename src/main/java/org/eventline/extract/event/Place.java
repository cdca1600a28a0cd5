package org.eventline.extract.event;

/**
 * Where an event is, and how sure that is: 4 names the event (柏林會談), 3 a venue next to it (於柏林),
 * 2 a venue further off, a destination, or an attack's target.
 *
 * @param side the state the place stands for, when it is a capital
 */
record Place(String key, int rank, String side) {
}
