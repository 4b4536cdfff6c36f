package org.kempelen.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.kempelen.metrics.Statistics;
import org.kempelen.model.MarketModel;
import org.kempelen.scenario.Scenario;

/**
 * Times whole runs of a scenario in this JVM, per thread count: warm-up runs first (JIT), then
 * measured runs; reports the median. Speed is measured here, never in unit tests.
 */
public final class Benchmark {
    /** One measured run; offers and worker-days include the burn-in's. */
    public record Sample(double wallSeconds, long offersEvaluated, long workerDays) {
        public double offersPerSecond() {
            return offersEvaluated / wallSeconds;
        }

        public double workerDaysPerSecond() {
            return workerDays / wallSeconds;
        }
    }

    /** The measured runs at one thread count. */
    public record Result(int threads, List<Sample> samples) {
        /** Median of a statistic over the measured runs. */
        public double median(ToDoubleFunction<Sample> f) {
            double[] v = samples.stream().mapToDouble(f).toArray();
            return Statistics.median(v, v.length);
        }
    }

    private Benchmark() {}

    /**
     * For each thread count in order, {@code warmups} unmeasured runs and then {@code repeats}
     * measured ones. Refuses a scenario that will not fit in the heap before running
     * ({@link MemoryCheck}), and thread counts this build cannot run.
     */
    public static List<Result> measure(Scenario scenario, List<Integer> threadCounts, int warmups, int repeats) {
        for (int t : threadCounts) {
            if (t < 1) throw new IllegalArgumentException("thread count " + t + ": at least 1");
        }
        MemoryCheck.require(scenario);
        List<Result> out = new ArrayList<>();
        for (int threads : threadCounts) {
            for (int i = 0; i < warmups; i++) once(scenario, threads);
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < repeats; i++) samples.add(once(scenario, threads));
            out.add(new Result(threads, samples));
        }
        return out;
    }

    private static Sample once(Scenario scenario, int threads) {
        long start = System.nanoTime();
        MarketModel m = new MarketModel(scenario, threads);
        m.run();
        double wall = (System.nanoTime() - start) / 1e9;
        // All work computed counts, the unrecorded burn-in included.
        return new Sample(wall, m.burnInOffersEvaluated + m.stats.offersEvaluated, m.burnInWorkerDays + m.stats.workerDays);
    }
}
