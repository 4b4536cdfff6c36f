package org.kempelen.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.experiment.Plots;
import org.kempelen.experiment.Simulation;
import org.kempelen.metrics.Table;
import org.kempelen.model.Scenarios;
import org.kempelen.output.RunReader;
import org.kempelen.output.RunTables;
import org.w3c.dom.Document;

/** Every figure renders from a small run to a PNG and a well-formed SVG naming its series; overlays name every run. */
class FiguresTest {
    @TempDir
    static Path tmp;
    static RunTables base;
    static RunTables floor;

    @BeforeAll
    static void fixtureRuns() throws Exception {
        Path a = tmp.resolve("base");
        Path b = tmp.resolve("floor");
        Simulation.runAndWrite(Scenarios.small("name=base", "population=600", "days=30"), "t.yaml", List.of(), a, false, (Plots.Options) null);
        Simulation.runAndWrite(Scenarios.small("name=floor", "population=600", "days=30", "platform.minimumHourlyPay=6"),
                "t.yaml", List.of(), b, false, (Plots.Options) null);
        base = RunReader.read(a);
        floor = RunReader.read(b);
    }

    private static final List<String> EXPECTED_SERIES = List.of(
            "FACE_PHOTO", "FACE_PHOTO", "Countries", "SOCIAL_ACCOUNT", "Statutory minimum wage", "Open campaigns", "PH", "Purchasing power");

    @Test
    void everyFigureRendersToPngAndWellFormedSvgWithItsSeries() throws Exception {
        List<Figures.Figure> figures = Figures.all(Replicates.group(List.of(base), null));
        assertEquals(8, figures.size());
        assertEquals("fig8_economic_conditions", figures.get(7).fileStem());
        Path out = tmp.resolve("single");
        for (int i = 0; i < figures.size(); i++) {
            Figures.Figure f = figures.get(i);
            ChartFiles.write(f.chart(), out, f.fileStem(), EnumSet.allOf(ChartFiles.Format.class), 800, 500);
            var png = ImageIO.read(out.resolve(f.fileStem() + ".png").toFile());
            assertEquals(800, png.getWidth(), f.fileStem());
            assertEquals(500, png.getHeight());
            String svg = Files.readString(out.resolve(f.fileStem() + ".svg"));
            Document doc = parse(svg);
            assertEquals("svg", doc.getDocumentElement().getTagName(), f.fileStem());
            String text = doc.getDocumentElement().getTextContent();
            assertTrue(text.contains(EXPECTED_SERIES.get(i)), f.fileStem() + " names series " + EXPECTED_SERIES.get(i));
            assertTrue(text.contains(f.chart().getTitle().getText()), f.fileStem() + " has its title");
            if (i == 7) for (String panel : List.of("FACE PHOTO", "ID DOCUMENT", "Need", "Due to economic conditions")) assertTrue(text.contains(panel), panel);
        }
    }

    @Test
    void aMarketOfSeveralPlatformsGetsTheItemsByPlatformFigure() throws Exception {
        Path dir = tmp.resolve("two");
        Simulation.runAndWrite(Scenarios.small("name=two", "population=600", "days=30", "platform.name=strict",
                "platform.bannedCategories=[ID_DOCUMENT]", "platforms={lax: {banEnforcement: 0}}"), "t.yaml", List.of(), dir, false,
                (Plots.Options) null);
        List<Figures.Figure> figures = Figures.all(Replicates.group(List.of(RunReader.read(dir)), null));
        assertEquals(9, figures.size());
        Figures.Figure f = figures.get(8);
        assertEquals("fig9_items_by_platform", f.fileStem());
        String text = parse(ChartFiles.svgDocument(f.chart(), f.fileStem(), 800, 500)).getDocumentElement().getTextContent();
        assertTrue(text.contains("strict") && text.contains("lax") && text.contains("DOCUMENT"), "names the platforms and categories: " + text);
        assertTrue(Figures.all(Replicates.group(List.of(base), null)).stream().noneMatch(x -> x.fileStem().startsWith("fig9")),
                "one platform: no figure 9");
    }

    @Test
    void anOverlayNamesBothRunsInItsLegends() throws Exception {
        List<Figures.Figure> figures = Figures.all(Replicates.group(List.of(base, floor), null));
        for (Figures.Figure f : figures) {
            String text = parse(ChartFiles.svgDocument(f.chart(), f.fileStem(), 800, 500)).getDocumentElement().getTextContent();
            assertTrue(text.contains("base"), f.fileStem() + " legend names 'base'");
            assertTrue(text.contains("floor"), f.fileStem() + " legend names 'floor'");
        }
    }

    @Test
    void replicationsAreDrawnAsMeanWithAConfidenceInterval() {
        Replicates twice = Replicates.group(List.of(base, base, floor), List.of("x", "x", "y")).get(0);
        assertEquals(2, twice.runs().size());
        Replicates.Estimate e = Replicates.of(new double[] {1, 2, 3});
        assertEquals(2.0, e.mean(), 1e-12);
        assertEquals(4.302653 * 1 / Math.sqrt(3), e.halfWidth(), 1e-5, "t(0.975, 2) x sd / sqrt(n)");
        assertTrue(Double.isNaN(Replicates.of(new double[] {5}).halfWidth()), "no band for a single run");
    }

    @Test
    void theReportIsSelfContained() {
        List<Replicates> groups = Replicates.group(List.of(base), null);
        String html = Report.html(groups, Figures.all(groups), 800, 500);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"), "charts inline");
        assertTrue(html.contains("share from the poorest half of countries"), "headline figures");
        assertTrue(html.contains("pressure_gradient.FACE_PHOTO.odds_ratio_top_vs_bottom"), "all of summary.json");
        assertTrue(html.contains("<th>effective hourly wage usd</th>"), "the country x category table");
        assertTrue(html.contains("<figure id=\"fig8_economic_conditions\">"), "figure 8");
        assertTrue(html.contains("logins are held fixed"), "with the caption saying what it leaves out");
        assertTrue(html.contains("pressure_gradient.FACE_PHOTO.share_due_to_economic_conditions"), "the share due to economic conditions in the summary");
        assertTrue(html.contains("commissionMode: ON_TOP"), "the scenario");
        // Namespace names (xmlns='http://www.w3.org/...') are identifiers, not fetches; nothing may be loaded.
        assertTrue(!java.util.regex.Pattern.compile("(src|href)\\s*=\\s*['\"]?(https?:|//)|url\\(\\s*['\"]?https?:|<link", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), "nothing is loaded from the network");
        assertTrue(!html.contains("<script"), "no scripts");
    }

    @Test
    void aRunWithoutTheChannelColumnsGetsTheOtherSevenFigures() {
        Table t = base.byCountry();
        int drop = t.columnIndex("share_due_to_economic_conditions");
        List<String> columns = new java.util.ArrayList<>(t.columns());
        columns.remove(drop);
        Table old = new Table(columns);
        for (Object[] row : t.rows()) {
            List<Object> cells = new java.util.ArrayList<>(java.util.Arrays.asList(row));
            cells.remove(drop);
            old.add(cells.toArray());
        }
        RunTables oldRun = new RunTables(base.directory(), "old", base.timeseries(), old, base.byPressure(), base.beliefs(),
                base.summary(), base.scenario(), base.scenarioYaml());
        List<Replicates> groups = Replicates.group(List.of(base, oldRun), null);
        assertEquals(7, Figures.all(groups).size());
        List<String> skipped = Figures.skipped(groups);
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).contains("fig8_economic_conditions") && skipped.get(0).contains("share_due_to_economic_conditions"), skipped.get(0));
        assertTrue(Figures.skipped(Replicates.group(List.of(base), null)).isEmpty());
    }

    static Document parse(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

}
