package org.eventline.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
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
        mapOrdered(items.iterator(), work, sink);
    }

    /** As {@link #mapOrdered(List, Function, Consumer)}, pulling items only as the window frees up. */
    <T, R> void mapOrdered(Iterator<T> items, Function<T, R> work, Consumer<R> sink) {
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        while (items.hasNext() || !inFlight.isEmpty()) {
            while (items.hasNext() && inFlight.size() < window) {
                T item = items.next();
                inFlight.add(pool.submit(() -> work.apply(item)));
            }
            sink.accept(Await.get(inFlight.poll()));
        }
    }

    /** Runs one task on the pool (queued behind those already submitted). */
    <R> Future<R> submit(Callable<R> task) {
        return pool.submit(task);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
