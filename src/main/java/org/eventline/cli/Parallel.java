package org.eventline.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on worker threads and hands the results over in input order, keeping only a bounded
 * window in flight so that a large batch does not sit in memory at once.
 */
final class Parallel implements AutoCloseable {

    private final ExecutorService pool;
    private final int window;

    Parallel(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "eventline-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
    }

    <T, R> void mapOrdered(List<T> items, Function<T, R> work, Consumer<R> sink) {
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        int next = 0;
        while (next < items.size() || !inFlight.isEmpty()) {
            while (next < items.size() && inFlight.size() < window) {
                T item = items.get(next++);
                inFlight.add(pool.submit(() -> work.apply(item)));
            }
            sink.accept(await(inFlight.poll()));
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
