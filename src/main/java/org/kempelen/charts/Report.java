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
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n");
        b.append("<style>\n")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}\n")
                .append("table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ddd;padding:2px 6px;text-align:right}\n")
                .append("th{background:#f4f4f4}td.t,th.t{text-align:left}figure{margin:1.5em 0}figcaption{font-size:.9em;color:#444}\n")
                .append("svg{max-width:100%;height:auto}pre{background:#f7f7f7;padding:1em;overflow-x:auto;font-size:.8em}\n")
                .append(".scroll{overflow-x:auto}\n</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        // Which directories were drawn matters only when there are several; a single run's report stays path-free.
        boolean several = groups.size() > 1 || groups.get(0).runs().size() > 1;
        for (Replicates g : several ? groups : List.<Replicates>of()) {
            b.append("<p>").append(esc(g.label())).append(": ").append(g.runs().size()).append(g.runs().size() == 1 ? " run" : " runs")
                    .append(" (").append(esc(String.join(", ", g.runs().stream().map(r -> r.directory().toString()).toList()))).append(")</p>\n");
        }
        b.append("<h2>Headline figures</h2>\n");
        for (Replicates g : groups) headline(b, g, groups.size() > 1);
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

    private static void headline(StringBuilder b, Replicates g, boolean named) {
        Map<String, Object> s = g.first().summary();
        if (named) b.append("<h3>").append(esc(g.label())).append("</h3>\n");
        b.append("<div class=\"scroll\"><table>\n<tr><th class=\"t\">figure</th><th>value</th></tr>\n");
        flatten(b, "", s);
        b.append("</table></div>\n");
        if (g.runs().size() > 1) b.append("<p>Values of the first run; the figures show all ").append(g.runs().size()).append(" runs.</p>\n");
    }

    @SuppressWarnings("unchecked")
    private static void flatten(StringBuilder b, String prefix, Map<String, Object> m) {
        for (var e : m.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue() instanceof Map<?, ?> sub) {
                flatten(b, key, (Map<String, Object>) sub);
            } else {
                Object v = e.getValue();
                String text = v == null ? "NA" : v instanceof Double d ? Fmt.number(Math.abs(d) < 1e6 ? Math.round(d * 1e4) / 1e4 : Math.round(d)) : String.valueOf(v);
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
                String text = v instanceof Double d ? Fmt.number(Double.isFinite(d) && Math.abs(d) < 1e6 ? Math.round(d * 1e4) / 1e4 : d) : String.valueOf(v);
                b.append(v instanceof Number ? "<td>" : "<td class=\"t\">").append(esc(text)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table></div>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
