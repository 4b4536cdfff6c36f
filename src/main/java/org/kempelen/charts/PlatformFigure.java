package org.kempelen.charts;

import static org.kempelen.charts.ChartParts.*;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.kempelen.output.RunTables;
import org.kempelen.scenario.DataCategory;

/**
 * Figure 9, for markets of several platforms (docs/ODD.md 7.10): personal-data items by platform
 * and category, read from summary.json's {@code by_platform}: where a platform's rules send the
 * collection of each kind of data.
 */
final class PlatformFigure {
    private PlatformFigure() {}

    /** Whether every run reports items per platform (a market of several platforms). */
    static boolean applies(List<Replicates> groups) {
        for (Replicates g : groups) for (RunTables run : g.runs()) if (platforms(run).isEmpty()) return false;
        return true;
    }

    static Figures.Figure itemsByPlatform(List<Replicates> groups) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        StatisticalBarRenderer r = bars();
        Set<String> platforms = new LinkedHashSet<>();
        for (Replicates g : groups) for (RunTables run : g.runs()) platforms.addAll(platforms(run));
        List<String> names = new ArrayList<>(platforms);
        int series = 0;
        for (Replicates g : groups) {
            for (String p : names) {
                for (DataCategory c : DataCategory.values()) {
                    if (!c.isPersonalData()) continue;
                    // Spaces, not underscores, so that a long name wraps instead of being cut.
                    add(data, g.estimate(run -> items(run, p, c)), name(p, g, groups), c.name().replace('_', ' '));
                }
                r.setSeriesPaint(series++, Palette.nth(names.indexOf(p)));
            }
        }
        org.jfree.chart.axis.CategoryAxis categories = categoryAxis("Personal-data category");
        categories.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, categories, axis("Items handed in (recorded days)"), r);
        return new Figures.Figure("fig9_items_by_platform",
                "Personal-data items handed in on each platform, by category: a ban a platform enforces shows as no items there, "
                        + "and where they went instead." + band(groups),
                chart("Personal-data items by platform and category", plot));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byPlatform(RunTables run) {
        return run.summary().get("by_platform") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<String> platforms(RunTables run) {
        return new ArrayList<>(byPlatform(run).keySet());
    }

    private static double items(RunTables run, String platform, DataCategory c) {
        if (byPlatform(run).get(platform) instanceof Map<?, ?> row && row.get("items_by_category") instanceof Map<?, ?> items
                && items.get(c.name()) instanceof Number n) {
            return n.doubleValue();
        }
        return Double.NaN;
    }
}
