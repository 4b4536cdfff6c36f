package org.kempelen.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.kempelen.output.RunTables;

/**
 * Runs grouped by label: runs with the same label are replications, drawn as their mean with a
 * 95 % confidence band (Student t); a single run is drawn as it is. Labels keep the order in
 * which they first appear.
 */
public record Replicates(String label, List<RunTables> runs) {

    /** Mean, standard deviation and 95 % confidence half-width of a value over runs; sd and half-width NaN for one run. */
    public record Estimate(double mean, double sd, double halfWidth, int n) {
        double low() {
            return Double.isNaN(halfWidth) ? mean : mean - halfWidth;
        }

        double high() {
            return Double.isNaN(halfWidth) ? mean : mean + halfWidth;
        }
    }

    /** Groups runs by label ({@code labels} may be null: the scenario names). */
    public static List<Replicates> group(List<RunTables> runs, List<String> labels) {
        Map<String, List<RunTables>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            String label = labels != null ? labels.get(i) : runs.get(i).scenarioName();
            byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(runs.get(i));
        }
        List<Replicates> out = new ArrayList<>();
        byLabel.forEach((k, v) -> out.add(new Replicates(k, List.copyOf(v))));
        return out;
    }

    /** The estimate of {@code value} over this label's runs, ignoring runs where it is not available. */
    public Estimate estimate(ToDoubleFunction<RunTables> value) {
        double[] v = runs.stream().mapToDouble(value).filter(Double::isFinite).toArray();
        return of(v);
    }

    /** Mean and Student-t 95 % interval of the values. */
    public static Estimate of(double[] v) {
        int n = v.length;
        if (n == 0) return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        double mean = 0;
        for (double x : v) mean += x;
        mean /= n;
        if (n == 1) return new Estimate(mean, Double.NaN, Double.NaN, 1);
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return new Estimate(mean, sd, t * sd / Math.sqrt(n), n);
    }

    public RunTables first() {
        return runs.get(0);
    }
}
