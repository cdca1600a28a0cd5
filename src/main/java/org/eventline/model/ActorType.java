package org.eventline.model;

public enum ActorType { PERSON, COUNTRY, ORGANIZATION, GROUP, MEDIA }
