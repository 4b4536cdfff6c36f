package org.kempelen.compare;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kempelen.charts.ChartFiles;
import org.kempelen.charts.ComparisonFigure;
import org.kempelen.charts.Figures;
import org.kempelen.metrics.MeanDifference;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.CsvWriter;

/**
 * What a comparison writes: a table for the terminal, comparison.csv (one row per metric) and
 * the figure comparison.png / comparison.svg. Each file is written to a temporary name and
 * renamed into place, so a reader never sees one half-written.
 */
public final class ComparisonOutput {
    public static final String CSV = "comparison.csv";
    /** Markets of several platforms: how each category's items moved between platforms. */
    public static final String DISPLACEMENT_CSV = "displacement.csv";
    public static final String FIGURE = "comparison";

    private ComparisonOutput() {}

    /** comparison.csv: both sides' labels and sizes, means, the difference and its interval, absolute and relative to A's mean, the test. */
    public static String csv(Comparison.Result c) {
        StringBuilder b = new StringBuilder(CsvWriter.line("metric", "label", "a", "b", "n_a", "n_b", "mean_a", "mean_b", "difference",
                "ci_low", "ci_high", "relative_difference", "relative_ci_low", "relative_ci_high", "test", "t", "df", "p_value"));
        for (Comparison.Row row : c.rows()) {
            MeanDifference d = row.result();
            b.append(CsvWriter.line(row.metric().path(), row.metric().label(), c.a().label(), c.b().label(), d.nA(), d.nB(),
                    d.meanA(), d.meanB(), d.difference(), d.ciLow(), d.ciHigh(), d.relative(d.difference()), d.relative(d.ciLow()),
                    d.relative(d.ciHigh()), d.test().label(), d.t(), d.df(), d.p()));
        }
        return b.toString();
    }

    /**
     * displacement.csv: per category its items on each side (mean over replications), their change
     * relative to A, the share that moved between platforms, and each platform's share on each side.
     */
    public static String displacementCsv(Comparison.Result c) {
        List<Displacement> rows = c.displacement();
        List<String> platforms = new ArrayList<>(rows.get(0).shareA().keySet());
        List<Object> header = new ArrayList<>(List.of("category", "items_a", "items_b", "items_relative_change", "moved_share"));
        for (String p : platforms) header.add("share_a_" + p);
        for (String p : platforms) header.add("share_b_" + p);
        StringBuilder b = new StringBuilder(CsvWriter.line(header.toArray()));
        for (Displacement d : rows) {
            List<Object> line = new ArrayList<>(List.of(d.category(), d.itemsA(), d.itemsB(),
                    d.itemsA() > 0 ? d.itemsB() / d.itemsA() - 1 : Double.NaN, d.moved()));
            for (String p : platforms) line.add(d.shareA().get(p));
            for (String p : platforms) line.add(d.shareB().get(p));
            b.append(CsvWriter.line(line.toArray()));
        }
        return b.toString();
    }

    /** The terminal table: what each side is, the design, then one aligned line per metric (and per category's displacement). */
    public static String table(Comparison.Result c) {
        StringBuilder b = new StringBuilder();
        b.append("A: ").append(c.a().label()).append(" (n = ").append(c.a().size()).append(")\n");
        b.append("B: ").append(c.b().label()).append(" (n = ").append(c.b().size()).append(")\n");
        b.append("design: ").append(c.design()).append(c.paired() ? "; n = pairs with the metric available" : "; n = runs with the metric available, A/B").append('\n');
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"metric", "n", "mean A", "mean B", "B - A", "95 % CI", "rel. B - A", "p"});
        for (Comparison.Row row : c.rows()) {
            MeanDifference d = row.result();
            String ci = Double.isFinite(d.ciLow()) ? "[" + num(d.ciLow()) + ", " + num(d.ciHigh()) + "]" : "-";
            double rel = d.relative(d.difference());
            String n = c.paired() ? Integer.toString(d.nA()) : d.nA() + "/" + d.nB();
            lines.add(new String[] {row.metric().label(), n, num(d.meanA()), num(d.meanB()), num(d.difference()), ci,
                    Double.isFinite(rel) ? num(100 * rel) + " %" : "-", Double.isFinite(d.p()) ? num(d.p()) : "-"});
        }
        int[] width = new int[lines.get(0).length];
        for (String[] l : lines) for (int i = 0; i < l.length; i++) width[i] = Math.max(width[i], l[i].length());
        for (String[] l : lines) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < l.length; i++) {
                if (i == 0) line.append(l[i]).append(" ".repeat(width[i] - l[i].length()));
                else line.append("  ").append(" ".repeat(width[i] - l[i].length())).append(l[i]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        if (!c.displacement().isEmpty()) {
            b.append("\nitems by platform (mean per run), B against A; moved = share of the category's items that changed platform\n");
            for (Displacement d : c.displacement()) {
                StringBuilder where = new StringBuilder();
                d.shareA().forEach((p, share) -> where.append(' ').append(p).append(' ').append(pct(share)).append(" -> ").append(pct(d.shareB().get(p))));
                b.append(String.format(java.util.Locale.ROOT, "%-15s items %s -> %s, moved %s;%s%n", d.category(), num(d.itemsA()), num(d.itemsB()),
                        pct(d.moved()), where));
            }
        }
        return b.toString();
    }

    private static String pct(double share) {
        return Double.isFinite(share) ? num(100 * share) + " %" : "NA";
    }

    /** Four significant digits, locale-free; "NA" when not available. */
    static String num(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "NA" : v > 0 ? "inf" : "-inf";
        if (v == 0) return "0";
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Writes comparison.csv and the figure (in {@code formats}) into {@code dir}, each file replaced atomically. */
    public static void write(Comparison.Result c, Path dir, Set<ChartFiles.Format> formats, int width) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(CSV), csv(c));
        if (!c.displacement().isEmpty()) AtomicFiles.write(dir.resolve(DISPLACEMENT_CSV), displacementCsv(c));
        List<ComparisonFigure.Difference> diffs = new ArrayList<>();
        for (Comparison.Row row : c.rows()) {
            MeanDifference d = row.result();
            double half = Double.isFinite(d.ciHigh()) ? d.relative(d.ciHigh()) - d.relative(d.difference()) : Double.NaN;
            diffs.add(new ComparisonFigure.Difference(row.metric().label(), d.relative(d.difference()), half));
        }
        String title = c.a().label().equals(c.b().label()) ? c.a().label() + ": B vs A" : c.b().label() + " vs " + c.a().label();
        Figures.Figure f = ComparisonFigure.of(title, diffs);
        Path tmp = dir.resolve(".comparison.tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            ChartFiles.write(f.chart(), tmp, f.fileStem(), formats, width, ComparisonFigure.height(diffs.size()));
            for (ChartFiles.Format format : formats) {
                String name = f.fileStem() + "." + format.name().toLowerCase(java.util.Locale.ROOT);
                AtomicFiles.move(tmp.resolve(name), dir.resolve(name));
            }
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }
}
