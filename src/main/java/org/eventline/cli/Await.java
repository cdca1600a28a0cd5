package org.eventline.cli;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a future: its value, or what it failed with rethrown as it was thrown. */
final class Await {

    private Await() {
    }

    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException | CompletionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** As {@link #get(Future)}, giving up after {@code timeout}. */
    static <T> T get(Future<T> future, Duration timeout) throws TimeoutException {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | CompletionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted", e);
    }
}
