package org.kempelen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.experiment.design.Domain;
import org.kempelen.scenario.ScenarioException;

/** The search file's kinds of levers, its defaults, and the shipped example, read without running anything. */
class SearchLoaderTest {
    @TempDir
    Path tmp;

    private static final String BASE = "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n";

    @Test
    void theShippedExampleLoads() throws Exception {
        SearchSpec s = SearchLoader.load(Path.of("searches/protect-least-protected.yaml"));
        assertEquals(4, s.levers().size());
        assertEquals(3, s.objectives().size());
        assertEquals(2, s.constraints().size());
        assertEquals(4, StatesOfTheWorld.of(s).size());
        assertEquals(6, s.algorithm().generations());
        assertEquals(0.2, ((Number) s.baseLevers().get("platform.commission")).doubleValue(), "the base's own lever values, to mark it");
    }

    @Test
    void rangesWholeNumbersChoicesAndSwitches() throws Exception {
        Path f = Files.writeString(tmp.resolve("s.yaml"), BASE
                + "levers:\n  platform.approvalDays: {min: 1, max: 5}\n  platform.countryTargeting: boolean\n"
                + "  platform.pricing.rule: [FIXED, PPP_TIERED]\n  platform.screening: {min: 0.2, max: 0.9}\n"
                + "objectives:\n  - {metric: harm.harmed_workers, goal: minimise}\n"
                + "uncertain:\n  parameters:\n    economy.subsistenceShare: {min: 0.1, max: 0.5}\n");
        SearchSpec s = SearchLoader.load(f);
        assertEquals(new Domain.Range(1, 5, true, 0), s.levers().get(0).domain(), "an integer parameter is searched in whole numbers");
        assertEquals(Domain.Levels.of(false, true), s.levers().get(1).domain());
        assertEquals(Domain.Levels.of("FIXED", "PPP_TIERED"), s.levers().get(2).domain());
        assertEquals(3L, Levers.values(s, new double[] {0.5, 0.7, 0.2, 1}).get("platform.approvalDays"));
        assertEquals(true, Levers.values(s, new double[] {0.5, 0.7, 0.2, 1}).get("platform.countryTargeting"));
        assertEquals(SearchLoader.DEFAULT_STATES, s.states(), "uncertain parameters without a count: 8 states");
        assertEquals(20, s.algorithm().populationSize());
        assertEquals(200, s.algorithm().maxEvaluations());
        assertEquals(Path.of("results", "searches", "s"), s.out());
    }

    @Test
    void aParameterIsALeverAFixedSettingOrUncertainNotTwo() throws Exception {
        Path f = Files.writeString(tmp.resolve("twice.yaml"), BASE + "set: {platform.commission: 0.2}\n"
                + "levers:\n  platform.commission: {min: 0.1, max: 0.3}\n  platform.screening: {min: 0.2, max: 0.9}\n"
                + "objectives:\n  - {metric: harm.harmed_workers, goal: minimise}\n"
                + "uncertain:\n  parameters:\n    platform.screening: {min: 0.1, max: 0.5}\n    platform.disclosure: {min: 0, max: 1}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SearchLoader.load(f));
        String m = e.getMessage();
        assertTrue(m.contains("twice.yaml:4:3: levers.platform.commission: 'platform.commission' is also fixed under 'set'"), m);
        assertTrue(m.contains("twice.yaml:10:5: uncertain.parameters.platform.screening: 'platform.screening' is also a lever"), m);
        assertTrue(m.contains("twice.yaml:11:5: uncertain.parameters.platform.disclosure: 'platform.disclosure' is one of NONE, CATEGORY, FULL;"
                + " uncertain parameters are numbers with a range"), m);
    }
}
