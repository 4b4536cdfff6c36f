package org.kempelen.charts;

import java.awt.Color;
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

    /** Mean of {@code metric} with 95 % CI against {@code factor}, from runs.csv rows with status ok. */
    public static Figures.Figure metricVersusFactor(Table runs, String metric, String factor) {
        int x = runs.columnIndex(factor);
        int y = runs.columnIndex(metric);
        int status = runs.columnIndex("status");
        Map<Double, List<Double>> byValue = new TreeMap<>();
        for (Object[] row : runs.rows()) {
            if (!"ok".equals(row[status]) || !(row[x] instanceof Number xv) || !(row[y] instanceof Number yv)) continue;
            if (!Double.isFinite(yv.doubleValue())) continue;
            byValue.computeIfAbsent(xv.doubleValue(), k -> new ArrayList<>()).add(yv.doubleValue());
        }
        YIntervalSeries s = new YIntervalSeries(metric);
        for (var e : byValue.entrySet()) {
            Replicates.Estimate est = Replicates.of(e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            s.add(e.getKey(), est.mean(), est.low(), est.high());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.2f);
        r.setSeriesPaint(0, Palette.OKABE_ITO[5]);
        r.setSeriesFillPaint(0, Palette.OKABE_ITO[5]);
        r.setSeriesStroke(0, Palette.line(0));
        NumberAxis xa = axis(factor);
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = axis(metric);
        ya.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xa, ya, r);
        String stem = "sweep_" + slug(metric) + "_vs_" + slug(factor);
        return new Figures.Figure(stem, "Mean of " + metric + " against " + factor
                + " over all runs at each value (other varied parameters included); the band is the 95 % confidence interval.",
                chart(metric + " by " + factor, plot));
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
