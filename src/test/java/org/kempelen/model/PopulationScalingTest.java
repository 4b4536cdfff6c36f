package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.DataCategory;

/**
 * Requester demand scales with the population (docs/ODD.md 7.2), so a larger population lowers
 * the noise, not the tightness of the market: figures of one run with three times the workers lie
 * within the 95 % interval of replications at the smaller size (widened by the larger run's own
 * noise). With absolute demand the same comparison fails, which shows the test can fail.
 */
class PopulationScalingTest {
    private static final int SMALL = 10_000;
    private static final int LARGE = 30_000;
    private static final int SEEDS = 4;

    private static final List<Figure> FIGURES = List.of(
            new Figure("offers per worker-day", m -> m.stats.offersEvaluated / (double) m.stats.workerDays),
            new Figure("acceptance of FACE_PHOTO", m -> Scenarios.acceptance(m, DataCategory.FACE_PHOTO)),
            new Figure("acceptance of NONE", m -> Scenarios.acceptance(m, DataCategory.NONE)),
            new Figure("mean pressure", ShockTest::meanPressure),
            new Figure("mean paid hourly wage", PopulationScalingTest::meanPaidWage),
            new Figure("mean price of accepted FACE_PHOTO", m -> meanPrice(m, DataCategory.FACE_PHOTO)));

    record Figure(String name, ToDoubleFunction<MarketModel> of) {}

    @Test
    void figuresAgreeAcrossPopulationSizes() {
        List<MarketModel> small = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) small.add(run(SMALL, seed, 20_000));
        MarketModel large = run(LARGE, 1, 20_000);
        for (Figure f : FIGURES) {
            assertTrue(within(f, small, large), f.name() + " differs between " + SMALL + " and " + LARGE + " workers");
        }
    }

    @Test
    void withAbsoluteDemandALargerPopulationIsALooserMarket() {
        List<MarketModel> small = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) small.add(run(SMALL, seed, 0));
        MarketModel large = run(LARGE, 1, 0);
        assertTrue(!within(FIGURES.get(0), small, large), "offers per worker-day fall when demand does not scale");
    }

    private static boolean within(Figure f, List<MarketModel> small, MarketModel large) {
        int n = small.size();
        double mean = 0;
        for (MarketModel m : small) mean += f.of().applyAsDouble(m) / n;
        double ss = 0;
        for (MarketModel m : small) ss += Math.pow(f.of().applyAsDouble(m) - mean, 2);
        double sd = Math.sqrt(ss / (n - 1));
        // The larger run's own spread is that of the small runs shrunk by the square root of the size ratio.
        double se = sd * Math.sqrt(1.0 / n + SMALL / (double) LARGE);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        double value = f.of().applyAsDouble(large);
        return Math.abs(value - mean) <= t * se;
    }

    private static MarketModel run(int population, int seed, int reference) {
        return Scenarios.run(Scenarios.load(List.of("population=" + population, "seed=" + seed, "days=60", "burnInDays=150",
                "demandReferencePopulation=" + reference)));
    }

    static double meanPaidWage(MarketModel m) {
        double pay = 0, hours = 0;
        for (int w = 0; w < m.workers.size; w++) {
            pay += (m.workers.earnedCents[w] - m.workers.forfeitedCents[w]) / 100.0;
            hours += m.workers.paidMinutes[w] / 60;
        }
        return pay / hours;
    }

    static double meanPrice(MarketModel m, DataCategory c) {
        double sum = 0;
        long n = 0;
        for (int k = 0; k < m.countries.count; k++) {
            sum += m.stats.acceptedPriceSum[k * DataCategory.COUNT + c.ordinal()];
            n += m.stats.accepted[k * DataCategory.COUNT + c.ordinal()];
        }
        return sum / n;
    }
}
