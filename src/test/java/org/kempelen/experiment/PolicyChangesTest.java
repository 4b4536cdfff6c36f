package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.metrics.Table;
import org.kempelen.model.Scenarios;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;

/**
 * Dated policy changes (docs/SCENARIOS.md, policyChanges): the market carries over whole at the
 * change, so a change that changes nothing leaves every table as it was, a ban acts from its day
 * on and not before, and a run with a lever switched while it ran repeats from its resolved scenario.
 */
class PolicyChangesTest {
    private static final String[] SMALL = {"seed=31", "population=1500", "days=16", "burnInDays=8"};

    @TempDir
    Path tmp;

    private Path run(Scenario s, String name, int threads) throws Exception {
        Path dir = tmp.resolve(name);
        Simulation.runAndWrite(s, "test.yaml", List.of(), dir, false, null, Simulation.Microdata.ALL, threads);
        return dir;
    }

    @Test
    void aChangeThatChangesNothingLeavesEveryTableAsItWas() throws Exception {
        Path plain = run(Scenarios.small(SMALL), "plain", 1);
        Scenario same = Scenarios.small(Scenarios.with(SMALL, "policyChanges=[{day: 5, set: 'platform.commission=0.2'}, {day: 9, set: 'platform.banEnforcement=1'}]"));
        Path changed = run(same, "changed", 2);
        for (String file : ReproducibilityTest.files(plain)) {
            if (file.equals("manifest.json") || file.equals("scenario.resolved.yaml")) continue;
            assertArrayEquals(Files.readAllBytes(plain.resolve(file)), Files.readAllBytes(changed.resolve(file)), file + " differs");
        }
        assertTrue(Files.readString(changed.resolve("scenario.resolved.yaml")).contains("set: platform.commission=0.2"), "the change is in the resolved scenario");
    }

    @Test
    void aBanActsFromItsDayOnAndTheRunRepeatsFromItsResolvedScenario() throws Exception {
        // Long enough for the ID campaigns posted before the ban to pass their deadlines.
        String[] longer = Scenarios.with(SMALL, "days=40");
        Path plain = run(Scenarios.small(longer), "plain", 1);
        Scenario banned = Scenarios.small(Scenarios.with(longer,
                "policyChanges=[{day: 6, set: 'platform.bannedCategories=[ID_DOCUMENT]'}, {day: 6, set: 'platform.banEnforcement=1'}]"));
        Path ban = run(banned, "ban", 1);
        List<Long> before = idItems(plain);
        List<Long> after = idItems(ban);
        assertEquals(before.subList(0, 6), after.subList(0, 6), "the days before the ban are the same days");
        long plainLater = before.subList(20, 40).stream().mapToLong(Long::longValue).sum();
        long banLater = after.subList(20, 40).stream().mapToLong(Long::longValue).sum();
        assertTrue(banLater < plainLater / 2, "ID campaigns no longer open after the ban: " + banLater + " vs " + plainLater);

        Scenario again = ScenarioLoader.load(ban.resolve("scenario.resolved.yaml"), List.of());
        Path repeat = run(again, "repeat", 2);
        for (String file : ReproducibilityTest.files(ban)) {
            if (file.equals("manifest.json")) continue;
            assertArrayEquals(Files.readAllBytes(ban.resolve(file)), Files.readAllBytes(repeat.resolve(file)), file + " differs");
        }
    }

    @Test
    void aChangeOfAnythingButALeverOrToAnImpossibleValueIsRefusedWhereItStands() {
        ScenarioException notLever = assertThrows(ScenarioException.class, () -> ScenarioLoader.fromText(
                "name: t\npolicyChanges:\n  - day: 3\n    set: population=5\n", "t.yaml", "t", List.of()));
        assertTrue(notLever.getMessage().startsWith("t.yaml:4:10: policyChanges[0].set: 'population' is not a policy lever"), notLever.getMessage());
        ScenarioException badValue = assertThrows(ScenarioException.class, () -> ScenarioLoader.fromText(
                "name: t\npolicyChanges:\n  - {day: 1, set: 'platform.commission=0.1'}\n  - {day: 3, set: 'platform.commission=2'}\n", "t.yaml", "t", List.of()));
        assertEquals("t.yaml:4:19: policyChanges[1].set: platform.commission: found 2, allowed a number >= 0 and < 1", badValue.getMessage());
    }

    private static List<Long> idItems(Path run) throws Exception {
        Table t = org.kempelen.output.RunReader.read(run).timeseries();
        int col = t.columns().indexOf("accepted_id_document");
        return t.rows().stream().map(r -> ((Number) r[col]).longValue()).toList();
    }
}
