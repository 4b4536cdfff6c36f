package org.kempelen.model;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The decision for one offer, as the work phase makes it: the worker's money weight and weight at
 * need looked up in the struct of arrays, the time cost, the utility and the logistic acceptance
 * probability (docs/ODD.md 7.4). Workers are visited in the shuffled order of a real day, so the
 * lookups miss the cache as they do in a run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OfferDecisionBenchmark {
    static final int OFFERS = 4096;

    Workers workers;
    int[] order;
    double alpha;
    double pay;
    double minutes;

    @Setup
    public void setUp() {
        MarketModel m = BenchMarkets.started(100_000);
        m.schedule.step(m);
        workers = m.workers;
        order = new int[OFFERS];
        for (int i = 0; i < OFFERS; i++) order[i] = workers.activeId(m.choiceRng.nextInt(workers.activeCount()));
        alpha = m.scenario.decision().alpha();
        pay = 0.12 * m.workerNetShare;
        minutes = m.category[0].taskMinutes();
    }

    @Benchmark
    @OperationsPerInvocation(OFFERS)
    public double offers() {
        Workers ws = workers;
        double sum = 0;
        for (int i = 0; i < OFFERS; i++) {
            int w = order[i];
            double cost = Decision.timeCost(ws.weightAtNeed[w], ws.reservationWage[w], minutes);
            sum += Draw.logistic(Decision.utility(alpha, ws.moneyWeight[w], pay, cost));
        }
        return sum;
    }
}
