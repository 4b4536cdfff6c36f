package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The calibrated presets meet the field's targets (calibration/targets.yaml) out of sample: at
 * the size they were fitted at (10,000 workers, a recorded year) but with seeds 5-8, which the
 * fit (seeds 1-4) never saw.
 */
class PresetValidationTest {
    private static void assertValid(String scenario, int targets) {
        Cli r = Cli.run("validate", scenario, "--set", "population=10000", "--set", "seed=5", "--replications", "4", "--threads", "2");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(targets + " of " + targets + " targets inside."), r.out());
    }

    @Test
    void theBaselineMeetsItsFourTargets() {
        assertValid("scenarios/baseline.yaml", 4);
    }

    @Test
    void clickworkerMeetsTheCrossCountryPatternOfSelfieRefusals() {
        // Two bounds and two orderings over six poorer countries each: 14 comparisons.
        assertValid("scenarios/platforms/clickworker.yaml", 14);
    }

    @Test
    void mturkMeetsHaraEtAlsWageDistribution() {
        // The median, the mean of workers' effective wages and their ratio (issue 20).
        assertValid("scenarios/platforms/mturk.yaml", 3);
    }
}
