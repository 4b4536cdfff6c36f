package org.kempelen.charts;

import java.util.List;
import java.util.Map;
import org.kempelen.metrics.Table;
import org.kempelen.output.Fmt;
import org.kempelen.output.RunTables;

/**
 * A one-page, self-contained HTML report: headline figures from summary.json, every figure as
 * inline SVG, the country x category table, and the scenario that produced it. No scripts,
 * no network.
 */
public final class Report {
    private Report() {}

    public static String html(List<Replicates> groups, List<Figures.Figure> figures, int width, int height) {
        StringBuilder b = new StringBuilder();
        String title = "Kempelen: " + String.join(" vs ", groups.stream().map(Replicates::label).toList());
        head(b, title);
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        // Which directories were drawn matters only when there are several; a single run's report stays path-free.
        boolean several = groups.size() > 1 || groups.get(0).runs().size() > 1;
        for (Replicates g : several ? groups : List.<Replicates>of()) {
            b.append("<p>").append(esc(g.label())).append(": ").append(g.runs().size()).append(g.runs().size() == 1 ? " run" : " runs")
                    .append(" (").append(esc(String.join(", ", g.runs().stream().map(r -> r.directory().toString()).toList()))).append(")</p>\n");
        }
        b.append("<h2>Headline figures</h2>\n");
        headlines(b, groups);
        b.append("<h2>Figures</h2>\n");
        for (Figures.Figure f : figures) {
            b.append("<figure id=\"").append(f.fileStem()).append("\">\n");
            b.append(ChartFiles.svgElement(f.chart(), f.fileStem(), width, height)).append('\n');
            b.append("<figcaption>").append(esc(f.caption())).append("</figcaption>\n</figure>\n");
        }
        for (Replicates g : groups) {
            RunTables first = g.first();
            b.append("<h2>Country &times; category").append(several ? ": " + esc(g.label()) + ", " + esc(first.directory().toString()) : "").append("</h2>\n");
            table(b, first.byCountry());
        }
        for (Replicates g : groups) {
            b.append("<h2>Scenario").append(groups.size() > 1 ? ": " + esc(g.label()) : "").append("</h2>\n<pre>")
                    .append(esc(g.first().scenarioYaml())).append("</pre>\n");
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /** The figures that answer MODEL.md's questions, one column per label (means over replications). */
    private static final String[][] HEADLINES = {
            {"Pressure gradient: odds ratio of acceptance, top vs bottom pressure band", null},
            {"FACE_PHOTO", "pressure_gradient.FACE_PHOTO.odds_ratio_top_vs_bottom"},
            {"FACE_VIDEO", "pressure_gradient.FACE_VIDEO.odds_ratio_top_vs_bottom"},
            {"VOICE", "pressure_gradient.VOICE.odds_ratio_top_vs_bottom"},
            {"BODY_SCAN", "pressure_gradient.BODY_SCAN.odds_ratio_top_vs_bottom"},
            {"ID_DOCUMENT", "pressure_gradient.ID_DOCUMENT.odds_ratio_top_vs_bottom"},
            {"SOCIAL_ACCOUNT", "pressure_gradient.SOCIAL_ACCOUNT.odds_ratio_top_vs_bottom"},
            {"SURVEY_PROFILE", "pressure_gradient.SURVEY_PROFILE.odds_ratio_top_vs_bottom"},
            {"Share of acceptances due to economic conditions: need + purchasing power (decision level, logins and offers held fixed)", null},
            {"FACE_PHOTO", "pressure_gradient.FACE_PHOTO.share_due_to_economic_conditions"},
            {"FACE_VIDEO", "pressure_gradient.FACE_VIDEO.share_due_to_economic_conditions"},
            {"VOICE", "pressure_gradient.VOICE.share_due_to_economic_conditions"},
            {"BODY_SCAN", "pressure_gradient.BODY_SCAN.share_due_to_economic_conditions"},
            {"ID_DOCUMENT", "pressure_gradient.ID_DOCUMENT.share_due_to_economic_conditions"},
            {"SOCIAL_ACCOUNT", "pressure_gradient.SOCIAL_ACCOUNT.share_due_to_economic_conditions"},
            {"SURVEY_PROFILE", "pressure_gradient.SURVEY_PROFILE.share_due_to_economic_conditions"},
            {"of which due to need (resources below the worker's own need)", null},
            {"FACE_PHOTO", "pressure_gradient.FACE_PHOTO.share_due_to_need"},
            {"FACE_VIDEO", "pressure_gradient.FACE_VIDEO.share_due_to_need"},
            {"VOICE", "pressure_gradient.VOICE.share_due_to_need"},
            {"BODY_SCAN", "pressure_gradient.BODY_SCAN.share_due_to_need"},
            {"ID_DOCUMENT", "pressure_gradient.ID_DOCUMENT.share_due_to_need"},
            {"SOCIAL_ACCOUNT", "pressure_gradient.SOCIAL_ACCOUNT.share_due_to_need"},
            {"SURVEY_PROFILE", "pressure_gradient.SURVEY_PROFILE.share_due_to_need"},
            {"Geography of exposure", null},
            {"personal-data items given", "exposure.personal_data_items"},
            {"share from the poorest half of countries", "exposure.poorest_half_share_of_sensitive_items"},
            {"their share of workers", "exposure.poorest_half_share_of_workers"},
            {"Gini of items per worker over countries", "exposure.gini_items_per_worker_over_countries"},
            {"third parties exposed (social accounts)", "exposure.third_parties_exposed"},
            {"Wages and unpaid time", null},
            {"median effective hourly wage (USD)", "wages.median_effective_hourly_wage_usd"},
            {"median hourly wage on paid time (USD)", "wages.median_paid_hourly_wage_usd"},
            {"share of workers earning at least $7.25/h effective", "wages.share_workers_above_7_25_per_hour"},
            {"mean hourly wage on paid time (USD)", "wages.mean_paid_hourly_wage_usd"},
            {"unpaid share of working time", "wages.unpaid_time_share"},
            {"platform is the main income (share of workers)", "wages.platform_main_income_share"},
            {"forfeited share of earnings", "wages.forfeited_share_of_earnings"},
            {"Harm", null},
            {"workers harmed", "harm.harmed_workers"},
            {"share of harm events notified", "harm.notified_share"},
            {"breaches", "harm.breaches"},
            {"misuses", "harm.misuses"},
            {"Workforce and money", null},
            {"active workers at the end", "workforce.active_at_end"},
            {"observed half-life (days)", "workforce.observed_half_life_days"},
            {"requesters paid (USD)", "money.requesters_paid_usd"},
            {"platform commission (USD)", "money.commission_usd"},
    };

    private static void headlines(StringBuilder b, List<Replicates> groups) {
        b.append("<div class=\"scroll\"><table>\n<tr><th class=\"t\"></th>");
        for (Replicates g : groups) {
            b.append("<th>").append(esc(g.label())).append(g.runs().size() > 1 ? " (mean of " + g.runs().size() + ")" : "").append("</th>");
        }
        b.append("</tr>\n");
        for (String[] h : HEADLINES) {
            if (h[1] == null) {
                b.append("<tr><th class=\"t\" colspan=\"").append(groups.size() + 1).append("\">").append(esc(h[0])).append("</th></tr>\n");
                continue;
            }
            b.append("<tr><td class=\"t\">").append(esc(h[0])).append("</td>");
            for (Replicates g : groups) {
                double v = g.estimate(run -> number(run.summary(), h[1])).mean();
                b.append("<td>").append(esc(shown(v))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table></div>\n");
        for (Replicates g : groups) {
            b.append("<details><summary>All of summary.json").append(groups.size() > 1 ? ": " + esc(g.label()) : "")
                    .append(g.runs().size() > 1 ? " (first run)" : "").append("</summary>\n<div class=\"scroll\"><table>\n");
            flatten(b, "", g.first().summary());
            b.append("</table></div></details>\n");
        }
    }

    /** A number at a dotted path of summary.json (NaN when absent or null). */
    @SuppressWarnings("unchecked")
    private static double number(Map<String, Object> summary, String path) {
        Object v = summary;
        for (String part : path.split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) return Double.NaN;
            v = ((Map<String, Object>) m).get(part);
        }
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String shown(double v) {
        if (!Double.isFinite(v)) return "NA";
        return Fmt.number(Math.abs(v) < 1e5 ? Math.round(v * 1e4) / 1e4 : Math.round(v));
    }

    @SuppressWarnings("unchecked")
    private static void flatten(StringBuilder b, String prefix, Map<String, Object> m) {
        for (var e : m.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue() instanceof Map<?, ?> sub) {
                flatten(b, key, (Map<String, Object>) sub);
            } else {
                Object v = e.getValue();
                String text = v == null ? "NA" : v instanceof Number n ? shown(n.doubleValue()) : String.valueOf(v);
                b.append("<tr><td class=\"t\">").append(esc(key)).append("</td><td>").append(esc(text)).append("</td></tr>\n");
            }
        }
    }

    private static void table(StringBuilder b, Table t) {
        b.append("<div class=\"scroll\"><table>\n<tr>");
        for (String c : t.columns()) b.append("<th>").append(esc(c.replace('_', ' '))).append("</th>");
        b.append("</tr>\n");
        for (Object[] row : t.rows()) {
            b.append("<tr>");
            for (Object v : row) {
                String text = v instanceof Double d ? shown(d) : String.valueOf(v);
                b.append(v instanceof Number ? "<td>" : "<td class=\"t\">").append(esc(text)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table></div>\n");
    }

    /** The page's head and the opening of its body, the same style for every report. */
    static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n");
        b.append("<style>\n")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}\n")
                .append("table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ddd;padding:2px 6px;text-align:right}\n")
                .append("th{background:#f4f4f4}td.t,th.t{text-align:left}figure{margin:1.5em 0}figcaption{font-size:.9em;color:#444}\n")
                .append("svg{max-width:100%;height:auto}pre{background:#f7f7f7;padding:1em;overflow-x:auto;font-size:.8em}\n")
                .append(".scroll{overflow-x:auto}details{margin:.5em 0}summary{cursor:pointer;color:#555}\n</style>\n</head>\n<body>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
