package org.kempelen.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG (for slides) and SVG (for papers). Both are deterministic for the same data. */
public final class ChartFiles {
    public enum Format { PNG, SVG }

    public static final int DEFAULT_WIDTH = 1000;
    public static final int DEFAULT_HEIGHT = 650;

    private ChartFiles() {}

    /** Writes {@code chart} as {@code dir/stem.png} and/or {@code dir/stem.svg}. */
    public static void write(JFreeChart chart, Path dir, String stem, Set<Format> formats, int width, int height) throws IOException {
        Files.createDirectories(dir);
        if (formats.contains(Format.PNG)) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(stem + ".png"))) {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            }
        }
        if (formats.contains(Format.SVG)) {
            Files.writeString(dir.resolve(stem + ".svg"), svgDocument(chart, stem, width, height), StandardCharsets.UTF_8);
        }
    }

    /** The chart as a standalone SVG document. */
    public static String svgDocument(JFreeChart chart, String stem, int width, int height) {
        return svg(chart, stem, width, height).getSVGDocument();
    }

    /** The chart as an {@code <svg>} element to inline in HTML; {@code id} keeps its definitions apart from other charts'. */
    public static String svgElement(JFreeChart chart, String id, int width, int height) {
        return svg(chart, id, width, height).getSVGElement(id);
    }

    private static SVGGraphics2D svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // The default prefix is taken from the clock; a fixed one keeps the file identical run to run.
        g.setDefsKeyPrefix(id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_");
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g;
    }
}
