package org.kempelen.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GridLayout;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.swing.JFrame;
import javax.swing.JPanel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kempelen.charts.Palette;
import org.kempelen.scenario.DataCategory;

/**
 * The live charts, one panel each, drawn day by day from {@link LiveSeries} in the figures'
 * colours (a data category keeps its colour, countries take the palette in scenario order):
 * acceptance by category, mean pressure, price per accepted task and personal-data items by
 * country, open campaigns, harmed workers; with several platforms, personal-data items per platform.
 */
final class LiveCharts extends JFrame {
    /** One chart: its series and how each takes its value from a day. */
    private record Panel(JFreeChart chart, List<XYSeries> series, List<ToDoubleFunction<LiveSeries.Day>> values) {}

    private final LiveSeries live;
    private final List<Panel> panels = new ArrayList<>();
    private int shownDays;

    LiveCharts(LiveSeries live) {
        super("Kempelen: live charts");
        this.live = live;
        List<String> categories = new ArrayList<>();
        List<ToDoubleFunction<LiveSeries.Day>> acceptance = new ArrayList<>();
        List<Paint> categoryColours = new ArrayList<>();
        for (DataCategory c : DataCategory.values()) {
            categories.add(c.name());
            acceptance.add(d -> d.acceptanceByCategory()[c.ordinal()]);
            categoryColours.add(Palette.category(c));
        }
        add("Acceptance by data category", "share of offers accepted", categories, acceptance, categoryColours, false);
        List<String> countries = List.of(live.codes);
        add("Mean pressure by country", "P", countries, byCountry(d -> d.pressureByCountry()), countryColours(), false);
        add("Price per accepted task by country", "USD", countries, byCountry(d -> d.priceByCountry()), countryColours(), false);
        add("Personal-data items by country", "items per day", countries,
                byCountry(d -> toDouble(d.personalItemsByCountry())), countryColours(), true);
        add("Open campaigns", "campaigns", List.of("open campaigns"), List.of(d -> d.openCampaigns()), List.of(Palette.NEUTRAL[0]), true);
        add("Harmed workers", "workers harmed so far", List.of("harmed workers"), List.of(d -> d.harmedWorkers()), List.of(Palette.NEUTRAL[1]), true);
        if (live.platforms.length > 1) {
            List<ToDoubleFunction<LiveSeries.Day>> perPlatform = new ArrayList<>();
            List<Paint> colours = new ArrayList<>();
            for (int p = 0; p < live.platforms.length; p++) {
                int at = p;
                perPlatform.add(d -> d.personalItemsByPlatform()[at]);
                colours.add(Palette.nth(p));
            }
            add("Personal-data items per platform", "items per day", List.of(live.platforms), perPlatform, colours, true);
        }
        JPanel grid = new JPanel(new GridLayout(0, 2, 4, 4));
        for (Panel p : panels) {
            ChartPanel cp = new ChartPanel(p.chart());
            cp.setPreferredSize(new java.awt.Dimension(520, 300));
            grid.add(cp);
        }
        setContentPane(grid);
        pack();
    }

    private List<Paint> countryColours() {
        List<Paint> out = new ArrayList<>();
        for (int k = 0; k < live.codes.length; k++) out.add(Palette.nth(k));
        return out;
    }

    private List<ToDoubleFunction<LiveSeries.Day>> byCountry(java.util.function.Function<LiveSeries.Day, double[]> values) {
        List<ToDoubleFunction<LiveSeries.Day>> out = new ArrayList<>();
        for (int k = 0; k < live.codes.length; k++) {
            int at = k;
            out.add(d -> values.apply(d)[at]);
        }
        return out;
    }

    private static double[] toDouble(long[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }

    /** Adds a chart; {@code counts}: whole numbers, so the axis shows at least 0 to 1 when all are zero. */
    private void add(String title, String unit, List<String> names, List<ToDoubleFunction<LiveSeries.Day>> values, List<? extends Paint> colours,
                     boolean counts) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<XYSeries> series = new ArrayList<>();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < names.size(); i++) {
            XYSeries s = new XYSeries(names.get(i), false, true);
            data.addSeries(s);
            series.add(s);
            lines.setSeriesPaint(i, colours.get(i));
            lines.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis day = new NumberAxis("day");
        day.setAutoRangeIncludesZero(false);
        day.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis value = new NumberAxis(unit);
        if (counts) {
            value.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            value.setAutoRangeMinimumSize(1);
        }
        XYPlot plot = new XYPlot(data, day, value, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT.deriveFont(14f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        panels.add(new Panel(chart, series, values));
    }

    /** Adds the days recorded since the last refresh (on the Swing thread). */
    void refresh() {
        List<LiveSeries.Day> days = live.days();
        if (days.size() < shownDays) clear();
        for (Panel p : panels) p.chart().setNotify(false);
        for (int i = shownDays; i < days.size(); i++) {
            LiveSeries.Day d = days.get(i);
            for (Panel p : panels) {
                for (int s = 0; s < p.series().size(); s++) {
                    double v = p.values().get(s).applyAsDouble(d);
                    // A day without offers has no rate: a gap, not a zero.
                    p.series().get(s).add(d.day(), Double.isFinite(v) ? v : null);
                }
            }
        }
        for (Panel p : panels) p.chart().setNotify(true);
        shownDays = days.size();
        int day = live.currentDay();
        setTitle("Kempelen: live charts" + (day == Integer.MIN_VALUE ? "" : day < 0 ? " (burn-in, day " + day + "; charts start at day 0)" : " (day " + day + ")"));
    }

    private void clear() {
        for (Panel p : panels) for (XYSeries s : p.series()) s.clear();
        shownDays = 0;
    }

    /** Each chart, for tests and screenshots. */
    List<JFreeChart> charts() {
        return panels.stream().map(Panel::chart).toList();
    }
}
