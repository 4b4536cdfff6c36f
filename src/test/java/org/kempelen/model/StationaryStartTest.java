package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.Scenario;

/**
 * With no shock, the default burn-in starts the recorded run in the stationary state: each
 * country's mean pressure moves by less than 0.05 between the first and last 30 recorded days.
 * Without a burn-in it drifts (initial savings drain), which shows the test can fail.
 */
class StationaryStartTest {
    private static final int DAYS = 120;

    @Test
    void meanPressureDoesNotDriftAfterTheDefaultBurnIn() {
        double[] drift = drift(Scenarios.load(List.of("population=20000", "days=" + DAYS)));
        for (int k = 0; k < drift.length; k++) {
            assertTrue(Math.abs(drift[k]) < 0.05, "country " + k + ": mean pressure moved " + drift[k]);
        }
    }

    @Test
    void withoutBurnInMeanPressureDrifts() {
        double[] drift = drift(Scenarios.load(List.of("population=5000", "days=" + DAYS, "burnInDays=0")));
        double largest = 0;
        for (double d : drift) largest = Math.max(largest, Math.abs(d));
        assertTrue(largest > 0.1, "largest drift without burn-in " + largest);
    }

    /** Per country: mean pressure of the last 30 recorded days minus that of the first 30. */
    private static double[] drift(Scenario s) {
        MarketModel m = new MarketModel(s);
        int countries = m.countries.count;
        double[] first = new double[countries];
        double[] last = new double[countries];
        m.addObserver((model, day) -> {
            double[] into = day < 30 ? first : day >= DAYS - 30 ? last : null;
            if (into == null) return;
            for (int k = 0; k < countries; k++) into[k] += model.meanPressure[k] / 30;
        });
        m.run();
        double[] d = new double[countries];
        for (int k = 0; k < countries; k++) d[k] = last[k] - first[k];
        return d;
    }
}
