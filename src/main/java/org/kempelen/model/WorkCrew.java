package org.kempelen.model;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads of one model's work phase: the calling thread and {@code threads - 1} helpers
 * (daemons). {@link #run} hands out tasks 0 .. n-1 and returns when all are done; what a task does
 * must not depend on the thread that runs it. One thread runs everything inline, with no helper
 * and no synchronisation.
 * <p>Each thread first takes the tasks of its own share (thread t of T: tasks t·n/T to
 * (t+1)·n/T − 1), then any left: so a task of a given number usually runs where it ran the round
 * before, and what it writes (a block's tally, its part of the visit log, its review queues)
 * stays in that core's cache, where handing tasks to whichever thread is free moved those cache
 * lines between the cores every round. A thread that falls behind still has its tasks taken.
 * <p>A day has about a hundred rounds per 100,000 workers, each started and awaited here, with
 * the in-order commit between them. Helpers therefore wait a short while spinning before they
 * park: a parked thread takes tens of microseconds to wake, which over a run's rounds came to a
 * fifth of the parallel phase on two cores. The wait spins for at most {@link #SPIN_NANOS}.
 */
final class WorkCrew implements AutoCloseable {
    /** A round's work: task {@code task}, run on thread {@code thread} (0 is the caller). */
    interface Job {
        void run(int task, int thread);
    }

    /** How long a waiting thread spins before it parks: longer than a round's commit usually takes. */
    static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    final int threads;
    private final Thread[] helpers;
    /** The thread waiting in {@link #run}, woken by the last helper to finish. */
    private volatile Thread caller;
    /** Per task, the job number ({@link #generation}) that claimed it last. */
    private AtomicIntegerArray claimed = new AtomicIntegerArray(0);
    /** Helpers that have finished the current job. */
    private final AtomicInteger finished = new AtomicInteger();
    /** Incremented to start a job (and to close): helpers wait for it to change. */
    private volatile int generation;
    private volatile Job job;
    private volatile int tasks;
    private volatile boolean closed;
    private volatile Throwable failure;

    WorkCrew(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1; found " + threads);
        this.threads = threads;
        this.helpers = new Thread[threads - 1];
        for (int t = 1; t < threads; t++) {
            int index = t;
            Thread helper = new Thread(() -> helperLoop(index), "kempelen-work-" + t);
            helper.setDaemon(true);
            helpers[t - 1] = helper;
            helper.start();
        }
    }

    /** Runs tasks 0 .. n-1 of {@code j} on all threads and waits for them. */
    void run(Job j, int n) {
        if (helpers.length == 0) {
            for (int t = 0; t < n; t++) j.run(t, 0);
            return;
        }
        caller = Thread.currentThread();
        job = j;
        tasks = n;
        // A fresh array holds 0 in every slot: a generation never reaches 0 again in a run's jobs.
        if (claimed.length() < n) claimed = new AtomicIntegerArray(Math.max(n, 2 * claimed.length()));
        finished.set(0);
        generation++;
        for (Thread h : helpers) LockSupport.unpark(h);
        work(0);
        long start = System.nanoTime();
        while (finished.get() < helpers.length) {
            if (System.nanoTime() - start < SPIN_NANOS) Thread.onSpinWait();
            else LockSupport.parkNanos(this, 50_000);
        }
        Throwable f = failure;
        if (f != null) {
            failure = null;
            if (f instanceof RuntimeException r) throw r;
            if (f instanceof Error e) throw e;
            throw new IllegalStateException(f);
        }
    }

    private void helperLoop(int thread) {
        int seen = 0;
        while (true) {
            long start = System.nanoTime();
            while (generation == seen) {
                if (System.nanoTime() - start < SPIN_NANOS) Thread.onSpinWait();
                else LockSupport.park(this);
            }
            seen = generation;
            if (closed) return;
            work(thread);
            finished.incrementAndGet();
            LockSupport.unpark(caller);
        }
    }

    private void work(int thread) {
        Job j = job;
        int n = tasks;
        int g = generation;
        AtomicIntegerArray c = claimed;
        try {
            for (int t = thread * n / threads, end = (thread + 1) * n / threads; t < end; t++) {
                if (claim(c, t, g)) j.run(t, thread);
            }
            for (int t = 0; t < n; t++) {
                if (claim(c, t, g)) j.run(t, thread);
            }
        } catch (Throwable e) {
            failure = e;
            for (int t = 0; t < n; t++) claim(c, t, g);
        }
    }

    /** Whether this thread takes task t of job g (no other thread has). */
    private static boolean claim(AtomicIntegerArray c, int t, int g) {
        int seen = c.get(t);
        return seen != g && c.compareAndSet(t, seen, g);
    }

    /** Lets the helpers end; the crew cannot run again. */
    @Override
    public void close() {
        if (helpers.length == 0 || closed) return;
        closed = true;
        generation++;
        for (Thread h : helpers) LockSupport.unpark(h);
    }
}
