package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.model.Scenarios;
import org.kempelen.scenario.Scenario;

/**
 * A saved market continues as if never stopped (docs/STATES.md): every file
 * of the run, charts and report included, is the same bytes as the uninterrupted run's, on one
 * thread or two, saved after the burn-in or later; policy levers may change, nothing else may.
 */
class SavedStateTest {
    @TempDir
    Path tmp;

    private Path run(Scenario s, String name, StatePlan plan, int threads) throws Exception {
        Path dir = tmp.resolve(name);
        Simulation.runAndWrite(s, "test.yaml", List.of(), dir, false, Plots.Options.defaults(), Simulation.Microdata.ALL, threads, plan);
        return dir;
    }

    @Test
    void continuingFromAStateGivesTheUninterruptedRunOnOneAndTwoThreads() throws Exception {
        // A shock (switchers.csv, shocked country values), an auction (bids), qualification tests, misuse to come.
        Scenario s = Scenarios.small("seed=21", "population=2000", "days=40", "burnInDays=20",
                "countries.KE.shocks=[{day: 5, kind: currencyCollapse, factor: 0.5}]");
        for (int day : new int[] {0, 12}) {
            Path state = tmp.resolve("d" + day + ".state");
            Path whole = run(s, "whole-" + day, new StatePlan(null, state, day), 1);
            for (int threads : new int[] {1, 2}) {
                Path continued = run(s, "continued-" + day + "-" + threads, new StatePlan(state, null, 0), threads);
                assertSameRun(whole, continued);
                ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(continued.resolve("manifest.json").toFile());
                assertEquals(state.toString(), manifest.get("from_state").asText(), "the manifest names the state");
            }
        }
    }

    @Test
    void severalPlatformsAndAnAuctionContinueToo() throws Exception {
        Scenario s = Scenarios.small("seed=22", "population=2000", "days=25", "burnInDays=15", "platform.workforceShare=0.7",
                "platforms={b: {workforceShare: 0.6, commission: 0.3, pricing: {rule: REVERSE_AUCTION}}}");
        Path state = tmp.resolve("p.state");
        Path whole = run(s, "whole", new StatePlan(null, state, 7), 2);
        assertSameRun(whole, run(s, "continued", new StatePlan(state, null, 0), 1));
    }

    @Test
    void aPolicyLeverMayChangeAndActsFromTheStatesDay() throws Exception {
        Scenario base = Scenarios.small("seed=23", "population=2000", "days=30", "burnInDays=20");
        Path state = tmp.resolve("s.state");
        Path whole = run(base, "base", new StatePlan(null, state, 0), 1);
        Scenario policy = Scenarios.small("seed=23", "population=2000", "days=30", "burnInDays=20",
                "platform.disclosure=FULL", "platform.commission=0.35", "countries.VE.dataProtection=0.9");
        StatePlan from = new StatePlan(state, null, 0);
        assertEquals(List.of("countries.VE.dataProtection", "platform.commission", "platform.disclosure"), from.check(policy));
        Path arm = run(policy, "arm", from, 1);
        assertFalse(Arrays.equals(Files.readAllBytes(whole.resolve("summary.json")), Files.readAllBytes(arm.resolve("summary.json"))),
                "the policy changes the outcome");
        // The burn-in is the saved one: the same work before day 0.
        ObjectNode a = (ObjectNode) new ObjectMapper().readTree(whole.resolve("manifest.json").toFile());
        ObjectNode b = (ObjectNode) new ObjectMapper().readTree(arm.resolve("manifest.json").toFile());
        assertEquals(a.get("burn_in_offers_evaluated"), b.get("burn_in_offers_evaluated"));
    }

    @Test
    void structuralChangesAreRefusedWithTheParameterNamed() throws Exception {
        Scenario base = Scenarios.small("seed=24", "population=1500", "days=20", "burnInDays=10",
                "countries.KE.shocks=[{day: 3, kind: currencyCollapse, factor: 0.5}]");
        Path state = tmp.resolve("s.state");
        run(base, "base", new StatePlan(null, state, 5), 1);
        StatePlan from = new StatePlan(state, null, 0);
        for (String[] change : new String[][] {
                {"workers.halfLifeDays=300", "workers.halfLifeDays"},
                {"population=1600", "population"},
                {"seed=25", "seed"},
                {"days=30", "days"},
                {"countries.KE.shocks=[{day: 4, kind: currencyCollapse, factor: 0.5}]", "countries.KE.shocks (before day 5)"},
                {"platforms={b: {workforceShare: 0.5}}", "platforms.b"}}) {
            Scenario changed = Scenarios.small("seed=24", "population=1500", "days=20", "burnInDays=10",
                    "countries.KE.shocks=[{day: 3, kind: currencyCollapse, factor: 0.5}]", change[0]);
            StatePlan.UnusableStateException e = assertThrows(StatePlan.UnusableStateException.class, () -> from.check(changed), change[0]);
            assertTrue(e.getMessage().contains(change[1]) && e.getMessage().contains(state.toString()), e.getMessage());
        }
        // A shock on or after the state's day is a lever; so is a shorter horizon.
        Scenario later = Scenarios.small("seed=24", "population=1500", "days=15", "burnInDays=10",
                "countries.KE.shocks=[{day: 3, kind: currencyCollapse, factor: 0.5}, {day: 8, kind: incomeLoss, incomeLossShare: 0.2, factor: 1}]");
        assertEquals(List.of("countries.KE.shocks", "days"), from.check(later));
        run(later, "later", from, 1);
    }

    @Test
    void damagedTruncatedAndForeignFilesAreRefusedBeforeAnythingIsWritten() throws Exception {
        Scenario s = Scenarios.small("seed=26", "population=1500", "days=15", "burnInDays=10");
        Path state = tmp.resolve("s.state");
        run(s, "base", new StatePlan(null, state, 0), 1);
        byte[] bytes = Files.readAllBytes(state);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 1;
        Path notAState = tmp.resolve("notes.txt");
        Files.writeString(notAState, "x".repeat(500));
        Object[][] cases = {
                {Arrays.copyOf(bytes, bytes.length / 3), "checksum"},
                {flipped, "checksum"},
                {Files.readAllBytes(notAState), "not a Kempelen state file"},
                {Arrays.copyOf(bytes, 20), "too short"}};
        for (int i = 0; i < cases.length; i++) {
            Path bad = tmp.resolve("bad" + i + ".state");
            Files.write(bad, (byte[]) cases[i][0]);
            String name = "out" + i;
            Path out = tmp.resolve(name);
            StatePlan.UnusableStateException e = assertThrows(StatePlan.UnusableStateException.class,
                    () -> run(s, name, new StatePlan(bad, null, 0), 1));
            assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains((String) cases[i][1]), e.getMessage());
            assertFalse(Files.exists(out), "nothing written for " + cases[i][1]);
        }
    }

    private static void assertSameRun(Path x, Path y) throws Exception {
        assertTrue(ReproducibilityTest.files(x).containsAll(List.of("report.html", "workers.csv", "campaigns.csv")), x.toString());
        ReproducibilityTest.assertSameRun(x, y);
    }
}
