package org.kempelen.experiment;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The local engine: runs on a thread pool in this process, dispatched in a bounded window ahead
 * of the next outcome to hand over, so memory stays bounded and the order does not depend on the
 * number of threads.
 */
final class ThreadPoolEngine implements SweepEngine {
    private final int threads;

    ThreadPoolEngine(int threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public void run(List<RunSpec> runs, SweepTask task, Sink sink, ProgressCounter progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kempelen-sweep");
            t.setDaemon(true);
            return t;
        });
        int window = threads * 2;
        Deque<Future<RunOutcome>> pending = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < runs.size() || !pending.isEmpty()) {
                while (next < runs.size() && pending.size() < window) {
                    RunSpec r = runs.get(next++);
                    pending.add(pool.submit(() -> task.run(r)));
                }
                RunOutcome o = pending.removeFirst().get();
                sink.accept(o);
                progress.finished(o.ok());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new RunsLostException("a run could not be completed (" + e.getCause() + "); the runs before it are written:"
                    + " continue with --resume", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
