package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;

/**
 * {@code burnIn: shared}: one burn-in per replication and structural value, the policy points
 * branching from it, each giving what running it from that state by hand gives.
 */
class SharedBurnInTest {
    @TempDir
    Path tmp;

    /** A lever (commission) crossed with a structural parameter (curvature): 4 points x 2 replications, 4 burn-ins. */
    private static final String SHARED = """
            seed: 5
            replications: 2
            burnIn: shared
            design: { type: grid }
            parameters:
              platform.commission: [0.1, 0.3]
              economy.curvature: [1, 1.5]
            set: { population: 400, days: 12, warmupDays: 5, burnInDays: 10 }
            """;

    @Test
    void everyPointIsWhatItsRunFromTheSavedStateGives() throws Exception {
        Sweep sweep = Sweep.load(SweepTest.sweepFile(tmp, SHARED));
        Path out = tmp.resolve("out");
        assertEquals(0, sweep.run(Sweep.Options.threads(2).withKeepRuns(true).withCharts(false), out).failed());
        try (var s = Files.list(out.resolve("states"))) {
            assertEquals(4, s.count(), "one burn-in per replication and curvature");
        }
        for (RunSpec r : sweep.runs()) {
            assertEquals(sweep.runs().get(r.replication()).seed(), r.seed(), "the points of a replication share its seed");
            Path state = SharedBurnIn.state(out, stateIndex(sweep, r));
            Scenario s = ScenarioLoader.load(sweep.spec().scenario(), sweep.overrides(r));
            Path byHand = tmp.resolve("hand-" + r.run());
            Simulation.runAndWrite(s, "x.yaml", List.of(), byHand, false, null, Simulation.Microdata.NONE, 1, new StatePlan(state, null, 0));
            Path kept = out.resolve("runs").resolve(String.format("p%05d-r%03d", r.point(), r.replication()));
            for (String f : List.of("timeseries.csv", "by_country.csv", "summary.json")) {
                assertArrayEquals(Files.readAllBytes(byHand.resolve(f)), Files.readAllBytes(kept.resolve(f)), "run " + r.run() + " " + f);
            }
        }
        // The arms differ after day 0: the lever acts.
        Path low = out.resolve("runs/p00000-r000/summary.json");
        Path high = out.resolve("runs/p00002-r000/summary.json");
        assertFalse(Arrays.equals(Files.readAllBytes(low), Files.readAllBytes(high)));
    }

    @Test
    void anUnknownBurnInModeIsRefusedWithItsPlace() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.load(SweepTest.sweepFile(tmp, SHARED.replace("burnIn: shared", "burnIn: common"))));
        assertTrue(e.getMessage().contains("burnIn") && e.getMessage().contains("separate") && e.getMessage().contains(":4:"), e.getMessage());
    }

    /** The index of the burn-in run r continues from: in order of first appearance of its non-lever values and seed. */
    private static int stateIndex(Sweep sweep, RunSpec r) {
        List<List<String>> seen = new java.util.ArrayList<>();
        for (RunSpec x : sweep.runs()) {
            List<String> k = SharedBurnIn.burnInOverrides(sweep, x);
            if (!seen.contains(k)) seen.add(k);
        }
        return seen.indexOf(SharedBurnIn.burnInOverrides(sweep, r));
    }
}
