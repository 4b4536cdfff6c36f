package org.kempelen.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped calibration file loads, and its defaults are what the docs say. */
class CalibrationLoaderTest {
    @Test
    void theShippedBaselineCalibrationLoads() throws Exception {
        CalibrationSpec s = CalibrationLoader.load(Path.of("calibration/baseline.yaml"));
        assertEquals("baseline", s.name());
        assertEquals(Path.of("scenarios/baseline.yaml").toAbsolutePath(), s.scenario());
        assertEquals(List.of("population=2000", "days=120"), s.overrides());
        assertEquals(List.of("mean_paid_wage", "unpaid_time_share", "worker_half_life", "platform_main_income_share"),
                s.targets().stream().map(Target::name).toList(), "all targets that apply to the baseline");
        assertArrayEquals(new long[] {1, 2, 3, 4}, s.seeds());
        // The start is the base scenario's value: halfLifeDays 450 in [300, 900], reservationWageRatio 0.6 (default) in [0.3, 1.2].
        assertArrayEquals(new double[] {0.25, 1.0 / 3}, s.start(), 1e-12);
        assertEquals(OptimiserSettings.Method.cmaes, s.optimiser().method());
        assertEquals(OptimiserSettings.defaultPopulation(2), s.optimiser().populationSize());
    }
}
