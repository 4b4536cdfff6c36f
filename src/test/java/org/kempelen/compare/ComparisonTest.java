package org.kempelen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kempelen.metrics.MeanDifference;

/** Pairing by seed, the checks on the sides, and missing metrics, on sides built in memory. */
class ComparisonTest {
    private static final List<HeadlineMetrics.Metric> WAGE = List.of(new HeadlineMetrics.Metric("wages.x", "x"));

    private static Replication rep(long seed, double x, String disclosure, double days) {
        return new Replication("run" + seed, seed, Map.of("platform.disclosure", disclosure, "population", "3000"),
                Map.of("wages.x", x, "days", days, "workforce.initial_workers", 3000.0));
    }

    private static Side side(Replication... reps) {
        return new Side("s", List.of(reps), List.of());
    }

    @Test
    void equalSeedSetsArePairedWhateverTheirOrder() throws Exception {
        Side a = side(rep(1, 1, "NONE", 30), rep(2, 2, "NONE", 30), rep(3, 3, "NONE", 30), rep(4, 4, "NONE", 30));
        // B in another order: seed 3 gives 5, seed 1 gives 2, ... so the differences by seed are 1, 2, 2, 1.
        Side b = side(rep(3, 5, "FULL", 30), rep(1, 2, "FULL", 30), rep(4, 5, "FULL", 30), rep(2, 4, "FULL", 30));
        Comparison.Result r = Comparison.compare(a, b, WAGE, Set.of());
        assertTrue(r.paired());
        MeanDifference d = r.rows().get(0).result();
        assertEquals(MeanDifference.Test.PAIRED_T, d.test());
        assertEquals(MeanDifference.paired(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 5}).p(), d.p(), 0);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("platform.disclosure: NONE -> FULL")), r.notes().toString());
    }

    @Test
    void differentSeedsAreIndependentSamples() throws Exception {
        Side a = side(rep(1, 1, "NONE", 30), rep(2, 2, "NONE", 30));
        Side b = side(rep(1, 2, "NONE", 30), rep(5, 4, "NONE", 30));
        Comparison.Result r = Comparison.compare(a, b, WAGE, Set.of());
        assertFalse(r.paired());
        assertEquals(MeanDifference.Test.WELCH_T, r.rows().get(0).result().test());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("same settings")), r.notes().toString());
    }

    @Test
    void aSeedTwiceOnASideIsWarnedAboutAndNotPaired() throws Exception {
        Side a = side(rep(1, 1, "NONE", 30), rep(1, 1, "NONE", 30));
        Side b = side(rep(1, 2, "FULL", 30), rep(1, 2, "FULL", 30));
        Comparison.Result r = Comparison.compare(a, b, WAGE, Set.of());
        assertFalse(r.paired());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("warning: side A has seed 1 more than once")), r.notes().toString());
    }

    @Test
    void singleRunsGiveDifferencesOnly() throws Exception {
        Comparison.Result r = Comparison.compare(side(rep(1, 1, "NONE", 30)), side(rep(1, 3, "FULL", 30)), WAGE, Set.of());
        assertTrue(r.design().startsWith("single runs"));
        assertEquals(2, r.rows().get(0).result().difference(), 0);
        assertTrue(Double.isNaN(r.rows().get(0).result().ciLow()));
    }

    @Test
    void differentHorizonsAreRefused() {
        ComparisonException e = assertThrows(ComparisonException.class,
                () -> Comparison.compare(side(rep(1, 1, "NONE", 30)), side(rep(1, 1, "NONE", 60)), WAGE, Set.of()));
        assertTrue(e.getMessage().contains("A: 30; B: 60"), e.getMessage());
    }

    @Test
    void aSideWhoseRunsDifferInMoreThanTheSeedIsWarnedAbout() throws Exception {
        Side a = side(rep(1, 1, "NONE", 30), rep(2, 2, "FULL", 30));
        Comparison.Result r = Comparison.compare(a, side(rep(1, 1, "NONE", 30), rep(2, 1, "NONE", 30)), WAGE, Set.of());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("side A's runs differ in platform.disclosure")), r.notes().toString());
    }

    @Test
    void anUnknownMetricIsRefusedWithTheNearestNameAndAMissingDefaultIsLeftOut() throws Exception {
        List<HeadlineMetrics.Metric> asked = new ArrayList<>(WAGE);
        asked.add(new HeadlineMetrics.Metric("wages.y", "y"));
        Side a = side(rep(1, 1, "NONE", 30));
        ComparisonException e = assertThrows(ComparisonException.class, () -> Comparison.compare(a, a, asked, Set.of("wages.y")));
        assertTrue(e.getMessage().contains("metric wages.y: not in run1 (did you mean 'wages.x'?)"), e.getMessage());
        Comparison.Result r = Comparison.compare(a, a, asked, Set.of());
        assertEquals(1, r.rows().size());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("left out wages.y")), r.notes().toString());
    }
}
