package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kempelen.output.RunReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plot from the command line: redraw, overlay, and clear errors for what is not a run. */
class PlotCommandTest {
    @TempDir
    static Path tmp;
    static Path a;
    static Path b;

    @BeforeAll
    static void runs() throws Exception {
        Path f = Files.writeString(tmp.resolve("s.yaml"), "name: alpha\npopulation: 300\ndays: 15\n");
        a = tmp.resolve("a");
        b = tmp.resolve("b");
        assertEquals(0, Cli.run("run", f.toString(), "--out", a.toString(), "--quiet").status());
        assertEquals(0, Cli.run("run", f.toString(), "--out", b.toString(), "--quiet", "--no-charts", "--set", "name=beta").status());
    }

    @Test
    void runDrawsChartsAndReportUnlessTold() {
        assertTrue(Files.exists(a.resolve("report.html")));
        assertTrue(Files.exists(a.resolve("charts/fig1_pressure_gradient.png")));
        assertTrue(Files.exists(a.resolve("charts/fig7_risk_beliefs.svg")));
        assertTrue(Files.exists(a.resolve("charts/fig8_economic_conditions.svg")));
        assertFalse(Files.exists(b.resolve("charts")), "--no-charts");
        assertFalse(Files.exists(b.resolve("report.html")));
    }

    @Test
    void plotRedrawsOneRunInPlace() throws Exception {
        Cli r = Cli.run("plot", b.toString(), "--format", "svg", "--width", "640", "--height", "400");
        assertEquals(0, r.status(), r.err());
        assertEquals(b.toString(), r.out().strip());
        assertTrue(Files.exists(b.resolve("charts/fig3_exposure_geography.svg")));
        assertFalse(Files.exists(b.resolve("charts/fig3_exposure_geography.png")), "only the formats asked for");
        assertTrue(Files.readString(b.resolve("charts/fig3_exposure_geography.svg")).contains("width='640.0'"));
    }

    @Test
    void plotOverlaysRunsWithBothLegends() throws Exception {
        Path out = tmp.resolve("compare");
        Cli r = Cli.run("plot", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String svg = Files.readString(out.resolve("charts/fig1_pressure_gradient.svg"));
        assertTrue(svg.contains("FACE_PHOTO (alpha)") && svg.contains("FACE_PHOTO (beta)"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("alpha vs beta"));
        Cli labelled = Cli.run("plot", a.toString(), b.toString(), "--out", out.toString(), "--labels", "before,after");
        assertEquals(0, labelled.status(), labelled.err());
        assertTrue(Files.readString(out.resolve("charts/fig1_pressure_gradient.svg")).contains("FACE_PHOTO (after)"));
    }

    @Test
    void aRunFromBeforeFigureEightIsDrawnWithoutItAndANote() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("old"));
        try (var s = Files.list(b)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, old.resolve(p.getFileName()));
        }
        // by_country.csv as a version before model v3 wrote it: without the channel shares.
        List<String> lines = Files.readAllLines(b.resolve("by_country.csv"));
        int drop = RunReader.split(lines.get(0)).indexOf("share_due_to_need");
        StringBuilder csv = new StringBuilder();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(RunReader.split(line));
            for (int i = 0; i < 3; i++) cells.remove(drop);
            csv.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(old.resolve("by_country.csv"), csv);
        Cli r = Cli.run("plot", old.toString(), "--format", "svg");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("note: fig8_economic_conditions not drawn: " + old.resolve("by_country.csv")
                + " has no column 'share_due_to_economic_conditions'"), r.err());
        assertTrue(Files.exists(old.resolve("charts/fig7_risk_beliefs.svg")));
        assertFalse(Files.exists(old.resolve("charts/fig8_economic_conditions.svg")));
        assertTrue(Files.exists(old.resolve("report.html")));
    }

    @Test
    void aMissingRunDirectoryIsNamed() {
        Cli r = Cli.run("plot", tmp.resolve("nowhere").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(tmp.resolve("nowhere") + ": no such directory"), r.err());
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        for (String f : new String[] {"scenario.resolved.yaml", "timeseries.csv", "by_country.csv", "by_pressure.csv", "summary.json"}) {
            Files.copy(a.resolve(f), broken.resolve(f));
        }
        Cli r = Cli.run("plot", broken.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(broken.resolve("beliefs.csv") + ": missing"), r.err());
    }

    @Test
    void aMalformedTableIsNamedWithItsLine() throws Exception {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        try (var s = Files.list(a)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, bad.resolve(p.getFileName()));
        }
        Files.writeString(bad.resolve("by_pressure.csv"), Files.readString(a.resolve("by_pressure.csv")) + "1,2\n");
        Cli r = Cli.run("plot", bad.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(bad.resolve("by_pressure.csv") + ":42: 2 values for 7 columns"), r.err());
        Files.writeString(bad.resolve("by_pressure.csv"), "band,category\n");
        assertTrue(Cli.run("plot", bad.toString()).err().contains("by_pressure.csv:1: missing column 'pressure_band'"));
    }

    @Test
    void badOptionsAreRefused() {
        assertEquals(2, Cli.run("plot", a.toString(), "--format", "gif").status());
        assertEquals(2, Cli.run("plot", a.toString(), "--width", "10").status());
        assertEquals(2, Cli.run("plot", a.toString(), b.toString(), "--labels", "one").status());
    }
}
