package org.eventline.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON exports against the published schema, {@code timeline.schema.json}. */
public final class TimelineSchema {

    private static final Schema SCHEMA = load();

    private TimelineSchema() {
    }

    private static Schema load() {
        try (InputStream in = Exporter.class.getResourceAsStream("timeline.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a document, or nothing. */
    public static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }
}
