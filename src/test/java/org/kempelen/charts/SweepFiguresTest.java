package org.kempelen.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.kempelen.metrics.Table;

/** A grid's charts answer its question: one series per level of the other factor, categorical factors drawn, a heat map of two numeric ones. */
class SweepFiguresTest {
    /** y = 10 x + (rule B ? 5 : 0) + replication noise of +-1, at x in {0.1, 0.3}, rules A and B, two replications. */
    private static Table runs() {
        Table t = new Table(List.of("status", "x", "rule", "y"));
        for (double x : new double[] {0.1, 0.3}) {
            for (String rule : new String[] {"A", "B"}) {
                for (int rep : new int[] {-1, 1}) t.add("ok", x, rule, 10 * x + (rule.equals("B") ? 5 : 0) + rep);
            }
        }
        t.add("failed", 0.1, "A", 1000.0);
        return t;
    }

    @Test
    void oneLinePerLevelOfTheOtherFactor() {
        Figures.Figure f = SweepFigures.metricVersusFactor(runs(), "y", "x", "rule");
        assertEquals("sweep_y_vs_x_by_rule", f.fileStem());
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) ((XYPlot) f.chart().getPlot()).getDataset();
        assertEquals(2, d.getSeriesCount());
        assertEquals("rule = B", d.getSeriesKey(1));
        assertEquals(5 + 10 * 0.3, d.getYValue(1, 1), 1e-12, "the mean of B at x = 0.3, the failed run left out");
        assertTrue(d.getStartYValue(1, 1) < d.getYValue(1, 1) && d.getEndYValue(1, 1) > d.getYValue(1, 1), "a confidence band");
    }

    @Test
    void aThirdFactorGetsAPanelPerLevel() {
        Table t = new Table(List.of("status", "x", "rule", "floor", "y"));
        for (double x : new double[] {0.1, 0.3}) {
            for (String rule : new String[] {"A", "B"}) {
                for (double floor : new double[] {0, 7.6}) t.add("ok", x, rule, floor, x + floor + (rule.equals("B") ? 5 : 0));
            }
        }
        Figures.Figure f = SweepFigures.metricVersusFactorPanels(t, "y", "x", "rule", "floor");
        assertEquals("sweep_y_vs_x_by_rule_per_floor", f.fileStem());
        var panels = ((org.jfree.chart.plot.CombinedRangeXYPlot) f.chart().getPlot()).getSubplots();
        assertEquals(2, panels.size());
        XYPlot second = (XYPlot) panels.get(1);
        assertEquals("x (floor = 7.6)", second.getDomainAxis().getLabel());
        assertEquals(7.6 + 0.3 + 5, ((YIntervalSeriesCollection) second.getDataset()).getYValue(1, 1), 1e-12, "B at x = 0.3 under the floor");
    }

    @Test
    void aCategoricalFactorIsDrawnByLevel() {
        Figures.Figure f = SweepFigures.metricByLevel(runs(), "y", "rule", "x");
        CategoryDataset d = ((CategoryPlot) f.chart().getPlot()).getDataset();
        assertEquals(List.of("A", "B"), d.getColumnKeys());
        assertEquals(List.of("x = 0.1", "x = 0.3"), d.getRowKeys());
        assertEquals(5 + 1.0, d.getValue("x = 0.1", "B").doubleValue(), 1e-12);
    }

    @Test
    void twoNumericFactorsMakeAHeatMapOfMeans() {
        Table t = new Table(List.of("status", "x", "z", "y"));
        for (double x : new double[] {1, 2, 3}) for (double z : new double[] {10, 20}) t.add("ok", x, z, x * z);
        Figures.Figure f = SweepFigures.metricHeatMap(t, "y", "x", "z");
        XYZDataset d = (XYZDataset) ((XYPlot) f.chart().getPlot()).getDataset();
        assertEquals(6, d.getItemCount(0));
        // Cells in rows of z, columns of x: the last is x = 3, z = 20.
        assertEquals(60, d.getZValue(0, 5), 1e-12);
        assertTrue(f.caption().contains("from 10 to 60"), f.caption());
    }
}
