package org.eventline.model;

/** How a holder stands to a claim; definitions in the extract contract (cypher/README.md). */
public enum Stance { OFFER, DEMAND, PROPOSE, ACCEPT, REJECT, CONDITION, STATE }
