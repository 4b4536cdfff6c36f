package org.kempelen.model;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One day of a small market: every phase in order (economy, demand, work, review and pay, data
 * risk, entry and exit, observers). The market runs on from day to day across invocations, after
 * 30 days to settle; each iteration starts a fresh market so the state measured is alike.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DayStepBenchmark {
    @Param({"5000"})
    int population;

    MarketModel market;

    @Setup(Level.Iteration)
    public void setUp() {
        market = BenchMarkets.started(population);
        for (int d = 0; d < 30; d++) market.schedule.step(market);
    }

    @Benchmark
    public long day() {
        market.schedule.step(market);
        return market.stats.offersEvaluated;
    }
}
