package org.kempelen.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kempelen.discovery.Prim;

/** Scenario discovery's figures: the peeling trajectory, and the chosen box as ranges within the sweep's. */
public final class DiscoveryFigures {
    private DiscoveryFigures() {}

    /** Density against coverage of every box of the peeling trajectory, the chosen (pasted) box marked. */
    public static Figures.Figure trajectory(Prim.Result r, Prim.Box chosen, String condition) {
        XYSeries steps = new XYSeries("peeling steps", false);
        for (Prim.Box b : r.trajectory()) steps.add(b.coverage(), b.density());
        XYSeries pick = new XYSeries("chosen box (pasted)");
        pick.add(chosen.coverage(), chosen.density());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(steps);
        data.addSeries(pick);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.OKABE_ITO[5]);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesPaint(1, Palette.OKABE_ITO[6]);
        renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        NumberAxis x = new NumberAxis("coverage (share of the runs with " + condition + " inside the box)");
        NumberAxis y = new NumberAxis("density (share of the box's runs with " + condition + ")");
        for (NumberAxis a : List.of(x, y)) {
            a.setRange(0, 1.02);
            a.setLabelFont(Palette.LABEL);
            a.setTickLabelFont(Palette.TICK);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return new Figures.Figure("prim_trajectory", "PRIM peeling trajectory for " + condition
                + ": each point is a box, from all runs (coverage 1) to the smallest; the ring is the box chosen and pasted.",
                chart("Where " + condition + ": peeling trajectory", plot));
    }

    /** Each parameter's range in the chosen box, as a share of the sweep's range (a full bar: not restricted). */
    public static Figures.Figure box(List<String> parameters, Prim.Result r, Prim.Box chosen, String condition) {
        org.jfree.data.category.DefaultIntervalCategoryDataset data;
        double[][] starts = new double[1][parameters.size()], ends = new double[1][parameters.size()];
        for (int d = 0; d < parameters.size(); d++) {
            double span = r.max()[d] - r.min()[d];
            starts[0][d] = span > 0 ? (chosen.low()[d] - r.min()[d]) / span : 0;
            ends[0][d] = span > 0 ? (chosen.high()[d] - r.min()[d]) / span : 1;
            // A box pinned to one value still shows as a sliver.
            if (ends[0][d] - starts[0][d] < 0.01) {
                starts[0][d] = Math.max(0, starts[0][d] - 0.005);
                ends[0][d] = Math.min(1, ends[0][d] + 0.005);
            }
        }
        data = new org.jfree.data.category.DefaultIntervalCategoryDataset(new String[] {"box"},
                parameters.toArray(String[]::new), toNumbers(starts), toNumbers(ends));
        org.jfree.chart.renderer.category.IntervalBarRenderer renderer = new org.jfree.chart.renderer.category.IntervalBarRenderer();
        renderer.setSeriesPaint(0, Palette.OKABE_ITO[5]);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        org.jfree.chart.axis.CategoryAxis x = new org.jfree.chart.axis.CategoryAxis("uncertain parameter");
        x.setMaximumCategoryLabelWidthRatio(0.4f);
        x.setLabelFont(Palette.LABEL);
        x.setTickLabelFont(Palette.TICK);
        NumberAxis y = new NumberAxis("range in the box, as a share of the sweep's range (0 = its minimum, 1 = its maximum)");
        y.setRange(0, 1);
        y.setLabelFont(Palette.LABEL);
        y.setTickLabelFont(Palette.TICK);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart c = chart("Where " + condition + String.format(java.util.Locale.ROOT, ": coverage %.2f, density %.2f", chosen.coverage(), chosen.density()), plot);
        c.removeLegend();
        return new Figures.Figure("prim_box", "The chosen box for " + condition + ": each parameter's bounds within the range the sweep covered;"
                + " a bar from 0 to 1 leaves the parameter unrestricted.", c);
    }

    private static Number[][] toNumbers(double[][] a) {
        Number[][] out = new Number[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = java.util.Arrays.stream(a[i]).boxed().toArray(Number[]::new);
        return out;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) chart.getLegend().setItemFont(Palette.LEGEND);
        return chart;
    }
}
