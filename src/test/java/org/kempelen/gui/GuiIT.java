package org.kempelen.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.cli.KempelenCommand;
import org.kempelen.metrics.Table;
import org.kempelen.output.Manifest;
import org.kempelen.output.RunReader;
import org.kempelen.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * The GUI on a small market under a display (xvfb-run in CI; without a display these tests skip,
 * and .ci/run fails when they did): ten days on the Console give non-blank screenshots with every
 * series; a ban switched on lowers the ID-document items of the days after it and is recorded in
 * the run's policy changes; Save run writes what {@code run} writes, byte for byte.
 */
class GuiIT {
    private static final String TINY = "name: tiny\npopulation: 400\ndays: 10\nburnInDays: 5\nwarmupDays: 5\ndemandReferencePopulation: 0\nseed: 3\n";

    @TempDir
    Path tmp;

    private MarketGui gui;
    private Console console;

    @BeforeAll
    static void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the GUI tests run under xvfb-run (CI does)");
    }

    private MarketGui open(String text, List<String> overrides) throws Exception {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, text);
        gui = new MarketGui(ScenarioLoader.load(file, overrides), file, overrides);
        AtomicReference<Console> c = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> c.set(new Console(gui)));
        console = c.get();
        SwingUtilities.invokeAndWait(() -> console.setVisible(true));
        return gui;
    }

    @AfterEach
    void close() throws Exception {
        if (console != null) SwingUtilities.invokeAndWait(() -> {
            gui.quit();
            console.dispose();
        });
    }

    @Test
    void tenDaysOnTheConsoleGiveNonBlankScreenshotsWithEverySeries() throws Exception {
        open(TINY, List.of());
        Map<String, Path> shots = GuiLauncher.playAndShoot(gui, console, tmp.resolve("shots"));
        assertEquals(List.of("console", "charts", "world"), List.copyOf(shots.keySet()));
        for (var e : shots.entrySet()) assertNonBlank(e.getKey(), ImageIO.read(e.getValue().toFile()));
        List<JFreeChart> charts = gui.charts.charts();
        int countries = 10;
        assertEquals(List.of(8, countries, countries, countries, 1, 1), charts.stream().map(GuiIT::seriesCount).toList(),
                "acceptance by category, pressure, price and personal-data items by country, open campaigns, harmed workers");
        for (JFreeChart chart : charts) {
            XYPlot plot = chart.getXYPlot();
            for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
                assertEquals(10, plot.getDataset().getItemCount(s), chart.getTitle().getText() + ": a point per recorded day");
            }
        }
        assertEquals(10, gui.live.days().size(), "ten recorded days");
        // Clicking a country's disc opens its by_country figures so far.
        java.awt.geom.Point2D us = gui.world.centre(0);
        assertEquals(0, gui.world.countryAt((int) us.getX(), (int) us.getY()), "the US disc is where it was drawn");
        AtomicReference<CountryInspector> inspector = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> inspector.set(new CountryInspector(gui.world, gui.live, 0)));
        assertTrue(inspector.get().getTitle().startsWith("United States (US): "), inspector.get().getTitle());
        assertEquals(8, inspector.get().table.getRowCount(), "a row per data category");
        assertEquals((long) gui.live.countries()[0].offers()[0], inspector.get().table.getValueAt(0, 1), "offers of NONE tasks so far");
        SwingUtilities.invokeAndWait(() -> inspector.get().dispose());
    }

    @Test
    void aBanSwitchedOnLowersTheIdItemsOfLaterDaysAndIsRecorded() throws Exception {
        // 40 days: the ID campaigns posted before the ban run to their deadlines, so days 20-39 show it.
        List<String> bigger = List.of("population=1500", "days=40", "burnInDays=8", "warmupDays=10", "seed=31");
        open(TINY, bigger);
        Path plain = runTo(gui, null, tmp.resolve("plain"));
        close();
        open(TINY, bigger);
        ParameterInspector inspector = (ParameterInspector) gui.getInspector();
        SwingUtilities.invokeAndWait(() -> inspector.set("population", "-5"));
        assertTrue(inspector.message().contains("population") && inspector.message().contains("found -5"), inspector.message());
        Path banned = runTo(gui, inspector, tmp.resolve("banned"));
        assertTrue(inspector.message().startsWith("switched platform.banEnforcement=1 from day 6"), inspector.message());
        List<Long> before = idItems(plain), after = idItems(banned);
        assertEquals(before.subList(0, 6), after.subList(0, 6), "the days before the switch are the same days");
        long plainLater = before.subList(20, 40).stream().mapToLong(Long::longValue).sum();
        long bannedLater = after.subList(20, 40).stream().mapToLong(Long::longValue).sum();
        assertTrue(bannedLater < plainLater / 2, "ID-document items after the ban: " + bannedLater + " vs " + plainLater);
        String resolved = Files.readString(banned.resolve("scenario.resolved.yaml"));
        assertTrue(resolved.contains("- day: 6\n  set: \"platform.bannedCategories=[ID_DOCUMENT]\"\n- day: 6\n  set: platform.banEnforcement=1"), resolved);
    }

    /** Runs the horizon by the GUIState's own steps, switching the ban at day 6 when {@code inspector} is given; saves the run. */
    private static Path runTo(MarketGui gui, ParameterInspector inspector, Path dir) throws Exception {
        gui.start();
        while (gui.currentRun().nextDay() < 6) gui.step();
        if (inspector != null) {
            SwingUtilities.invokeAndWait(() -> {
                inspector.set("platform.bannedCategories", "[ID_DOCUMENT]");
                inspector.set("platform.banEnforcement", "1");
            });
        }
        while (gui.step()) {
            // to the horizon
        }
        String saved = gui.saveRun(dir);
        assertTrue(saved.startsWith("saved the run to"), saved);
        return dir;
    }

    @Test
    void saveRunWritesWhatRunWrites() throws Exception {
        open(TINY, List.of("days=6"));
        assertTrue(gui.saveRun(tmp.resolve("early")).startsWith(MarketGui.REFUSED), "nothing to save before the horizon");
        GuiLauncher.playToHorizon(gui, console);
        Path saved = tmp.resolve("saved");
        String result = gui.saveRun(saved);
        assertTrue(result.startsWith("saved the run to"), result);
        Path ran = tmp.resolve("ran");
        assertEquals(0, KempelenCommand.execute("run", tmp.resolve("tiny.yaml").toString(), "--days", "6", "--out", ran.toString(), "--quiet"));
        List<String> files = files(ran);
        assertEquals(files, files(saved));
        assertTrue(files.contains("report.html") && files.contains("workers.csv"), files.toString());
        ObjectMapper json = new ObjectMapper();
        for (String f : files) {
            if (f.equals("manifest.json")) {
                ObjectNode a = (ObjectNode) json.readTree(ran.resolve(f).toFile()), b = (ObjectNode) json.readTree(saved.resolve(f).toFile());
                Manifest.EXECUTION_KEYS.forEach(k -> { a.remove(k); b.remove(k); });
                assertEquals(a, b, "manifest apart from timings");
            } else {
                assertArrayEquals(Files.readAllBytes(ran.resolve(f)), Files.readAllBytes(saved.resolve(f)), f + " differs");
            }
        }
    }

    private static int seriesCount(JFreeChart chart) {
        return chart.getXYPlot().getDataset().getSeriesCount();
    }

    /** A screenshot shows something: many colours, and no colour covering almost all of it. */
    private static void assertNonBlank(String name, BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) counts.merge(image.getRGB(x, y), 1, Integer::sum);
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        assertTrue(image.getWidth() > 300 && image.getHeight() > 300, name + " is " + image.getWidth() + "x" + image.getHeight());
        assertTrue(counts.size() >= 16, name + " has " + counts.size() + " colours");
        assertTrue(most < 0.95 * image.getWidth() * image.getHeight(), name + " is almost one colour");
    }

    private static List<Long> idItems(Path run) throws Exception {
        Table t = RunReader.read(run).timeseries();
        int col = t.columns().indexOf("accepted_id_document");
        return t.rows().stream().map(r -> ((Number) r[col]).longValue()).toList();
    }

    private static List<String> files(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
