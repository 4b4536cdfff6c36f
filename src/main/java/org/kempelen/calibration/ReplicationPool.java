package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replications run on a fixed pool of threads, results returned in replication order whatever
 * order they finish in, so nothing downstream depends on the number of threads.
 */
public final class ReplicationPool implements AutoCloseable {
    /** One replication's work. */
    @FunctionalInterface
    public interface Task<T> {
        T run(int replication) throws Exception;
    }

    private final ExecutorService pool;

    public ReplicationPool(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1; found " + threads);
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kempelen-replication");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs replications 0 .. n-1 and returns their results in that order; the first failure (by replication) is thrown. */
    public <T> List<T> run(int n, Task<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int replication = r;
            futures.add(pool.submit(() -> task.run(replication)));
        }
        List<T> out = new ArrayList<>();
        try {
            for (Future<T> f : futures) out.add(f.get());
        } catch (ExecutionException e) {
            for (Future<T> f : futures) f.cancel(true);
            throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
