package org.kempelen.charts;

import static org.kempelen.charts.ChartParts.*;
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
import org.kempelen.metrics.Table;
import org.kempelen.output.RunTables;
import org.kempelen.scenario.DataCategory;

/**
 * The figures that answer MODEL.md's questions, drawn from run tables (never from the model).
 * Each takes runs grouped by label: one label is one scenario, several labels overlay, several
 * runs under one label are replications drawn as mean with a 95 % confidence band.
 */
public final class Figures {
    /** A figure: the file name stem, a caption for the report, and the chart. */
    public record Figure(String fileStem, String caption, JFreeChart chart) {}

    /** Minimum wage per hour from a monthly one (40 h a week, 52 weeks, 12 months), as in the model. */
    private static final double HOURS_PER_MONTH = 40.0 * 52 / 12;

    private Figures() {}

    /** A by_country.csv column figure 8 is drawn from; runs written before the two channels existed lack it. */
    static final String CHANNELS_COLUMN = ChannelFigure.TOTAL;

    /**
     * Every figure the runs' tables allow: all eight, or seven when a run predates figure 8's
     * column (see {@link #skipped}); and figure 9 when the runs are markets of several platforms.
     */
    public static List<Figure> all(List<Replicates> groups) {
        List<Figure> out = new ArrayList<>(List.of(pressureGradient(groups), acceptanceByCountry(groups), exposure(groups),
                prices(groups), wages(groups), timeSeries(groups), beliefs(groups)));
        if (skipped(groups).isEmpty()) out.add(ChannelFigure.economicConditions(groups));
        if (PlatformFigure.applies(groups)) out.add(PlatformFigure.itemsByPlatform(groups));
        return out;
    }

    /** One message per figure {@link #all} leaves out, naming the run and the missing column. */
    public static List<String> skipped(List<Replicates> groups) {
        for (Replicates g : groups) {
            for (RunTables run : g.runs()) {
                if (!run.byCountry().columns().contains(CHANNELS_COLUMN)) {
                    return List.of("fig8_economic_conditions not drawn: " + run.directory().resolve("by_country.csv")
                            + " has no column '" + CHANNELS_COLUMN + "' (written by an older version of Kempelen); run the "
                            + "scenario again to draw it");
                }
            }
        }
        return List.of();
    }

    // ------------------------------------------------------------------ 1

    static Figure pressureGradient(List<Replicates> groups) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = lines();
        for (int g = 0; g < groups.size(); g++) {
            Replicates rep = groups.get(g);
            Table t = rep.first().byPressure();
            for (DataCategory c : DataCategory.values()) {
                YIntervalSeries s = new YIntervalSeries(name(c.name(), rep, groups));
                for (Object[] row : t.rows()) {
                    if (!c.name().equals(text(t, row, "category"))) continue;
                    double band = num(t, row, "pressure_band");
                    double mid = (num(t, row, "pressure_from") + num(t, row, "pressure_to")) / 2;
                    Replicates.Estimate e = rep.estimate(run -> value(run.byPressure(), "acceptance_rate",
                            "pressure_band", band, "category", c.name()));
                    if (Double.isFinite(e.mean())) s.add(mid, e.mean(), e.low(), e.high());
                }
                style(r, data.getSeriesCount(), Palette.category(c), g);
                data.addSeries(s);
            }
        }
        XYPlot plot = new XYPlot(data, axis("Economic pressure P (band midpoint; 0 = needs met, 1 = no income or savings)"),
                axis("Acceptance rate (share of offers accepted)"), r);
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 1);
        return new Figure("fig1_pressure_gradient",
                "Acceptance rate of offers by economic pressure, one line per data category: the pressure gradient."
                        + band(groups), chart("Acceptance rate by economic pressure and data category", plot));
    }

    // ------------------------------------------------------------------ 2

    static Figure acceptanceByCountry(List<Replicates> groups) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        StatisticalBarRenderer r = bars();
        categoryBarsByCountry(groups, List.of(DataCategory.FACE_PHOTO, DataCategory.ID_DOCUMENT), "acceptance_rate", data, r);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis("Country, by GDP per capita at PPP (poorest first)"),
                axis("Acceptance rate (share of offers accepted)"), r);
        return new Figure("fig2_acceptance_by_country",
                "Acceptance of selfie (FACE_PHOTO) and ID-document tasks by country, countries ordered from poorest to richest."
                        + band(groups), chart("Acceptance of selfie and ID-document tasks by country", plot));
    }

    // ------------------------------------------------------------------ 3

    static Figure exposure(List<Replicates> groups) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDrawXError(false);
        double max = 0;
        for (int g = 0; g < groups.size(); g++) {
            Replicates rep = groups.get(g);
            YIntervalSeries s = new YIntervalSeries(groups.size() == 1 ? "Countries" : rep.label());
            for (String k : rep.first().countries().keySet()) {
                double x = rep.estimate(run -> value(run.byCountry(), "worker_share", "country", k, "category", "ALL")).mean();
                Replicates.Estimate y = rep.estimate(run -> value(run.byCountry(), "sensitive_item_share", "country", k, "category", "ALL"));
                if (!Double.isFinite(x) || !Double.isFinite(y.mean())) continue;
                s.add(x, y.mean(), y.low(), y.high());
                max = Math.max(max, Math.max(x, y.high()));
            }
            r.setSeriesPaint(g, Palette.nth(g));
            r.setSeriesShape(g, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
            data.addSeries(s);
        }
        XYPlot plot = new XYPlot(data, axis("Country's share of workers"), axis("Country's share of personal-data items"), r);
        double top = Math.min(1, max * 1.1 + 0.01);
        plot.addAnnotation(new XYLineAnnotation(0, 0, top, top, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                1f, new float[] {4f, 4f}, 0f), Color.GRAY));
        // Country codes beside the first run's points; points closer than 2 % of the axis share one label ("VE/BD").
        Replicates first = groups.get(0);
        List<double[]> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String k : first.first().countries().keySet()) {
            double x = first.estimate(run -> value(run.byCountry(), "worker_share", "country", k, "category", "ALL")).mean();
            double y = first.estimate(run -> value(run.byCountry(), "sensitive_item_share", "country", k, "category", "ALL")).mean();
            if (!Double.isFinite(x) || !Double.isFinite(y)) continue;
            int near = -1;
            for (int i = 0; i < points.size() && near < 0; i++) {
                if (Math.abs(points.get(i)[0] - x) < 0.02 * top && Math.abs(points.get(i)[1] - y) < 0.02 * top) near = i;
            }
            if (near >= 0) {
                names.set(near, names.get(near) + "/" + k);
            } else {
                points.add(new double[] {x, y});
                names.add(k);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            XYTextAnnotation label = new XYTextAnnotation(" " + names.get(i), points.get(i)[0], points.get(i)[1]);
            label.setFont(Palette.TICK);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        ((NumberAxis) plot.getDomainAxis()).setRange(0, top);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, top);
        return new Figure("fig3_exposure_geography",
                "Each country's share of all personal-data items given away against its share of workers; above the dashed "
                        + "diagonal a country gives more than its share." + band(groups),
                chart("Geography of exposure: share of personal-data items vs share of workers", plot));
    }

    // ------------------------------------------------------------------ 4

    static Figure prices(List<Replicates> groups) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        StatisticalBarRenderer r = bars();
        List<DataCategory> personal = java.util.Arrays.stream(DataCategory.values()).filter(DataCategory::isPersonalData).toList();
        categoryBarsByCountry(groups, personal, "mean_price_accepted_usd", data, r);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis("Country, by GDP per capita at PPP (poorest first)"),
                axis("Mean price per accepted item (USD)"), r);
        return new Figure("fig4_price_by_country",
                "Mean price per accepted item by country and data category (PPP tiering lowers prices where wages are low; "
                        + "quota escalation raises them where workers are scarce)." + band(groups),
                chart("Price per item by country and data category", plot));
    }

    // ------------------------------------------------------------------ 5

    static Figure wages(List<Replicates> groups) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(false, true);
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        List<String> countries = byGdp(groups.get(0).first());
        String[][] measures = {{"paid_hourly_wage_usd", "Paid time only"}, {"effective_hourly_wage_usd", "Including unpaid time"}};
        int series = 0;
        for (int g = 0; g < groups.size(); g++) {
            Replicates rep = groups.get(g);
            for (int m = 0; m < measures.length; m++) {
                String column = measures[m][0];
                String key = name(measures[m][1], rep, groups);
                for (String k : countries) add(data, rep.estimate(run -> value(run.byCountry(), column, "country", k, "category", "ALL")), key, k);
                r.setSeriesPaint(series, Palette.NEUTRAL[m]);
                r.setSeriesShape(series, shape(g));
                series++;
            }
        }
        String minimum = "Statutory minimum wage";
        for (String k : countries) {
            data.add(groups.get(0).first().countryNumber(k, "minimumWageMonthly") / HOURS_PER_MONTH, null, minimum, k);
        }
        r.setSeriesPaint(series, Color.BLACK);
        r.setSeriesShape(series, new java.awt.Rectangle(-8, -1, 16, 3));
        LogAxis y = new LogAxis("Hourly wage (USD, log scale)");
        y.setLabelFont(Palette.LABEL);
        y.setTickLabelFont(Palette.TICK);
        y.setSmallestValue(0.001);
        // One tick per power of ten, minor marks between: readable values instead of 1.58, 2.51, ...
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
        y.setMinorTickCount(9);
        y.setMinorTickMarksVisible(true);
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        CategoryPlot plot = new CategoryPlot(data, categoryAxis("Country, by GDP per capita at PPP (poorest first)"), y, r);
        return new Figure("fig5_effective_wage",
                "Hourly wage on the platform by country, on paid time and including unpaid time (search, tests, rejected and "
                        + "scam tasks, forfeited balances), against the statutory minimum wage." + band(groups),
                chart("Effective hourly wage by country vs the minimum wage", plot));
    }

    // ------------------------------------------------------------------ 6

    static Figure timeSeries(List<Replicates> groups) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(axis("Day"));
        plot.setGap(16);
        YIntervalSeriesCollection accepted = new YIntervalSeriesCollection();
        DeviationRenderer ra = lines();
        YIntervalSeriesCollection campaigns = new YIntervalSeriesCollection();
        DeviationRenderer rc = lines();
        YIntervalSeriesCollection harm = new YIntervalSeriesCollection();
        DeviationRenderer rh = lines();
        for (int g = 0; g < groups.size(); g++) {
            Replicates rep = groups.get(g);
            for (DataCategory c : DataCategory.values()) {
                if (!c.isPersonalData()) continue;
                style(ra, accepted.getSeriesCount(), Palette.category(c), g);
                accepted.addSeries(daily(rep, "accepted_" + c.name().toLowerCase(java.util.Locale.ROOT), name(c.name(), rep, groups)));
            }
            style(rc, campaigns.getSeriesCount(), Palette.NEUTRAL[0], g);
            campaigns.addSeries(daily(rep, "open_campaigns", name("Open campaigns", rep, groups)));
            style(rh, harm.getSeriesCount(), Palette.NEUTRAL[1], g);
            harm.addSeries(daily(rep, "breaches", name("Breaches", rep, groups)));
            style(rh, harm.getSeriesCount(), Palette.NEUTRAL[2], g);
            harm.addSeries(daily(rep, "newly_harmed_workers", name("Newly harmed workers", rep, groups)));
        }
        // Short axis labels: the panels are too low for long ones, the legend names the series.
        plot.add(new XYPlot(accepted, null, axis("Accepted / day"), ra), 3);
        plot.add(new XYPlot(campaigns, null, axis("Open"), rc), 1);
        plot.add(new XYPlot(harm, null, axis("Events / day"), rh), 2);
        return new Figure("fig6_time_series",
                "Per day: personal-data tasks accepted by category; open campaigns; breaches and workers harmed for the first time."
                        + band(groups), chart("Acceptances, campaigns and harm over time", plot));
    }

    private static YIntervalSeries daily(Replicates rep, String column, String key) {
        YIntervalSeries s = new YIntervalSeries(key);
        Table t = rep.first().timeseries();
        int days = t.rows().size();
        int col = t.columnIndex(column);
        for (int d = 0; d < days; d++) {
            int day = d;
            Replicates.Estimate e = rep.estimate(run -> day < run.timeseries().rows().size()
                    ? ((Number) run.timeseries().rows().get(day)[col]).doubleValue() : Double.NaN);
            if (Double.isFinite(e.mean())) s.add(d, e.mean(), e.low(), e.high());
        }
        return s;
    }

    // ------------------------------------------------------------------ 7

    static Figure beliefs(List<Replicates> groups) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = lines();
        for (int g = 0; g < groups.size(); g++) {
            Replicates rep = groups.get(g);
            List<Map<String, double[]>> perRun = rep.runs().stream().map(Figures::meanBeliefByCountry).toList();
            int ci = 0;
            for (String k : rep.first().countries().keySet()) {
                YIntervalSeries s = new YIntervalSeries(name(k, rep, groups));
                double[] firstRun = perRun.get(0).get(k);
                for (int d = 0; firstRun != null && d < firstRun.length; d++) {
                    int day = d;
                    double[] v = perRun.stream().map(m -> m.get(k)).filter(a -> a != null && day < a.length)
                            .mapToDouble(a -> a[day]).filter(Double::isFinite).toArray();
                    Replicates.Estimate e = Replicates.of(v);
                    if (Double.isFinite(e.mean())) s.add(d, e.mean(), e.low(), e.high());
                }
                style(r, data.getSeriesCount(), Palette.nth(ci++), g);
                data.addSeries(s);
            }
        }
        XYPlot plot = new XYPlot(data, axis("Day"), axis("Mean perceived risk per item (personal-data categories)"), r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return new Figure("fig7_risk_beliefs",
                "Mean perceived probability of harm per item of active workers, by country, averaged over the personal-data "
                        + "categories: beliefs rise when harm is notified and spreads through the forum, then decay to the prior."
                        + band(groups), chart("Risk beliefs over time by country", plot));
    }

    /** Per country, the mean belief over personal-data categories for each day. */
    private static Map<String, double[]> meanBeliefByCountry(RunTables run) {
        Table t = run.beliefs();
        int days = run.timeseries().rows().size();
        Map<String, double[]> sum = new HashMap<>();
        Map<String, int[]> count = new HashMap<>();
        int dayCol = t.columnIndex("day"), countryCol = t.columnIndex("country"), beliefCol = t.columnIndex("mean_belief");
        for (Object[] row : t.rows()) {
            int d = (int) ((Number) row[dayCol]).doubleValue();
            double b = ((Number) row[beliefCol]).doubleValue();
            if (d < 0 || d >= days || !Double.isFinite(b)) continue;
            String k = row[countryCol].toString();
            sum.computeIfAbsent(k, x -> new double[days])[d] += b;
            count.computeIfAbsent(k, x -> new int[days])[d]++;
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String k : run.countries().keySet()) {
            double[] s = sum.get(k);
            if (s == null) continue;
            int[] n = count.get(k);
            double[] mean = new double[days];
            for (int d = 0; d < days; d++) mean[d] = n[d] == 0 ? Double.NaN : s[d] / n[d];
            out.put(k, mean);
        }
        return out;
    }

    // ------------------------------------------------------------------ shared

    /** One bar series per (run label, category) over countries poorest first: a by_country column, category-coloured. */
    private static void categoryBarsByCountry(List<Replicates> groups, List<DataCategory> categories, String column,
                                              DefaultStatisticalCategoryDataset data, StatisticalBarRenderer r) {
        List<String> countries = byGdp(groups.get(0).first());
        int series = 0;
        for (int g = 0; g < groups.size(); g++) {
            Replicates rep = groups.get(g);
            for (DataCategory c : categories) {
                String key = name(c.name(), rep, groups);
                for (String k : countries) {
                    add(data, rep.estimate(run -> value(run.byCountry(), column, "country", k, "category", c.name())), key, k);
                }
                r.setSeriesPaint(series, Palette.category(c));
                r.setSeriesOutlinePaint(series, g == 0 ? Palette.category(c) : Color.BLACK);
                series++;
            }
        }
    }
}
