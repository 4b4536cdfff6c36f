package org.kempelen.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kempelen.experiment.SweepException;

/** The runs per Spark job (the engine itself: experiment.SparkEngineTest). */
class SparkSweepEngineTest {
    @Test
    void runsPerJobAreGivenOrFollowTheParallelism() throws Exception {
        assertEquals(64, SparkSweepEngine.runsPerJob(null, 2), "at least 64, so that dynamic allocation sees work waiting");
        assertEquals(400, SparkSweepEngine.runsPerJob(null, 200));
        assertEquals(3, SparkSweepEngine.runsPerJob(" 3", 200));
        for (String bad : new String[] {"many", "0", "-2", "1.5"}) {
            SweepException e = assertThrows(SweepException.class, () -> SparkSweepEngine.runsPerJob(bad, 2));
            assertEquals("spark.kempelen.runsPerJob must be a whole number of runs, at least 1; found '" + bad + "'", e.getMessage());
        }
    }
}
