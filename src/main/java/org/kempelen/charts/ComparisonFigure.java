package org.kempelen.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The comparison of two sets of runs as one dot-and-whisker panel: per metric, B − A as a
 * percentage of A's mean (so that wages, shares and counts share an axis), with its 95 %
 * confidence interval when there are replications, and a line at zero.
 */
public final class ComparisonFigure {
    /** One metric: its label, the difference relative to A's mean, and the interval's half width on the same scale (NaN: none). */
    public record Difference(String label, double relative, double relativeHalfWidth) {}

    private ComparisonFigure() {}

    /** Height that gives each metric a row of about 30 pixels. */
    public static int height(int metrics) {
        return Math.max(ChartFiles.DEFAULT_HEIGHT / 2, 140 + 30 * metrics);
    }

    /** The figure; metrics whose relative difference is not available (A's mean 0) are left out and counted in the caption. */
    public static Figures.Figure of(String title, List<Difference> differences) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        String series = "B - A, % of A's mean";
        int left = 0;
        boolean intervals = false;
        for (Difference d : differences) {
            if (!Double.isFinite(d.relative())) {
                left++;
                continue;
            }
            boolean ci = Double.isFinite(d.relativeHalfWidth());
            intervals |= ci;
            data.add((Number) (100 * d.relative()), ci ? (Number) (100 * d.relativeHalfWidth()) : null, series, d.label());
        }
        StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, Palette.OKABE_ITO[5]);
        r.setSeriesShape(0, ChartParts.shape(0));
        r.setErrorIndicatorPaint(Palette.OKABE_ITO[5]);
        r.setErrorIndicatorStroke(new BasicStroke(1.5f));
        CategoryAxis metrics = ChartParts.categoryAxis(null);
        metrics.setCategoryMargin(0.1);
        NumberAxis value = ChartParts.axis(intervals ? "B - A, % of A's mean (95 % confidence interval)" : "B - A, % of A's mean (single runs, no interval)");
        CategoryPlot plot = new CategoryPlot(data, metrics, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        JFreeChart chart = ChartParts.chart(title, plot);
        chart.removeLegend();
        String caption = "Difference B - A of each metric as a percentage of A's mean"
                + (intervals ? ", with its 95 % confidence interval." : " (single runs: no interval).")
                + (left > 0 ? " " + left + " metric" + (left == 1 ? " is" : "s are") + " left out: A's mean is 0 or not available." : "");
        return new Figures.Figure("comparison", caption, chart);
    }
}
