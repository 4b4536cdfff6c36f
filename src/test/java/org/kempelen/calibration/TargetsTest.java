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
        assertEquals(List.of("median_effective_wage", "mean_of_workers_effective_wage", "wage_skew", "mean_paid_wage", "unpaid_time_share", "worker_half_life", "platform_main_income_share",
                "de_selfies_mostly_refused", "us_selfies_mostly_refused", "de_selfies_below_poorer_countries", "us_selfies_below_poorer_countries"),
                all.stream().map(Target::name).toList());
        assertEquals(List.of("de_selfies_mostly_refused", "us_selfies_mostly_refused", "de_selfies_below_poorer_countries",
                "us_selfies_below_poorer_countries"), Targets.applying(all, "clickworker").stream().map(Target::name).toList());
        assertEquals(List.of("mean_paid_wage", "unpaid_time_share", "worker_half_life", "platform_main_income_share"),
                Targets.applying(all, "baseline").stream().map(Target::name).toList());
        assertEquals(List.of("median_effective_wage", "mean_of_workers_effective_wage", "wage_skew"),
                Targets.applying(all, "mturk").stream().map(Target::name).toList());
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

    private static final String KINDS = "targets:\n"
            + "  cheap:\n    metric: wages.median_effective_hourly_wage_usd\n    below: 3\n    scale: 0.5\n    unit: USD/h\n"
            + "    source: test\n    presets: [baseline]\n"
            + "  order:\n    metric: a.DE\n    below_each_of: [a.IN, a.PH]\n    scale: 0.1\n    source: AlgorithmWatch\n    presets: [baseline]\n";

    @Test
    void boundsAndOrderingsAreReadWithOneComparisonPerListedMetric() throws Exception {
        List<Target> all = Targets.parse(KINDS, "t.yaml");
        Target cheap = all.get(0);
        assertEquals(Target.Kind.BELOW, cheap.kind());
        assertEquals(3, cheap.high());
        assertEquals(Double.NEGATIVE_INFINITY, cheap.low());
        assertEquals(0.5, cheap.scale());
        assertTrue(Double.isNaN(cheap.value()));
        assertEquals(List.of("cheap"), cheap.comparisons().stream().map(Comparison::name).toList());
        assertEquals("<= 3 USD/h", cheap.comparisons().get(0).criterion());
        Target order = all.get(1);
        assertEquals(Target.Kind.BELOW_EACH_OF, order.kind());
        assertEquals(List.of("a.DE", "a.IN", "a.PH"), order.metrics());
        List<Comparison> c = order.comparisons();
        assertEquals(List.of("order:a.IN", "order:a.PH"), c.stream().map(Comparison::name).toList());
        assertEquals(List.of("a.DE < a.IN", "a.DE < a.PH"), c.stream().map(Comparison::criterion).toList());
        assertEquals("a.DE - a.IN", c.get(0).quantity());
        assertEquals(-0.3, c.get(0).value(java.util.Map.of("a.DE", 0.1, "a.IN", 0.4, "a.PH", 0.5)), 1e-12);
        assertTrue(c.get(0).met(-0.01) && !c.get(0).met(0) && !c.get(0).met(0.01), "an ordering holds strictly");
        Target above = Targets.parse(KINDS.replace("below: 3", "above: 3").replace("below_each_of", "above_each_of"), "t.yaml").get(0);
        assertTrue(above.comparisons().get(0).met(3) && !above.comparisons().get(0).met(2.99), "a bound includes its edge, like an interval");
    }

    @Test
    void mixedOrIncompleteBoundsAndOrderingsAreRefusedWithTheirPlaces() {
        String m = assertThrows(ScenarioException.class, () -> Targets.parse(KINDS.replace("    below: 3\n", "    below: 3\n    value: 2\n"), "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:5:5: targets.cheap.value: 'value' cannot be combined with 'below'; a target is either 'value' with 'interval'"), m);
        m = assertThrows(ScenarioException.class, () -> Targets.parse(KINDS.replace("    below: 3\n", "    below: 3\n    above: 1\n"), "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:5:5: targets.cheap.above: 'above' cannot be combined with 'below'"), m);
        m = assertThrows(ScenarioException.class, () -> Targets.parse(KINDS.replace("scale: 0.5", "scale: 0").replace("[a.IN, a.PH]", "[]"), "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:5:12: targets.cheap.scale: found 0.0, allowed a number > 0"), m);
        assertTrue(m.contains("t.yaml:11:20: targets.order.below_each_of: an empty list"), m);
        m = assertThrows(ScenarioException.class, () -> Targets.parse(KINDS.replace("    scale: 0.5\n", "    scael: 0.5\n")
                .replace("[a.IN, a.PH]", "[a.IN, a.DE, a.IN, 'a b']"), "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:5:5: targets.cheap.scael: unknown key 'scael' (did you mean 'scale'?)"), m);
        assertTrue(m.contains("t.yaml:3:5: targets.cheap.scale: missing required key 'scale'"), m);
        assertTrue(m.contains("t.yaml:11:27: targets.order.below_each_of: 'a.DE' is the target's own metric"), m);
        assertTrue(m.contains("t.yaml:11:33: targets.order.below_each_of: 'a.IN' is listed twice"), m);
        assertTrue(m.contains("targets.order.below_each_of: 'a b' is not a metric path"), m);
        m = assertThrows(ScenarioException.class, () -> Targets.parse(ONE.replace("    value: 0.29\n    interval: [0.25, 0.33]\n", "    scale: 1\n"), "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:3:5: targets.share: no criterion; a target is either"), m);
        m = assertThrows(ScenarioException.class, () -> Targets.parse(ONE.replace("    value: 0.29\n", "    value: 0.29\n    scale: 1\n"), "t.yaml")).getMessage();
        assertTrue(m.contains("t.yaml:5:12: targets.share.scale: 'scale' belongs to bounds and orderings"), m);
    }
}
