package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.output.CsvWriter;
import org.kempelen.output.Fmt;

/**
 * A fitted parameter with its standard error from the sandwich at the optimum and the 95 %
 * interval ±1.96 se (local, linearised); {@code se} NaN when the targets do not identify it.
 */
public record ParameterEstimate(FitParameter parameter, double value, double se, boolean identified) {
    /** Columns of parameters.csv. */
    public static final List<String> COLUMNS = List.of("parameter", "value", "min", "max", "se", "ci_low", "ci_high",
            "ci_within_bounds", "identified");

    public double ciLow() {
        return value - 1.96 * se;
    }

    public double ciHigh() {
        return value + 1.96 * se;
    }

    /** Whether the 95 % interval lies within the search range; null (NA) when there is none. */
    public Boolean withinBounds() {
        if (!identified) return null;
        return ciLow() >= parameter.min() && ciHigh() <= parameter.max();
    }

    public static String csv(List<ParameterEstimate> estimates) {
        StringBuilder b = new StringBuilder(CsvWriter.line(COLUMNS.toArray()));
        for (ParameterEstimate e : estimates) {
            FitParameter p = e.parameter;
            b.append(CsvWriter.line(p.path(), e.value, p.min(), p.max(), e.se, e.identified ? e.ciLow() : Double.NaN,
                    e.identified ? e.ciHigh() : Double.NaN, e.withinBounds(), e.identified));
        }
        return b.toString();
    }

    /** One line per parameter, for stdout. */
    public static String table(List<ParameterEstimate> estimates) {
        StringBuilder b = new StringBuilder();
        for (ParameterEstimate e : estimates) {
            b.append("  ").append(e.parameter.path()).append(" = ").append(Fmt.number(e.value));
            if (!e.identified) {
                b.append("  not identified by these targets\n");
                continue;
            }
            b.append("  se ").append(Fmt.number(e.se)).append("  95 % [").append(Fmt.number(e.ciLow())).append(", ")
                    .append(Fmt.number(e.ciHigh())).append(']');
            if (!e.withinBounds()) {
                b.append("  leaves the search range [").append(Fmt.number(e.parameter.min())).append(", ")
                        .append(Fmt.number(e.parameter.max())).append(']');
            }
            b.append('\n');
        }
        return b.toString();
    }

    static List<ParameterEstimate> of(List<FitParameter> parameters, double[] values, Sandwich.Result r) {
        List<ParameterEstimate> out = new ArrayList<>();
        for (int j = 0; j < parameters.size(); j++) out.add(new ParameterEstimate(parameters.get(j), values[j], r.se()[j], r.identified()[j]));
        return out;
    }
}
