package org.eventline.cli;

/** A wrong option value found after parsing: reported like a usage error (exit code 2). */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
