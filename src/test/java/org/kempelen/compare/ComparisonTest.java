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

    private static Replication market(long seed, double idOnA, double idOnB, double faceOnA) {
        Map<String, Double> v = new java.util.LinkedHashMap<>(Map.of("wages.x", 1.0, "days", 30.0, "workforce.initial_workers", 3000.0));
        v.put("by_platform.a.items_by_category.ID_DOCUMENT", idOnA);
        v.put("by_platform.b.items_by_category.ID_DOCUMENT", idOnB);
        v.put("by_platform.a.items_by_category.FACE_PHOTO", faceOnA);
        v.put("by_platform.b.items_by_category.FACE_PHOTO", 0.0);
        return new Replication("run" + seed, seed, Map.of(), v);
    }

    @Test
    void displacementIsTheShareOfACategorysItemsThatChangedPlatform() throws Exception {
        // A: ID documents 60/40 over platforms a and b; B: all 90 on b (a ban on a, the collection moved, 10 % fewer).
        Side a = side(market(1, 50, 50, 10), market(2, 70, 30, 10));
        Side b = side(market(1, 0, 80, 10), market(2, 0, 100, 10));
        Comparison.Result r = Comparison.compare(a, b, WAGE, Set.of());
        Displacement id = r.displacement().stream().filter(d -> d.category().equals("ID_DOCUMENT")).findFirst().orElseThrow();
        assertEquals(100, id.itemsA(), 1e-9);
        assertEquals(90, id.itemsB(), 1e-9);
        assertEquals(0.6, id.shareA().get("a"), 1e-9);
        assertEquals(1.0, id.shareB().get("b"), 1e-9);
        assertEquals(0.6, id.moved(), 1e-9, "60 % of the ID items changed platform");
        Displacement face = r.displacement().stream().filter(d -> d.category().equals("FACE_PHOTO")).findFirst().orElseThrow();
        assertEquals(0, face.moved(), 1e-9, "a category whose split did not change moved nothing");
        assertEquals(2, r.displacement().size(), "categories without items on either side are left out");
        String csv = ComparisonOutput.displacementCsv(r);
        assertTrue(csv.startsWith("category,items_a,items_b,items_relative_change,moved_share,share_a_a,share_a_b,share_b_a,share_b_b\n"), csv);
        assertTrue(ComparisonOutput.table(r).contains("ID_DOCUMENT     items 100 -> 90, moved 60 %; a 60 % -> 0 % b 40 % -> 100 %"),
                ComparisonOutput.table(r));
    }

    @Test
    void singlePlatformRunsHaveNoDisplacement() throws Exception {
        Comparison.Result r = Comparison.compare(side(rep(1, 1, "NONE", 30)), side(rep(1, 3, "FULL", 30)), WAGE, Set.of());
        assertTrue(r.displacement().isEmpty());
    }

    @Test
    void theLeastProtectedHalfsShareCountsTheMarketsItemsFromTheWeakerHalfOfCountries() {
        org.kempelen.metrics.Table t = new org.kempelen.metrics.Table(List.of("platform", "country", "category", "items_given"));
        // Market rows (ALL) count; a platform's rows repeat them and must not be counted twice.
        t.add("ALL", "PH", "ID_DOCUMENT", 30L);
        t.add("ALL", "DE", "ID_DOCUMENT", 10L);
        t.add("ALL", "KE", "ID_DOCUMENT", 20L);
        t.add("ALL", "US", "ID_DOCUMENT", 40L);
        t.add("ALL", "PH", "NONE", 1000L);
        t.add("ALL", "PH", "ALL", 1030L);
        t.add("a", "PH", "ID_DOCUMENT", 30L);
        Map<String, Double> protection = new java.util.LinkedHashMap<>(Map.of("PH", 0.2, "DE", 0.9, "KE", 0.3, "US", 0.5));
        Map<String, Double> v = HeadlineMetrics.leastProtected(t, protection);
        assertEquals(0.5, v.get("least_protected_half_share.ID_DOCUMENT"), 1e-12, "PH and KE: 50 of 100");
        assertEquals(0.5, v.get(HeadlineMetrics.LEAST_PROTECTED), 1e-12, "NONE items are not personal data");
        assertTrue(Double.isNaN(v.get("least_protected_half_share.VOICE")), "no items: not available");
    }
}
