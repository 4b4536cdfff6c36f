package org.kempelen.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kempelen.metrics.Table;

/**
 * Sweep figures from the sweep's tables: a metric's mean with its 95 % confidence band against
 * each varied parameter (over all runs at that value, the other parameters varying), and the
 * sensitivity indices per parameter.
 */
public final class SweepFigures {
    private SweepFigures() {}

    /** Mean of {@code metric} with 95 % CI against {@code factor}, over all runs at each value. */
    public static Figures.Figure metricVersusFactor(Table runs, String metric, String factor) {
        return metricVersusFactor(runs, metric, factor, null);
    }

    /**
     * Mean of {@code metric} with its 95 % CI band against the numeric {@code factor}, from runs.csv
     * rows with status ok: one line per level of {@code groupBy} (another varied parameter, numeric
     * or not), or one line over all runs at each value when it is null.
     */
    public static Figures.Figure metricVersusFactor(Table runs, String metric, String factor, String groupBy) {
        Map<String, Map<Double, List<Double>>> groups = groups(runs, metric, factor, groupBy, null, null);
        NumberAxis xa = axis(factor);
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = axis(metric);
        ya.setAutoRangeIncludesZero(false);
        XYPlot plot = lines(groups, groupBy, metric, new ArrayList<>(groups.keySet()), xa, ya);
        String stem = "sweep_" + slug(metric) + "_vs_" + slug(factor) + (groupBy == null ? "" : "_by_" + slug(groupBy));
        String caption = groupBy == null
                ? "Mean of " + metric + " against " + factor + " over all runs at each value (other varied parameters included); the band is the 95 % confidence interval."
                : "Mean of " + metric + " against " + factor + ", one line per value of " + groupBy
                        + " (other varied parameters pooled); the bands are 95 % confidence intervals.";
        return new Figures.Figure(stem, caption, chart(metric + " by " + factor, plot));
    }

    /**
     * Small multiples: {@link #metricVersusFactor(Table, String, String, String)} once per level of
     * a third varied parameter {@code panel}, side by side on one metric axis.
     */
    public static Figures.Figure metricVersusFactorPanels(Table runs, String metric, String factor, String groupBy, String panel) {
        Map<String, Map<Double, List<Double>>> all = groups(runs, metric, factor, groupBy, null, null);
        List<String> keys = new ArrayList<>(all.keySet());
        NumberAxis ya = axis(metric);
        ya.setAutoRangeIncludesZero(false);
        org.jfree.chart.plot.CombinedRangeXYPlot combined = new org.jfree.chart.plot.CombinedRangeXYPlot(ya);
        int p = runs.columnIndex(panel);
        java.util.TreeSet<String> levels = new java.util.TreeSet<>(LEVEL_ORDER);
        for (Object[] row : runs.rows()) if (row[p] != null) levels.add(label(row[p]));
        for (String level : levels) {
            NumberAxis xa = axis(factor + " (" + panel + " = " + level + ")");
            xa.setAutoRangeIncludesZero(false);
            Map<String, Map<Double, List<Double>>> mine = groups(runs, metric, factor, groupBy, panel, level);
            XYPlot sub = lines(mine, groupBy, metric, keys, xa, null);
            // One legend for all panels: the colours mean the same in each.
            if (combined.getSubplots().size() > 0) sub.getRenderer().setDefaultSeriesVisibleInLegend(false);
            combined.add(sub, 1);
        }
        String stem = "sweep_" + slug(metric) + "_vs_" + slug(factor) + "_by_" + slug(groupBy) + "_per_" + slug(panel);
        String caption = "Mean of " + metric + " against " + factor + ", one line per value of " + groupBy + ", one panel per value of "
                + panel + " (other varied parameters pooled); the bands are 95 % confidence intervals.";
        JFreeChart chart = new JFreeChart(metric + " by " + factor + ", " + groupBy + " and " + panel, Palette.TITLE, combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(Palette.LEGEND);
        return new Figures.Figure(stem, caption, chart);
    }

    /** Lines with CI bands, one per group, coloured by the group's place among {@code keys} so panels agree. */
    private static XYPlot lines(Map<String, Map<Double, List<Double>>> groups, String groupBy, String metric, List<String> keys,
                                NumberAxis xa, NumberAxis ya) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.15f);
        int i = 0;
        for (var g : groups.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(groupBy == null ? metric : groupBy + " = " + g.getKey());
            for (var e : g.getValue().entrySet()) {
                Replicates.Estimate est = Replicates.of(e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
                s.add(e.getKey(), est.mean(), est.low(), est.high());
            }
            data.addSeries(s);
            int k = keys.indexOf(g.getKey());
            Paint colour = groupBy == null ? Palette.OKABE_ITO[5] : Palette.nth(k);
            r.setSeriesPaint(i, colour);
            r.setSeriesFillPaint(i, colour);
            r.setSeriesStroke(i, Palette.line(groupBy == null ? 0 : k));
            i++;
        }
        XYPlot plot = new XYPlot(data, xa, ya, r);
        plot.setBackgroundPaint(Color.WHITE);
        return plot;
    }

    /**
     * Mean of {@code metric} with its 95 % CI at each level of {@code factor} (any levels, e.g. a
     * pricing rule), one series per level of {@code groupBy} when it is not null.
     */
    public static Figures.Figure metricByLevel(Table runs, String metric, String factor, String groupBy) {
        int x = runs.columnIndex(factor), y = runs.columnIndex(metric), status = runs.columnIndex("status");
        int g = groupBy == null ? -1 : runs.columnIndex(groupBy);
        Map<String, Map<String, List<Double>>> cells = new TreeMap<>(LEVEL_ORDER);
        java.util.LinkedHashSet<String> levels = new java.util.LinkedHashSet<>();
        for (Object[] row : runs.rows()) {
            if (!"ok".equals(row[status]) || !(row[y] instanceof Number yv) || !Double.isFinite(yv.doubleValue()) || row[x] == null) continue;
            String level = label(row[x]);
            levels.add(level);
            String series = g < 0 ? metric : groupBy + " = " + label(row[g]);
            cells.computeIfAbsent(series, k -> new TreeMap<>(LEVEL_ORDER)).computeIfAbsent(level, k -> new ArrayList<>()).add(yv.doubleValue());
        }
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (var series : cells.entrySet()) {
            for (String level : levels) {
                List<Double> v = series.getValue().get(level);
                if (v == null) continue;
                Replicates.Estimate est = Replicates.of(v.stream().mapToDouble(Double::doubleValue).toArray());
                Double half = Double.isFinite(est.high()) ? (est.high() - est.low()) / 2 : null;
                data.add((Number) est.mean(), half, series.getKey(), level);
            }
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < cells.size(); i++) r.setSeriesPaint(i, g < 0 ? Palette.OKABE_ITO[5] : Palette.nth(i));
        CategoryAxis xa = new CategoryAxis(factor);
        xa.setLabelFont(Palette.LABEL);
        xa.setTickLabelFont(Palette.TICK);
        xa.setMaximumCategoryLabelLines(2);
        NumberAxis ya = axis(metric);
        CategoryPlot plot = new CategoryPlot(data, xa, ya, r);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        String stem = "sweep_" + slug(metric) + "_by_" + slug(factor) + (groupBy == null ? "" : "_and_" + slug(groupBy));
        String caption = "Mean of " + metric + " at each value of " + factor + (groupBy == null ? "" : ", one bar per value of " + groupBy)
                + " (other varied parameters pooled), with 95 % confidence intervals.";
        return new Figures.Figure(stem, caption, chart(metric + " by " + factor, plot));
    }

    /**
     * Mean of {@code metric} over the grid of two numeric factors, one cell per pair of values,
     * coloured from its lowest mean (light) to its highest (dark), each cell labelled with its mean.
     */
    public static Figures.Figure metricHeatMap(Table runs, String metric, String xFactor, String yFactor) {
        Map<String, Map<Double, List<Double>>> byY = groups(runs, metric, xFactor, yFactor, null, null);
        List<Double> xs = new ArrayList<>(new java.util.TreeSet<>(byY.values().stream().flatMap(m -> m.keySet().stream()).toList()));
        List<String> ys = new ArrayList<>(byY.keySet());
        int n = xs.size() * ys.size();
        double[][] xyz = new double[3][n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int c = 0;
        for (int j = 0; j < ys.size(); j++) {
            for (int i = 0; i < xs.size(); i++) {
                List<Double> v = byY.get(ys.get(j)).get(xs.get(i));
                double mean = v == null ? Double.NaN : v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                xyz[0][c] = i;
                xyz[1][c] = j;
                xyz[2][c++] = mean;
                if (Double.isFinite(mean)) {
                    lo = Math.min(lo, mean);
                    hi = Math.max(hi, mean);
                }
            }
        }
        org.jfree.data.xy.DefaultXYZDataset data = new org.jfree.data.xy.DefaultXYZDataset();
        data.addSeries(metric, xyz);
        double low = lo, span = hi > lo ? hi - lo : 1;
        org.jfree.chart.renderer.xy.XYBlockRenderer r = new org.jfree.chart.renderer.xy.XYBlockRenderer();
        r.setPaintScale(new org.jfree.chart.renderer.PaintScale() {
            public double getLowerBound() { return low; }
            public double getUpperBound() { return low + span; }
            public Paint getPaint(double v) {
                if (!Double.isFinite(v)) return Color.WHITE;
                float t = (float) Math.max(0, Math.min(1, (v - low) / span));
                return new Color(1 - 0.85f * t, 1 - 0.55f * t, 1 - 0.25f * t);
            }
        });
        r.setDefaultItemLabelGenerator((dataset, series, item) -> {
            double z = ((org.jfree.data.xy.XYZDataset) dataset).getZValue(series, item);
            return Double.isFinite(z) ? threeDigits(z) : "";
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(Palette.TICK);
        org.jfree.chart.axis.SymbolAxis xa = new org.jfree.chart.axis.SymbolAxis(xFactor, xs.stream().map(SweepFigures::label).toArray(String[]::new));
        org.jfree.chart.axis.SymbolAxis ya = new org.jfree.chart.axis.SymbolAxis(yFactor, ys.toArray(String[]::new));
        for (org.jfree.chart.axis.SymbolAxis a : List.of(xa, ya)) {
            a.setLabelFont(Palette.LABEL);
            a.setTickLabelFont(Palette.TICK);
            a.setGridBandsVisible(false);
        }
        XYPlot plot = new XYPlot(data, xa, ya, r);
        String stem = "sweep_" + slug(metric) + "_grid_" + slug(xFactor) + "_" + slug(yFactor);
        String caption = "Mean of " + metric + " at each pair of values of " + xFactor + " and " + yFactor
                + " (other varied parameters pooled); darker is higher, from " + threeDigits(lo) + " to " + threeDigits(hi) + ".";
        JFreeChart chart = chart(metric + ": " + xFactor + " x " + yFactor, plot);
        chart.removeLegend();
        return new Figures.Figure(stem, caption, chart);
    }

    /**
     * Runs' values of {@code metric} by the level of {@code groupBy} (one group when null), then by
     * the value of the numeric {@code factor}; only the runs whose {@code onlyWhere} is {@code is}, when given.
     */
    private static Map<String, Map<Double, List<Double>>> groups(Table runs, String metric, String factor, String groupBy,
                                                                 String onlyWhere, String is) {
        int x = runs.columnIndex(factor), y = runs.columnIndex(metric), status = runs.columnIndex("status");
        int g = groupBy == null ? -1 : runs.columnIndex(groupBy);
        int w = onlyWhere == null ? -1 : runs.columnIndex(onlyWhere);
        Map<String, Map<Double, List<Double>>> out = new TreeMap<>(LEVEL_ORDER);
        for (Object[] row : runs.rows()) {
            if (!"ok".equals(row[status]) || !(row[x] instanceof Number xv) || !(row[y] instanceof Number yv)) continue;
            if (w >= 0 && !label(row[w]).equals(is)) continue;
            if (!Double.isFinite(yv.doubleValue())) continue;
            String key = g < 0 ? "" : label(row[g]);
            out.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(xv.doubleValue(), k -> new ArrayList<>()).add(yv.doubleValue());
        }
        return out;
    }

    /** Levels in numeric order when both are numbers, else as text. */
    private static final java.util.Comparator<String> LEVEL_ORDER = (a, b) -> {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    };

    /** Three significant digits, without trailing zeros (10, 0.755, 2.58). */
    private static String threeDigits(double v) {
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.3g", v)).stripTrailingZeros().toPlainString();
    }

    /** A level as it reads on an axis: whole numbers without ".0". */
    private static String label(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        return String.valueOf(v);
    }

    /** Sensitivity indices of {@code metric} per factor, from sensitivity.csv: Sobol S1 and ST with CIs, or Morris mu* and sigma. */
    public static Figures.Figure sensitivity(Table sensitivity, String metric) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        int m = sensitivity.columnIndex("metric"), f = sensitivity.columnIndex("factor"), idx = sensitivity.columnIndex("index");
        int v = sensitivity.columnIndex("value"), lo = sensitivity.columnIndex("ci_low"), hi = sensitivity.columnIndex("ci_high");
        String method = "";
        for (Object[] row : sensitivity.rows()) {
            if (!metric.equals(row[m])) continue;
            String index = row[idx].toString();
            if (index.equals("mu")) continue;
            method = row[sensitivity.columnIndex("method")].toString();
            double value = ((Number) row[v]).doubleValue();
            double low = row[lo] instanceof Number n ? n.doubleValue() : Double.NaN;
            double high = row[hi] instanceof Number n ? n.doubleValue() : Double.NaN;
            Double half = Double.isFinite(low) && Double.isFinite(high) ? (high - low) / 2 : null;
            data.add(Double.isFinite(value) ? value : null, half, label(index), row[f].toString());
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < 3; i++) r.setSeriesPaint(i, Palette.NEUTRAL[i]);
        CategoryAxis xa = new CategoryAxis("Varied parameter");
        xa.setLabelFont(Palette.LABEL);
        xa.setTickLabelFont(Palette.TICK);
        // Bars run across so that the parameters' full paths can be read down the left side.
        xa.setMaximumCategoryLabelWidthRatio(0.4f);
        CategoryPlot plot = new CategoryPlot(data, xa, axis(method.equals("sobol") ? "Sobol index (share of variance)" : "Elementary effect (unit scale)"), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        String caption = method.equals("sobol")
                ? "First-order (S1) and total-order (ST) Sobol indices of " + metric + " with 95 % bootstrap intervals."
                : "Morris screening of " + metric + ": mean absolute elementary effect (mu*) and its spread (sigma).";
        return new Figures.Figure("sensitivity_" + slug(metric), caption, chart("Sensitivity of " + metric, plot));
    }

    private static String label(String index) {
        return switch (index) {
            case "S1" -> "First order (S1)";
            case "ST" -> "Total order (ST)";
            case "mu_star" -> "mu*";
            default -> index;
        };
    }

    private static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(Palette.LABEL);
        a.setTickLabelFont(Palette.TICK);
        return a;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(Palette.LEGEND);
        return chart;
    }
}
