package org.eventline.graph;

import java.nio.file.Path;

/**
 * Which Neo4j to use: an external server ({@code uri} set) or the embedded one on a store folder.
 *
 * @param boltPort for the embedded server: 0 picks a free port (commands that only need it privately)
 * @param httpPort for the embedded server: 0 picks a free port, -1 leaves HTTP and Browser off
 * @param auth     for the embedded server: require a password (generated once, kept in the store)
 */
public record GraphTarget(String uri, String user, String password, String database, Path store, boolean auth,
                          int boltPort, int httpPort) {

    public static final String DEFAULT_DATABASE = "neo4j";

    public boolean external() {
        return uri != null && !uri.isBlank();
    }

    public static GraphTarget embedded(Path store) {
        return new GraphTarget(null, null, null, DEFAULT_DATABASE, store, true, 0, -1);
    }

    public GraphTarget withPorts(int bolt, int http) {
        return new GraphTarget(uri, user, password, database, store, auth, bolt, http);
    }

    /** Where this target is, for messages: the URI or the store folder. */
    public String describe() {
        return external() ? uri : "store " + store;
    }
}
