package org.kempelen.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A policy search's figures: the front in parallel coordinates, the trade-off between two
 * objectives with the base scenario marked, and the hypervolume by generation. They take plain
 * numbers, so they know nothing of how the search made them.
 */
public final class SearchFigures {
    private static final Color BASE = Color.BLACK;
    private static final Color OTHERS = new Color(0xBBBBBB);

    private SearchFigures() {}

    /**
     * One line per front member across {@code axes} (levers, then objectives), each value as a
     * share of its axis's range (0 its low end, 1 its high end, as the labels say); the base
     * scenario dashed in black when given.
     */
    public static Figures.Figure parallel(List<String> axes, List<double[]> members, List<String> memberNames, double[] base) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int m = 0; m < members.size(); m++) {
            XYSeries s = new XYSeries(memberNames.get(m), false);
            for (int a = 0; a < axes.size(); a++) s.add(a, members.get(m)[a]);
            data.addSeries(s);
            // Okabe-Ito without its black, which marks the base.
            renderer.setSeriesPaint(m, Palette.OKABE_ITO[1 + m % (Palette.OKABE_ITO.length - 1)]);
            renderer.setSeriesStroke(m, new BasicStroke(1.6f));
            renderer.setSeriesShape(m, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        if (base != null) {
            XYSeries s = new XYSeries("base scenario", false);
            for (int a = 0; a < axes.size(); a++) if (Double.isFinite(base[a])) s.add(a, base[a]);
            data.addSeries(s);
            int i = members.size();
            renderer.setSeriesPaint(i, BASE);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f));
            renderer.setSeriesShape(i, new Rectangle2D.Double(-4, -4, 8, 8));
        }
        SymbolAxis x = new SymbolAxis(null, axes.toArray(String[]::new));
        x.setTickLabelFont(Palette.TICK);
        x.setVerticalTickLabels(axes.size() > 4);
        x.setGridBandsVisible(false);
        NumberAxis y = ChartParts.axis("share of the axis's range");
        y.setRange(-0.03, 1.03);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = ChartParts.chart("The front in parallel coordinates: " + members.size() + (members.size() == 1 ? " member" : " members"), plot);
        if (members.size() > 12) chart.removeLegend();
        return new Figures.Figure("front_parallel", "Each line is a member of the front (the base scenario dashed): its levers, then its robust"
                + " objective values (" + String.join("; ", axes) + "), each placed on its axis's range as labelled (0 its low end, 1 its high end;"
                + " a list of choices in its order). Lines that cross between two objectives trade them off.", chart);
    }

    /**
     * Objective {@code xName} against {@code yName}: every feasible candidate in grey, the front
     * in colour, the base scenario as a black square.
     */
    public static Figures.Figure tradeOff(String stem, String xName, String yName, List<double[]> feasible, List<double[]> front, double[] base) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries all = new XYSeries("feasible candidates", false);
        feasible.forEach(p -> all.add(p[0], p[1]));
        XYSeries members = new XYSeries("front", false);
        front.forEach(p -> members.add(p[0], p[1]));
        data.addSeries(all);
        data.addSeries(members);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, OTHERS);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(1, Palette.OKABE_ITO[6]);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        if (base != null && Double.isFinite(base[0]) && Double.isFinite(base[1])) {
            XYSeries b = new XYSeries("base scenario", false);
            b.add(base[0], base[1]);
            data.addSeries(b);
            renderer.setSeriesPaint(2, BASE);
            renderer.setSeriesShape(2, new Rectangle2D.Double(-7, -7, 14, 14));
        }
        NumberAxis x = ChartParts.axis(xName);
        NumberAxis y = ChartParts.axis(yName);
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return new Figures.Figure(stem, "Trade-off: " + yName + " against " + xName + ". Grey: every feasible candidate; colour: the front;"
                + " black square: the base scenario. With three or more objectives a member may look dominated in one pair: it is better in another.",
                ChartParts.chart("Trade-off between two objectives", plot));
    }

    /** The front's hypervolume after each generation. */
    public static Figures.Figure hypervolume(double[] byGeneration) {
        XYSeries s = new XYSeries("hypervolume", false);
        for (int g = 0; g < byGeneration.length; g++) s.add(g + 1, byGeneration[g]);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.OKABE_ITO[5]);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis x = ChartParts.axis("generation");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = ChartParts.axis("hypervolume (share of the box from the ideal to the reference point)");
        y.setRange(0, 1.02);
        JFreeChart chart = ChartParts.chart("Progress of the search: hypervolume by generation", new XYPlot(new XYSeriesCollection(s), x, y, renderer));
        chart.removeLegend();
        return new Figures.Figure("hypervolume", "The share of the objective box (from the best value of each objective to 10 % beyond the worst"
                + " on the search's feasible candidates) dominated by the front found up to each generation; a curve that has levelled off"
                + " says more generations would add little.", chart);
    }
}
