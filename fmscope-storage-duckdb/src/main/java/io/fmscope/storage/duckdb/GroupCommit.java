package io.fmscope.storage.duckdb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Group commit without a thread of its own: the first caller to find no writer at work becomes the leader and
 * writes everything queued (its own batch and whatever concurrent callers queued meanwhile) in one go, until the
 * queue is empty. Each caller returns when the group holding its batch is done, so durability per call is
 * unchanged while concurrent clients share one transaction's fixed cost.
 *
 * @param <T> one caller's unit of work
 */
final class GroupCommit<T> {
    /** A queued unit and the caller waiting for it. */
    record Pending<T>(T work, CompletableFuture<Void> done) {
    }

    private final ConcurrentLinkedQueue<Pending<T>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean leading = new AtomicBoolean();
    private final ToIntFunction<T> weight;
    private final int maxWeight;
    private final Consumer<List<Pending<T>>> writeGroup;

    /**
     * @param weight     size of one unit (events of a batch)
     * @param maxWeight  a group takes more units only while their total stays within this
     * @param writeGroup writes a group and completes every unit's future (normally or exceptionally)
     */
    GroupCommit(ToIntFunction<T> weight, int maxWeight, Consumer<List<Pending<T>>> writeGroup) {
        this.weight = weight;
        this.maxWeight = maxWeight;
        this.writeGroup = writeGroup;
    }

    /** Queues {@code work} and returns once it is written; rethrows its failure. */
    void submit(T work) {
        Pending<T> mine = new Pending<>(work, new CompletableFuture<>());
        queue.add(mine);
        // lead if nobody does; a leader re-checks the queue after stepping down, so no unit is stranded
        while (!queue.isEmpty() && leading.compareAndSet(false, true)) {
            try {
                drain();
            } finally {
                leading.set(false);
            }
        }
        try {
            mine.done().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Units queued and not yet taken into a group (a test waits on it instead of on the clock). */
    int queued() {
        return queue.size();
    }

    private void drain() {
        for (Pending<T> first = queue.poll(); first != null; first = queue.poll()) {
            List<Pending<T>> group = new ArrayList<>();
            group.add(first);
            int total = weight.applyAsInt(first.work());
            for (Pending<T> next = queue.peek(); next != null; next = queue.peek()) {
                int w = weight.applyAsInt(next.work());
                if (total + w > maxWeight || queue.poll() != next) {
                    break;
                }
                total += w;
                group.add(next);
            }
            try {
                writeGroup.accept(group);
            } catch (RuntimeException | Error e) {
                group.forEach(p -> p.done().completeExceptionally(e));
            }
        }
    }
}
