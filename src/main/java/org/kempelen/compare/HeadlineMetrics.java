package org.kempelen.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.metrics.PlatformAnalysis;
import org.kempelen.metrics.Table;
import org.kempelen.scenario.DataCategory;

/**
 * The metrics a policy analyst looks at first, by their dotted path in summary.json, and the
 * acceptance of each data category, which the summary does not hold: {@code acceptance.<CATEGORY>}
 * = accepted / offers of that category summed over all countries of by_country.csv (every offer
 * of the category in the recorded days, pooled over countries and workers).
 */
public final class HeadlineMetrics {
    /** A metric: its path and the label shown in tables and figures. */
    public record Metric(String path, String label) {}

    /** Prefix of the derived per-category acceptance paths. */
    public static final String ACCEPTANCE = "acceptance.";
    /**
     * Derived from a run's by_country.csv and its countries' data protection: the share of
     * personal-data items given by workers of the half of the countries with the weakest
     * protection (a policy may move collection there, docs/ODD.md 7.10); per category under
     * {@code least_protected_half_share.<CATEGORY>}.
     */
    public static final String LEAST_PROTECTED = "least_protected_half_share.personal_data";

    /** The horizon and size of a run, read to check that the sides are comparable. */
    static final String DAYS = "days";
    static final String POPULATION = "workforce.initial_workers";

    private static final List<Metric> SUMMARY = List.of(
            new Metric("wages.median_effective_hourly_wage_usd", "median effective hourly wage (USD)"),
            new Metric("wages.mean_paid_hourly_wage_usd", "mean paid hourly wage (USD)"),
            new Metric("wages.unpaid_time_share", "unpaid share of working time"),
            new Metric("wages.platform_main_income_share", "share with the platform as main income"),
            new Metric("workforce.observed_half_life_days", "workforce half-life (days)"),
            new Metric("exposure.personal_data_items", "personal-data items given"),
            new Metric("exposure.poorest_half_share_of_sensitive_items", "poorest half's share of personal-data items"),
            new Metric(LEAST_PROTECTED, "least-protected half's share of personal-data items"),
            new Metric("exposure.third_parties_exposed", "third parties exposed"),
            new Metric("harm.harm_events", "harm events"),
            new Metric("harm.harmed_workers", "harmed workers"));

    private HeadlineMetrics() {}

    /** The default metrics: the summary headlines, then acceptance per data category. */
    public static List<Metric> defaults() {
        List<Metric> out = new ArrayList<>(SUMMARY);
        for (DataCategory c : DataCategory.values()) out.add(new Metric(ACCEPTANCE + c.name(), "acceptance of " + c.name() + " offers"));
        return out;
    }

    /** The metric for a path given with --metric: its headline label if it has one, else the path itself. */
    public static Metric named(String path) {
        for (Metric m : defaults()) if (m.path().equals(path)) return m;
        return new Metric(path, path);
    }

    /**
     * {@code least_protected_half_share.<CATEGORY>} and {@link #LEAST_PROTECTED}: items from the
     * ⌊n/2⌋ countries with the lowest {@code dataProtection} (ties in scenario order) over all items,
     * per personal-data category and over them all, from the market's rows of {@code byCountry}.
     */
    static Map<String, Double> leastProtected(Table byCountry, Map<String, Double> protection) {
        List<String> weakest = new ArrayList<>(protection.keySet());
        weakest.sort(java.util.Comparator.comparingDouble(protection::get));
        java.util.Set<String> half = new java.util.HashSet<>(weakest.subList(0, weakest.size() / 2));
        int country = byCountry.columnIndex("country");
        int category = byCountry.columnIndex("category");
        int items = byCountry.columnIndex("items_given");
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (DataCategory c : DataCategory.values()) if (c.isPersonalData()) sums.put(c.name(), new double[2]);
        for (Object[] row : byCountry.rowsWith(PlatformAnalysis.COLUMN, PlatformAnalysis.ALL)) {
            double[] s = sums.get(String.valueOf(row[category]));
            if (s == null || !(row[items] instanceof Number n)) continue;
            s[1] += n.doubleValue();
            if (half.contains(String.valueOf(row[country]))) s[0] += n.doubleValue();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        double weak = 0, all = 0;
        for (var e : sums.entrySet()) {
            out.put("least_protected_half_share." + e.getKey(), e.getValue()[1] > 0 ? e.getValue()[0] / e.getValue()[1] : Double.NaN);
            weak += e.getValue()[0];
            all += e.getValue()[1];
        }
        out.put(LEAST_PROTECTED, all > 0 ? weak / all : Double.NaN);
        return out;
    }

    /** {@code acceptance.<CATEGORY>} for every category in a by_country table (its per-country "ALL" rows left out). */
    static Map<String, Double> acceptance(Table byCountry) {
        int category = byCountry.columnIndex("category");
        int offers = byCountry.columnIndex("offers");
        int accepted = byCountry.columnIndex("accepted");
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (DataCategory c : DataCategory.values()) sums.put(c.name(), new double[2]);
        for (Object[] row : byCountry.rowsWith(PlatformAnalysis.COLUMN, PlatformAnalysis.ALL)) {
            double[] s = sums.get(String.valueOf(row[category]));
            if (s == null || !(row[offers] instanceof Number o) || !(row[accepted] instanceof Number a)) continue;
            s[0] += a.doubleValue();
            s[1] += o.doubleValue();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((c, s) -> out.put(ACCEPTANCE + c, s[1] > 0 ? s[0] / s[1] : Double.NaN));
        return out;
    }
}
