package org.eventline.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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
        mapOrderedInSteps(items, item -> supply(() -> work.apply(item)), sink);
    }

    /**
     * As {@link #mapOrdered(Iterator, Function, Consumer)}, for work done in steps on the pool: {@code start}
     * begins an item's work and returns what completes it (a step that waits for something else is queued
     * once that is there, instead of holding a worker that could do the first step of the next items).
     */
    <T, R> void mapOrderedInSteps(Iterator<T> items, Function<T, ? extends Future<R>> start, Consumer<R> sink) {
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        while (items.hasNext() || !inFlight.isEmpty()) {
            while (items.hasNext() && inFlight.size() < window) {
                inFlight.add(start.apply(items.next()));
            }
            sink.accept(Await.get(inFlight.poll()));
        }
    }

    /** Runs one task on the pool (queued behind those already submitted), as a step others can follow. */
    <R> CompletableFuture<R> supply(Supplier<R> task) {
        return CompletableFuture.supplyAsync(task, pool);
    }

    /** What runs the steps that follow {@link #supply}. */
    Executor executor() {
        return pool;
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
