package org.kempelen.experiment;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.metrics.Statistics;
import org.kempelen.model.MarketModel;
import org.kempelen.scenario.Scenario;

/**
 * Times whole runs of a scenario in this JVM: warm-up runs first (JIT), then measured runs;
 * reports the median. Speed is measured here, never in unit tests.
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

    private Benchmark() {}

    /** Runs on {@code threads} threads: {@code warmups} unmeasured, then {@code repeats} measured. */
    public static List<Sample> measure(Scenario scenario, int threads, int warmups, int repeats) {
        for (int i = 0; i < warmups; i++) once(scenario, threads);
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < repeats; i++) out.add(once(scenario, threads));
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

    /** Median of a statistic over samples. */
    public static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> f) {
        double[] v = samples.stream().mapToDouble(f).toArray();
        return Statistics.median(v, v.length);
    }
}
