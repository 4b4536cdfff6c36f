package org.kempelen.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped calibration files load, and their defaults are what the docs say. */
class CalibrationLoaderTest {
    @Test
    void theShippedBaselineCalibrationLoads() throws Exception {
        CalibrationSpec s = CalibrationLoader.load(Path.of("calibration/baseline.yaml"));
        assertEquals("baseline", s.name());
        assertEquals(Path.of("scenarios/baseline.yaml").toAbsolutePath(), s.scenario());
        assertEquals(List.of("population=10000", "days=365"), s.overrides());
        assertEquals(List.of("mean_paid_wage", "unpaid_time_share", "worker_half_life", "platform_main_income_share"),
                s.targets().stream().map(Target::name).toList(), "all targets that apply to the baseline");
        assertArrayEquals(new long[] {1, 2, 3, 4}, s.seeds());
        // The start is the base scenario's (fitted) value, scaled into the bounds: NONE price 0.12 in [0.05, 0.2],
        // search 0.296 minutes in [0.1, 0.8], halfLifeDays 610 in [300, 1000].
        assertArrayEquals(new double[] {0.07 / 0.15, 0.196 / 0.7, 310.0 / 700}, s.start(), 1e-12);
        assertEquals(OptimiserSettings.Method.cmaes, s.optimiser().method());
        assertEquals(OptimiserSettings.defaultPopulation(3), s.optimiser().populationSize());
    }

    @Test
    void theShippedMturkCalibrationFitsThePriceAndTheWageSpreadToTheWageDistribution() throws Exception {
        CalibrationSpec s = CalibrationLoader.load(Path.of("calibration/mturk.yaml"));
        assertEquals(Path.of("scenarios/platforms/mturk.yaml").toAbsolutePath(), s.scenario());
        assertEquals(List.of("median_effective_wage", "mean_of_workers_effective_wage", "wage_skew"),
                s.targets().stream().map(Target::name).toList());
        // It starts from the values written into the scenarios (mturk's price, the baseline's worker spread).
        assertArrayEquals(new double[] {(0.073 - 0.04) / 0.16, (1.35 - 0.3) / 1.3, 2.19 / 3, 1.0}, s.start(), 1e-12);
    }

    @Test
    void theShippedClickworkerSearchHoldsItToTheSelfiePattern() throws Exception {
        CalibrationSpec s = CalibrationLoader.load(Path.of("calibration/clickworker.yaml"));
        assertEquals(List.of("de_selfies_mostly_refused", "us_selfies_mostly_refused", "de_selfies_below_poorer_countries",
                "us_selfies_below_poorer_countries"), s.targets().stream().map(Target::name).toList());
        // theta 0.3 in [0.1, 0.6], the cap 20 in [2, 40], the refuser share 0.35 in [0.03, 0.5].
        assertArrayEquals(new double[] {0.2 / 0.5, 18.0 / 38, 0.32 / 0.47}, s.start(), 1e-12);
    }
}
