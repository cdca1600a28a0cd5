package org.eventline.graph;

/** The database cannot be reached or started: the CLI turns it into exit code 3. */
public class GraphUnavailableException extends RuntimeException {

    public GraphUnavailableException(String message) {
        super(message);
    }

    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
