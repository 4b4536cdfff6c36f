package org.kempelen.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kempelen.metrics.PlatformAnalysis;
import org.kempelen.metrics.Table;
import org.kempelen.output.RunTables;
import org.kempelen.scenario.DataCategory;

/** What the figures share: looking values up in run tables, renderers, axes and chart styling. */
final class ChartParts {
    private ChartParts() {}

    /** Countries of the run ordered by GDP per capita, poorest first. */
    static List<String> byGdp(RunTables run) {
        List<String> codes = new ArrayList<>(run.countries().keySet());
        codes.sort(Comparator.comparingDouble(k -> run.countryNumber(k, "gdpPerCapitaPpp")));
        return codes;
    }

    /** Series name: the item alone for one label, "item (label)" in an overlay. */
    static String name(String item, Replicates rep, List<Replicates> groups) {
        return groups.size() == 1 ? item : item + " (" + rep.label() + ")";
    }

    static String band(List<Replicates> groups) {
        boolean replicated = groups.stream().anyMatch(g -> g.runs().size() > 1);
        String overlay = groups.size() > 1 ? " Line styles distinguish the runs: " + labels(groups) + "." : "";
        return overlay + (replicated ? " Lines are means over replications; bands and bars show 95 % confidence intervals." : "");
    }

    static String labels(List<Replicates> groups) {
        List<String> parts = new ArrayList<>();
        String[] styles = {"solid", "dashed", "dotted", "dash-dot"};
        for (int g = 0; g < groups.size(); g++) {
            parts.add(groups.get(g).label() + " " + styles[g % styles.length] + " (n = " + groups.get(g).runs().size() + ")");
        }
        return String.join(", ", parts);
    }

    /** The value in {@code column} of the (market's) row whose key columns equal the given values (NaN when absent). */
    static double value(Table t, String column, Object... keys) {
        int col = t.columnIndex(column);
        int[] keyCols = new int[keys.length / 2];
        for (int i = 0; i < keyCols.length; i++) keyCols[i] = t.columnIndex((String) keys[2 * i]);
        for (Object[] row : t.rowsWith(PlatformAnalysis.COLUMN, PlatformAnalysis.ALL)) {
            boolean match = true;
            for (int i = 0; i < keyCols.length && match; i++) {
                Object want = keys[2 * i + 1];
                Object have = row[keyCols[i]];
                match = want instanceof Number w ? have instanceof Number h && h.doubleValue() == w.doubleValue() : want.equals(have);
            }
            if (match) return row[col] instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        return Double.NaN;
    }

    static double num(Table t, Object[] row, String column) {
        Object v = row[t.columnIndex(column)];
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static String text(Table t, Object[] row, String column) {
        return String.valueOf(row[t.columnIndex(column)]);
    }

    static void add(DefaultStatisticalCategoryDataset data, Replicates.Estimate e, String row, String column) {
        Double mean = Double.isFinite(e.mean()) ? e.mean() : null;
        Double half = Double.isFinite(e.halfWidth()) ? e.halfWidth() : null;
        data.add(mean, half, row, column);
    }

    static DeviationRenderer lines() {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.18f);
        return r;
    }

    static void style(DeviationRenderer r, int series, java.awt.Paint colour, int run) {
        r.setSeriesPaint(series, colour);
        r.setSeriesFillPaint(series, colour);
        r.setSeriesStroke(series, Palette.line(run));
    }

    static java.awt.Shape shape(int run) {
        return switch (run % 3) {
            case 0 -> new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10);
            case 1 -> new java.awt.Rectangle(-5, -5, 10, 10);
            default -> new java.awt.Polygon(new int[] {0, 6, -6}, new int[] {-6, 5, 5}, 3);
        };
    }

    static StatisticalBarRenderer bars() {
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        r.setDrawBarOutline(true);
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setItemMargin(0.05);
        return r;
    }

    static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(Palette.LABEL);
        a.setTickLabelFont(Palette.TICK);
        a.setAutoRangeIncludesZero(true);
        return a;
    }

    static CategoryAxis categoryAxis(String label) {
        CategoryAxis a = new CategoryAxis(label);
        a.setLabelFont(Palette.LABEL);
        a.setTickLabelFont(Palette.TICK);
        a.setCategoryMargin(0.15);
        return a;
    }

    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) grid(xy);
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(new Color(0xDDDDDD));
            cp.setRangeGridlinesVisible(true);
        }
        if (plot instanceof CombinedDomainXYPlot combined) {
            for (Object sub : combined.getSubplots()) {
                XYPlot xy = (XYPlot) sub;
                xy.setBackgroundPaint(Color.WHITE);
                grid(xy);
            }
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(Palette.LEGEND);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    static void grid(XYPlot xy) {
        xy.setDomainGridlinePaint(new Color(0xDDDDDD));
        xy.setRangeGridlinePaint(new Color(0xDDDDDD));
        ValueAxis y = xy.getRangeAxis();
        if (y != null) y.setLabelFont(Palette.LABEL);
    }
}
