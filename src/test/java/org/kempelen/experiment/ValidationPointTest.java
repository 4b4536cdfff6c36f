package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kempelen.calibration.Target;
import org.kempelen.calibration.TargetFit;
import org.kempelen.charts.Replicates;
import org.kempelen.scenario.Location;

/** validate's comparisons on replications given as summaries: bounds on the mean, orderings on paired differences. */
class ValidationPointTest {
    /** Three replications in which DE lies below IN in each, by 0.1, 0.2 and 0.3, while the levels vary far more. */
    private static final Validation.Point POINT = new Validation.Point("test", List.of(), List.of(
            Map.of("a.DE", 0.1, "a.IN", 0.2, "a.PH", 0.05),
            Map.of("a.DE", 0.5, "a.IN", 0.7, "a.PH", 0.45),
            Map.of("a.DE", 0.9, "a.IN", 1.2, "a.PH", 0.85)));

    private static Target ordering(boolean below, String... others) {
        return Target.ordering("order", "a.DE", below, List.of(others), 0.1, "", "test", List.of("p"), new Location("t.yaml", 3, 3));
    }

    @Test
    void anOrderingComparesPairedDifferencesOnePerListedMetric() throws Exception {
        List<TargetFit> fits = POINT.fits(List.of(ordering(true, "a.IN", "a.PH")));
        assertEquals(2, fits.size());
        TargetFit in = fits.get(0);
        // Paired: the differences -0.1, -0.2, -0.3, not the spread of the levels.
        Replicates.Estimate expected = Replicates.of(new double[] {-0.1, -0.2, -0.3});
        assertEquals(expected.mean(), in.estimate().mean(), 1e-12);
        assertEquals(expected.halfWidth(), in.estimate().halfWidth(), 1e-12);
        assertTrue(in.inside());
        assertFalse(fits.get(1).inside(), "DE lies above PH");
        assertEquals(List.of("order", "a.DE - a.IN", Double.NaN, Double.NEGATIVE_INFINITY, 0.0), in.row().subList(0, 5));
        String table = TargetFit.table(fits);
        assertTrue(table.contains("a.DE < a.IN") && table.contains("a.DE < a.PH") && table.contains("paired difference"), table);
        assertTrue(POINT.fits(List.of(ordering(false, "a.PH"))).get(0).inside());
    }

    @Test
    void aBoundIsMetByTheMeanOnItsSide() throws Exception {
        Target below = Target.bound("low", "a.DE", true, 0.5, 0.1, "", "test", List.of("p"), Location.of("test"));
        Target above = Target.bound("high", "a.DE", false, 0.6, 0.1, "", "test", List.of("p"), Location.of("test"));
        List<TargetFit> fits = POINT.fits(List.of(below, above));
        assertEquals(0.5, fits.get(0).estimate().mean(), 1e-12);
        assertTrue(fits.get(0).inside(), "the mean on the bound counts, as on an interval's edge");
        assertFalse(fits.get(1).inside());
    }

    @Test
    void aListedMetricNoReplicationReportsIsRefusedAtTheTarget() {
        String m = assertThrows(Validation.ValidationException.class, () -> POINT.fits(List.of(ordering(true, "a.IN", "a.XX")))).getMessage();
        assertTrue(m.contains("t.yaml:3:3: targets.order.below_each_of: no metric 'a.XX'"), m);
    }
}
