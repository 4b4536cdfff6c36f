package org.kempelen.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.ScenarioException;

/** The targets file: the shipped one, which targets apply to which scenario, and errors with file:line:col. */
class TargetsTest {
    private static final String ONE = "targets:\n  share:\n    metric: wages.unpaid_time_share\n    value: 0.29\n"
            + "    interval: [0.25, 0.33]\n    source: Berg 2018\n    presets: [baseline]\n";

    @Test
    void theShippedTargetsAreTheFieldFigures() throws Exception {
        List<Target> all = Targets.load(Path.of("calibration/targets.yaml"));
        assertEquals(List.of("median_effective_wage", "mean_paid_wage", "unpaid_time_share", "worker_half_life", "platform_main_income_share"),
                all.stream().map(Target::name).toList());
        assertEquals(List.of("mean_paid_wage", "unpaid_time_share", "worker_half_life", "platform_main_income_share"),
                Targets.applying(all, "baseline").stream().map(Target::name).toList());
        assertEquals(List.of("median_effective_wage"), Targets.applying(all, "mturk").stream().map(Target::name).toList());
        Target share = Targets.named(all, "unpaid_time_share");
        assertEquals(0.25, share.low());
        assertEquals(0.33, share.high());
        assertTrue(share.inside(0.33) && share.inside(0.25) && !share.inside(0.3301) && !share.inside(Double.NaN));
    }

    @Test
    void aTargetAppliesToItsPresetsByNameOnly() throws Exception {
        List<Target> all = Targets.parse(ONE, "t.yaml");
        assertEquals(1, Targets.applying(all, "baseline").size());
        assertEquals(0, Targets.applying(all, "pay-floor").size(), "a policy extending baseline is not held to its figures");
    }

    @Test
    void errorsNameTheFileLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Targets.parse(ONE.replace("[0.25, 0.33]", "[0.33, 0.25]")
                .replace("presets:", "presest:"), "t.yaml"));
        String m = e.getMessage();
        assertTrue(m.contains("t.yaml:5:15: targets.share.interval: low 0.33 is not below high 0.25"), m);
        assertTrue(m.contains("t.yaml:7:5: targets.share.presest: unknown key 'presest' (did you mean 'presets'?)"), m);
        assertTrue(m.contains("targets.share.presets: no presets"), m);

        m = assertThrows(ScenarioException.class, () -> Targets.parse(ONE.replace("value: 0.29", "value: 0.5"), "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:4:12: targets.share.value: the value 0.5 lies outside its interval [0.25, 0.33]"), m);

        m = assertThrows(ScenarioException.class, () -> Targets.parse(ONE.replace("    metric: wages.unpaid_time_share\n", "")
                .replace("[0.25, 0.33]", "[0.25]"), "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:3:5: targets.share.metric: missing required key 'metric'"), m);
        assertTrue(m.contains("targets.share.interval: found a list of 1 items, expected [low, high]"), m);

        m = assertThrows(ScenarioException.class, () -> Targets.parse("targets: [a, b]\n", "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:1:10: targets: found a list, expected a mapping"), m);
        m = assertThrows(ScenarioException.class, () -> Targets.parse("targets: {a: [\n", "t.yaml")).getMessage();
        assertTrue(m.startsWith("t.yaml:2:"), m);
        m = assertThrows(ScenarioException.class, () -> Targets.load(Path.of("no/such/targets.yaml"))).getMessage();
        assertTrue(m.contains("no/such/targets.yaml: no such file"), m);
    }
}
