package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.charts.Replicates;
import org.kempelen.output.CsvWriter;
import org.kempelen.output.Fmt;

/**
 * A target against its simulated values over replications: the mean with its 95 % Student-t
 * interval (none for a single run). The target is met when the mean lies in its tolerance
 * interval; the confidence interval says how sure that verdict is, it does not decide it.
 */
public record TargetFit(Target target, Replicates.Estimate estimate) {
    /** Columns of the fit tables (validate --out, calibrate's fit.csv). */
    public static final List<String> COLUMNS = List.of("target", "metric", "value", "low", "high", "n", "mean", "ci_low", "ci_high", "inside");

    /** The fit of {@code target} to its values in the replications (not available ones, NaN, are left out). */
    public static TargetFit of(Target target, double[] replications) {
        return new TargetFit(target, Replicates.of(java.util.Arrays.stream(replications).filter(Double::isFinite).toArray()));
    }

    public boolean inside() {
        return target.inside(estimate.mean());
    }

    public double ciLow() {
        return estimate.mean() - estimate.halfWidth();
    }

    public double ciHigh() {
        return estimate.mean() + estimate.halfWidth();
    }

    /** The row of {@link #COLUMNS}. */
    public List<Object> row() {
        Target t = target;
        return new ArrayList<>(List.of(t.name(), t.metric(), t.value(), t.low(), t.high(), estimate.n(), estimate.mean(), ciLow(), ciHigh(), inside()));
    }

    /** The fits as a human-readable table, one line per target. */
    public static String table(List<TargetFit> fits) {
        int width = Math.max(6, fits.stream().mapToInt(f -> f.target.name().length()).max().orElse(6));
        StringBuilder b = new StringBuilder(String.format("%-" + width + "s  %-22s  %-12s  %-25s  %s%n", "target", "interval", "mean", "95 % CI", "inside"));
        for (TargetFit f : fits) {
            Target t = f.target;
            String ci = Double.isFinite(f.estimate.halfWidth()) ? "[" + Fmt.number(round(f.ciLow())) + ", " + Fmt.number(round(f.ciHigh())) + "]"
                    : f.estimate.n() == 1 ? "none (n = 1)" : "none (n = " + f.estimate.n() + ")";
            b.append(String.format("%-" + width + "s  %-22s  %-12s  %-25s  %s%n", t.name(),
                    "[" + Fmt.number(t.low()) + ", " + Fmt.number(t.high()) + "]" + (t.unit().isEmpty() ? "" : " " + t.unit()),
                    Fmt.number(round(f.estimate.mean())), ci, f.inside() ? "yes" : "NO"));
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
