package org.kempelen.model;

import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one model's work phase: the calling thread and {@code threads - 1} helpers
 * (daemons, parked between rounds). {@link #run} hands out tasks 0 .. n-1 to whichever thread
 * is free and returns when all are done; what a task does must not depend on the thread that
 * runs it. One thread runs everything inline, with no helper and no synchronisation.
 */
final class WorkCrew implements AutoCloseable {
    /** A round's work: task {@code task}, run on thread {@code thread} (0 is the caller). */
    interface Job {
        void run(int task, int thread);
    }

    final int threads;
    private final Phaser phaser;
    private final AtomicInteger next = new AtomicInteger();
    private volatile Job job;
    private volatile int tasks;
    private volatile boolean closed;
    private volatile Throwable failure;

    WorkCrew(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1; found " + threads);
        this.threads = threads;
        this.phaser = threads > 1 ? new Phaser(threads) : null;
        for (int t = 1; t < threads; t++) {
            int index = t;
            Thread helper = new Thread(() -> helperLoop(index), "kempelen-work-" + t);
            helper.setDaemon(true);
            helper.start();
        }
    }

    /** Runs tasks 0 .. n-1 of {@code j} on all threads and waits for them. */
    void run(Job j, int n) {
        if (phaser == null) {
            for (int t = 0; t < n; t++) j.run(t, 0);
            return;
        }
        job = j;
        tasks = n;
        next.set(0);
        phaser.arriveAndAwaitAdvance();
        work(0);
        phaser.arriveAndAwaitAdvance();
        Throwable f = failure;
        if (f != null) {
            failure = null;
            if (f instanceof RuntimeException r) throw r;
            if (f instanceof Error e) throw e;
            throw new IllegalStateException(f);
        }
    }

    private void helperLoop(int thread) {
        while (true) {
            phaser.arriveAndAwaitAdvance();
            if (closed) return;
            work(thread);
            phaser.arriveAndAwaitAdvance();
        }
    }

    private void work(int thread) {
        Job j = job;
        int n = tasks;
        try {
            for (int t = next.getAndIncrement(); t < n; t = next.getAndIncrement()) j.run(t, thread);
        } catch (Throwable e) {
            failure = e;
            next.set(n);
        }
    }

    /** Lets the helpers end; the crew cannot run again. */
    @Override
    public void close() {
        if (phaser == null || closed) return;
        closed = true;
        phaser.arriveAndDeregister();
    }
}
