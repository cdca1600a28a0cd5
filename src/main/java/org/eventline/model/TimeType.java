package org.eventline.model;

/** TIMEX3 types the extract contract uses. */
public enum TimeType { DATE, DURATION, SET }
