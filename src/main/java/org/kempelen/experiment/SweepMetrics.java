package org.kempelen.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kempelen.metrics.RunAnalysis;
import org.kempelen.metrics.RunRecorder;
import org.kempelen.metrics.RunResults;
import org.kempelen.metrics.PlatformAnalysis;
import org.kempelen.metrics.Table;
import org.kempelen.model.MarketModel;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.Scenario;

/**
 * Scalar metrics of a run: the numeric leaves of summary.json, named by their dotted path
 * (e.g. {@code wages.unpaid_time_share}, {@code pressure_gradient.FACE_PHOTO.odds_ratio_top_vs_bottom}).
 * Patterns select them; {@code *} matches one path segment.
 */
public final class SweepMetrics {
    private static final Set<String> CATEGORIES = Set.of(java.util.Arrays.stream(DataCategory.values()).map(Enum::name).toArray(String[]::new));

    private SweepMetrics() {}

    /**
     * Every metric name a run of {@code scenario} reports, in summary order. Taken from the analysis of an
     * unrun model: the summary always has the same keys, only their values change.
     */
    public static List<String> allNames(Scenario scenario) {
        return new ArrayList<>(flatten(unrunSummary(scenario)).keySet());
    }

    /** The summary of an unrun model of {@code scenario}: every key a run reports, with meaningless values. */
    static Map<String, Object> unrunSummary(Scenario scenario) {
        MarketModel empty = new MarketModel(scenario);
        RunResults r = RunAnalysis.analyse(empty, new RunRecorder());
        return r.summary();
    }

    /** Metric names matching the patterns (all when none), in summary order; a pattern that matches nothing is an error. */
    static List<String> select(List<String> all, List<String> patterns) {
        if (patterns.isEmpty()) return all;
        List<String> out = new ArrayList<>();
        for (String p : patterns) {
            Pattern re = Pattern.compile(Pattern.quote(p).replace("*", "\\E[^.]+\\Q"));
            boolean any = false;
            for (String name : all) {
                if (re.matcher(name).matches()) {
                    any = true;
                    if (!out.contains(name)) out.add(name);
                }
            }
            if (!any) throw new IllegalArgumentException("metric '" + p + "' matches no metric; names look like "
                    + "wages.unpaid_time_share or pressure_gradient.*.odds_ratio_top_vs_bottom");
        }
        return out;
    }

    /** Numeric leaves of the summary (booleans as 1/0, nulls and NaN as NaN), in order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Double> flatten(Map<String, Object> summary) {
        Map<String, Double> out = new LinkedHashMap<>();
        walk("", summary, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(String prefix, Map<String, Object> m, Map<String, Double> out) {
        for (var e : m.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> sub) walk(key, (Map<String, Object>) sub, out);
            else if (v instanceof Number n) out.put(key, n.doubleValue());
            else if (v instanceof Boolean b) out.put(key, b ? 1.0 : 0.0);
            else if (v == null) out.put(key, Double.NaN);
        }
    }

    /** A metric name split for the tidy table: the category or country segment moves to its own column. */
    record Tidy(String metric, String category, String country) {}

    static Tidy tidy(String name, Set<String> countries) {
        String category = "";
        String country = "";
        List<String> rest = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (CATEGORIES.contains(part) && category.isEmpty()) category = part;
            else if (countries.contains(part) && country.isEmpty()) country = part;
            else rest.add(part);
        }
        return new Tidy(String.join(".", rest), category, country);
    }

    /** The numeric columns of by_country.csv as tidy rows: metric "by_country.<column>", with category and country. */
    static void byCountry(Table t, LongRows sink) {
        int country = t.columnIndex("country");
        int category = t.columnIndex("category");
        // The market's rows (a market of several platforms also has a row per platform).
        for (Object[] row : t.rowsWith(PlatformAnalysis.COLUMN, PlatformAnalysis.ALL)) {
            for (int c = 0; c < row.length; c++) {
                if (c == country || c == category || !(row[c] instanceof Number n)) continue;
                sink.add("by_country." + t.columns().get(c), row[category].toString(), row[country].toString(), n.doubleValue());
            }
        }
    }

    /** Receives tidy rows. */
    interface LongRows {
        void add(String metric, String category, String country, double value);
    }
}
