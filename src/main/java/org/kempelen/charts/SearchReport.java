package org.kempelen.charts;

import java.util.List;

/**
 * A policy search's one-page HTML report, like a run's: what was searched, the front as a table,
 * every figure inline as SVG, and the search file. No scripts, no network.
 */
public final class SearchReport {
    private SearchReport() {}

    /** {@code facts} are lines of what was searched; {@code header} and {@code rows} the front's table; {@code searchFile} its text. */
    public static String html(String title, List<String> facts, List<String> header, List<List<String>> rows, List<Figures.Figure> figures,
                              String searchFile) {
        StringBuilder b = new StringBuilder();
        Report.head(b, title);
        b.append("<h1>").append(Report.esc(title)).append("</h1>\n<ul>\n");
        for (String f : facts) b.append("<li>").append(Report.esc(f)).append("</li>\n");
        b.append("</ul>\n<h2>The front</h2>\n<div class=\"scroll\"><table>\n<tr>");
        for (String h : header) b.append("<th>").append(Report.esc(h)).append("</th>");
        b.append("</tr>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (String cell : row) b.append("<td>").append(Report.esc(cell)).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</table></div>\n<h2>Figures</h2>\n");
        for (Figures.Figure f : figures) {
            b.append("<figure id=\"").append(f.fileStem()).append("\">\n")
                    .append(ChartFiles.svgElement(f.chart(), f.fileStem(), ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT)).append('\n')
                    .append("<figcaption>").append(Report.esc(f.caption())).append("</figcaption>\n</figure>\n");
        }
        b.append("<h2>Search file</h2>\n<pre>").append(Report.esc(searchFile)).append("</pre>\n</body>\n</html>\n");
        return b.toString();
    }
}
