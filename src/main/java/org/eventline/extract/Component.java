package org.eventline.extract;

/** One step of the extraction pipeline: reads the layers before it and adds its own to the document. */
@FunctionalInterface
public interface Component {

    void process(Doc doc);
}
