package org.kempelen.charts;

import static org.kempelen.charts.ChartParts.*;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.GroupedStackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.KeyToGroupMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.kempelen.metrics.PressureAnalysis;
import org.kempelen.scenario.DataCategory;

/**
 * Figure 8 (docs/ODD.md 10): per personal-data category a panel, per country (poorest first) the
 * share of acceptances due to need and the share due to purchasing power stacked, and their
 * total, the share due to economic conditions, marked (mean and 95 % interval over
 * replications). Drawn from by_country.csv's {@code share_due_to_*} columns.
 */
final class ChannelFigure {
    private static final String NEED = PressureAnalysis.NEED;
    private static final String PURCHASING_POWER = PressureAnalysis.PURCHASING_POWER;
    static final String TOTAL = PressureAnalysis.ECONOMIC_CONDITIONS;
    private static final Color NEED_COLOUR = Palette.OKABE_ITO[5];
    private static final Color POWER_COLOUR = Palette.OKABE_ITO[1];

    private ChannelFigure() {}

    static Figures.Figure economicConditions(List<Replicates> groups) {
        NumberAxis shares = axis("Share of expected acceptances");
        CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(shares);
        plot.setGap(6);
        List<String> countries = byGdp(groups.get(0).first());
        boolean legend = true;
        for (DataCategory c : DataCategory.values()) {
            if (!c.isPersonalData()) continue;
            plot.add(panel(groups, countries, c, legend), 1);
            legend = false;
        }
        return new Figures.Figure("fig8_economic_conditions",
                "Share of expected acceptances of personal-data offers that is due to economic conditions, by category (panels) "
                        + "and country (poorest first), in two stacked channels. Need (blue): the acceptances that would not have "
                        + "happened had each worker's resources met its needs (its dollar weighed as at need in its own country), "
                        + "same offers. Purchasing power (orange): those that would further not have happened had a dollar, at need, "
                        + "bought what it buys for the reference worker (US living cost); negative where a dollar buys less than there. "
                        + "The marker is their sum, the share due to economic conditions. Decision level: the offers seen and the logins "
                        + "are held fixed, so conditions acting through logging in more often are not included; this is the model's "
                        + "counterfactual, not an estimate from observed choices." + band(groups),
                chart("Acceptances due to need and to purchasing power, by country and data category", plot));
    }

    /** One category's panel; {@code legend}: its series name the legend's items (the first panel only, as all panels share them). */
    private static CategoryPlot panel(List<Replicates> groups, List<String> countries, DataCategory c, boolean legend) {
        DefaultCategoryDataset stacked = new DefaultCategoryDataset();
        DefaultStatisticalCategoryDataset total = new DefaultStatisticalCategoryDataset();
        GroupedStackedBarRenderer bars = new GroupedStackedBarRenderer();
        KeyToGroupMap stackOf = new KeyToGroupMap(groups.get(0).label());
        StatisticalLineAndShapeRenderer marks = new StatisticalLineAndShapeRenderer(false, true);
        int series = 0;
        for (int g = 0; g < groups.size(); g++) {
            Replicates rep = groups.get(g);
            String need = name("Need", rep, groups), power = name("Purchasing power", rep, groups);
            for (String k : countries) {
                stacked.addValue(mean(rep, NEED, k, c), need, k);
                stacked.addValue(mean(rep, PURCHASING_POWER, k, c), power, k);
                add(total, rep.estimate(run -> value(run.byCountry(), TOTAL, "country", k, "category", c.name())),
                        name("Due to economic conditions", rep, groups), k);
            }
            stackOf.mapKeyToGroup(need, rep.label());
            stackOf.mapKeyToGroup(power, rep.label());
            bars.setSeriesPaint(series, NEED_COLOUR);
            bars.setSeriesPaint(series + 1, POWER_COLOUR);
            bars.setSeriesOutlinePaint(series, g == 0 ? NEED_COLOUR : Color.BLACK);
            bars.setSeriesOutlinePaint(series + 1, g == 0 ? POWER_COLOUR : Color.BLACK);
            bars.setSeriesVisibleInLegend(series, legend);
            bars.setSeriesVisibleInLegend(series + 1, legend);
            series += 2;
            marks.setSeriesPaint(g, Color.BLACK);
            marks.setSeriesShape(g, shape(g));
            marks.setSeriesVisibleInLegend(g, legend);
        }
        bars.setSeriesToGroupMap(stackOf);
        bars.setDrawBarOutline(true);
        bars.setShadowVisible(false);
        bars.setBarPainter(new StandardBarPainter());
        bars.setItemMargin(0.05);
        marks.setErrorIndicatorPaint(Color.DARK_GRAY);
        CategoryAxis axis = categoryAxis(c.name().replace('_', ' '));
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        axis.setCategoryMargin(0.1);
        CategoryPlot p = new CategoryPlot(stacked, axis, null, bars);
        p.setDataset(1, total);
        p.setRenderer(1, marks);
        p.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(new Color(0xDDDDDD));
        p.setRangeGridlinesVisible(true);
        p.setRangeZeroBaselineVisible(true);
        return p;
    }

    /** The mean over the label's runs of a by_country column for country k and category c; null (no bar) when not available. */
    private static Double mean(Replicates rep, String column, String k, DataCategory c) {
        double m = rep.estimate(run -> value(run.byCountry(), column, "country", k, "category", c.name())).mean();
        return Double.isFinite(m) ? m : null;
    }
}
