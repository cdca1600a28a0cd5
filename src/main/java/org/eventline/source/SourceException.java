package org.eventline.source;

/** An input that cannot become an article; the message names the input and the reason. */
public class SourceException extends Exception {

    public SourceException(String input, String reason) {
        super(input + ": " + reason);
    }

    public SourceException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
    }
}
