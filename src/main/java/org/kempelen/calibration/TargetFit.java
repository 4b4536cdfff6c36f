package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.charts.Replicates;
import org.kempelen.output.CsvWriter;
import org.kempelen.output.Fmt;

/**
 * A comparison of a target against its simulated values over replications: the mean with its
 * 95 % Student-t interval (none for a single run). The target is met when the mean lies in its
 * tolerance interval, on its bound's side, or (an ordering: the mean of the paired differences)
 * has the required sign; the confidence interval says how sure that verdict is, it does not decide it.
 */
public record TargetFit(Comparison comparison, Replicates.Estimate estimate) {
    /**
     * Columns of the fit tables (validate --out, calibrate's fit.csv). For a bound the open side
     * of low/high is NA and value is NA; for an ordering metric is "metric - other", the paired
     * difference whose mean and interval are given, and low or high is 0.
     */
    public static final List<String> COLUMNS = List.of("target", "metric", "value", "low", "high", "n", "mean", "ci_low", "ci_high", "inside");

    /** The fit of {@code comparison} to its values in the replications (not available ones, NaN, are left out). */
    public static TargetFit of(Comparison comparison, double[] replications) {
        return new TargetFit(comparison, Replicates.of(java.util.Arrays.stream(replications).filter(Double::isFinite).toArray()));
    }

    public Target target() {
        return comparison.target();
    }

    public boolean inside() {
        return comparison.met(estimate.mean());
    }

    public double ciLow() {
        return estimate.mean() - estimate.halfWidth();
    }

    public double ciHigh() {
        return estimate.mean() + estimate.halfWidth();
    }

    /** The row of {@link #COLUMNS}. */
    public List<Object> row() {
        Comparison c = comparison;
        return new ArrayList<>(List.of(c.target().name(), c.quantity(), c.aim(), c.low(), c.high(), estimate.n(), estimate.mean(), ciLow(), ciHigh(), inside()));
    }

    /** The fits as a human-readable table, one line per comparison. */
    public static String table(List<TargetFit> fits) {
        int width = Math.max(6, fits.stream().mapToInt(f -> f.target().name().length()).max().orElse(6));
        int criterion = Math.max(22, fits.stream().mapToInt(f -> f.comparison.criterion().length()).max().orElse(22));
        boolean values = fits.stream().allMatch(f -> f.target().kind() == Target.Kind.INTERVAL);
        String format = "%-" + width + "s  %-" + criterion + "s  %-12s  %-25s  %s%n";
        StringBuilder b = new StringBuilder(String.format(format, "target", values ? "interval" : "interval or bound", "mean", "95 % CI", "inside"));
        for (TargetFit f : fits) {
            String ci = Double.isFinite(f.estimate.halfWidth()) ? "[" + Fmt.number(round(f.ciLow())) + ", " + Fmt.number(round(f.ciHigh())) + "]"
                    : f.estimate.n() == 1 ? "none (n = 1)" : "none (n = " + f.estimate.n() + ")";
            b.append(String.format(format, f.target().name(), f.comparison.criterion(), Fmt.number(round(f.estimate.mean())), ci, f.inside() ? "yes" : "NO"));
        }
        if (fits.stream().anyMatch(f -> f.target().kind().ordering())) {
            b.append("(an ordering's mean and CI are of the paired difference, first metric minus second, over the replications)\n");
        }
        return b.toString();
    }

    /** The fits as CSV, each row after {@code prefix} columns (empty for none). */
    public static String csv(List<String> prefixColumns, List<List<Object>> prefixes, List<List<TargetFit>> fits) {
        List<Object> header = new ArrayList<>(prefixColumns);
        header.addAll(COLUMNS);
        StringBuilder b = new StringBuilder(CsvWriter.line(header.toArray()));
        for (int i = 0; i < fits.size(); i++) {
            for (TargetFit f : fits.get(i)) {
                List<Object> row = new ArrayList<>(prefixes.get(i));
                row.addAll(f.row());
                b.append(CsvWriter.line(row.toArray()));
            }
        }
        return b.toString();
    }

    /** Four significant digits: enough to read a fit, the files keep ten. */
    private static double round(double v) {
        if (!Double.isFinite(v) || v == 0) return v;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }
}
