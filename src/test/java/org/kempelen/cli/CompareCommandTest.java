package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.metrics.Table;
import org.kempelen.output.RunReader;

/** compare from the command line: run and sweep directories, pairing, the expected sign of a policy, reproducible files, bad input. */
class CompareCommandTest {
    @TempDir
    static Path tmp;
    /** Two seeds without disclosure and the same two with full disclosure, of a market where selfie buyers are anonymous and leaky. */
    static Path none1, none2, full1, full2, shorter;
    static Path sweepNone, sweepFull, sweepGrid;

    @BeforeAll
    static void runs() throws Exception {
        Path f = Files.writeString(tmp.resolve("risky.yaml"), """
                name: risky
                population: 3000
                days: 60
                warmupDays: 10
                burnInDays: 30
                demandReferencePopulation: 0
                requesters:
                  AI_DATA_VENDOR: {categoryMix: {FACE_PHOTO: 1}, anonymousProbability: 1, breachHazardPerYear: 1}
                """);
        none1 = run(f, "none1", "--seed", "1");
        none2 = run(f, "none2", "--seed", "2");
        full1 = run(f, "full1", "--seed", "1", "--set", "platform.disclosure=FULL", "--set", "name=risky-full");
        full2 = run(f, "full2", "--seed", "2", "--set", "platform.disclosure=FULL", "--set", "name=risky-full");
        shorter = run(f, "shorter", "--seed", "1", "--days", "30");
        Path scenario = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        // Only wages are selected: the exposure and harm headlines must come from metrics_long.csv.
        String sweep = "scenario: " + scenario + "\nseed: 4\nreplications: 2\nset: {population: 300, days: 15, burnInDays: 10}\n"
                + "metrics: [wages.*]\nparameters:\n";
        sweepNone = sweep(sweep + "  platform.disclosure: [NONE]\n", "sweep-none");
        sweepFull = sweep(sweep + "  platform.disclosure: [FULL]\n", "sweep-full");
        sweepGrid = sweep(sweep + "  platform.disclosure: [NONE, FULL]\n", "sweep-grid");
    }

    private static Path run(Path scenario, String name, String... more) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString(), "--quiet", "--no-charts",
                "--microdata", "none"));
        args.addAll(List.of(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        return out;
    }

    private static Path sweep(String text, String name) throws Exception {
        Path f = Files.writeString(tmp.resolve(name + ".yaml"), "name: " + name + "\n" + text);
        Path out = tmp.resolve(name);
        Cli r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--quiet", "--no-charts", "--threads", "1");
        assertEquals(0, r.status(), r.err());
        return out;
    }

    private static Table csv(Path dir) throws Exception {
        return RunReader.csv(dir.resolve("comparison.csv"), "metric", "n_a", "n_b", "difference", "ci_low", "ci_high", "test", "p_value");
    }

    private static Object cell(Table t, String metric, String column) {
        for (Object[] row : t.rows()) if (row[0].equals(metric)) return row[t.columnIndex(column)];
        throw new AssertionError("no row " + metric);
    }

    @Test
    void fullDisclosureLowersSelfieAcceptanceInAPairedComparison() throws Exception {
        Path out = tmp.resolve("cmp-disclosure");
        Cli r = Cli.run("compare", none1.toString(), none2.toString(), "--vs", full2.toString(), full1.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("design: paired by seed (2 pairs)"), r.out());
        assertTrue(r.err().contains("note: the sides differ in 1 setting: platform.disclosure: NONE -> FULL"), r.err());
        Table t = csv(out);
        assertEquals("paired t", cell(t, "acceptance.FACE_PHOTO", "test"));
        assertTrue((Double) cell(t, "acceptance.FACE_PHOTO", "difference") < 0, "anonymous, leaky buyers shown: fewer selfies accepted");
        for (String f : List.of("comparison.csv", "comparison.png", "comparison.svg")) assertTrue(Files.exists(out.resolve(f)), f);
    }

    @Test
    void identicalRunsDifferByNothingWithPOne() throws Exception {
        Path out = tmp.resolve("cmp-same");
        Cli r = Cli.run("compare", none1.toString(), none2.toString(), "--vs", none1.toString(), none2.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        Table t = csv(out);
        for (Object[] row : t.rows()) {
            double diff = (Double) row[t.columnIndex("difference")];
            if (Double.isNaN(diff)) continue;
            assertEquals(0, diff, 0, row[0].toString());
            assertEquals(1.0, row[t.columnIndex("p_value")], row[0].toString());
        }
    }

    @Test
    void singleRunsGiveDifferencesWithoutIntervals() throws Exception {
        Path out = tmp.resolve("cmp-single");
        Cli r = Cli.run("compare", none1.toString(), full1.toString(), "--out", out.toString(), "--format", "svg");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("design: single runs: differences only, no interval or test"), r.out());
        Table t = csv(out);
        assertEquals("none", cell(t, "wages.unpaid_time_share", "test"));
        assertTrue(Double.isNaN((Double) cell(t, "wages.unpaid_time_share", "ci_low")));
        assertTrue(Files.exists(out.resolve("comparison.svg")) && !Files.exists(out.resolve("comparison.png")));
    }

    @Test
    void filesAreByteIdenticalOnReRun() throws Exception {
        Path one = tmp.resolve("cmp-1");
        Path two = tmp.resolve("cmp-2");
        for (Path out : List.of(one, two)) {
            assertEquals(0, Cli.run("compare", sweepNone.toString(), sweepFull.toString(), "--out", out.toString()).status());
        }
        for (String f : List.of("comparison.csv", "comparison.svg")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void sweepsOfOnePointArePairedAndUnselectedMetricsComeFromTheLongTable() throws Exception {
        Path out = tmp.resolve("cmp-sweeps");
        Cli r = Cli.run("compare", sweepNone.toString(), sweepFull.toString(), "--out", out.toString(),
                "--metric", "pressure_gradient.NONE.acceptance_top_band");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("design: paired by seed (2 pairs)"), r.out());
        Table t = csv(out);
        assertEquals(2.0, cell(t, "exposure.personal_data_items", "n_a"));
        assertEquals(2.0, cell(t, "pressure_gradient.NONE.acceptance_top_band", "n_b"));
        assertEquals(2.0, cell(t, "acceptance.NONE", "n_a"));
    }

    @Test
    void aSweepOfSeveralPointsNeedsAPointAndPointsOfOneSweepAreUnpaired() throws Exception {
        Cli refused = Cli.run("compare", sweepGrid.toString(), sweepGrid.toString(), "--out", tmp.resolve("cmp-grid").toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("the sweep has 2 design points") && refused.err().contains("--point-a N and --point-b N"), refused.err());
        Cli r = Cli.run("compare", sweepGrid.toString(), sweepGrid.toString(), "--point-a", "0", "--point-b", "1",
                "--out", tmp.resolve("cmp-grid").toString());
        assertEquals(0, r.status(), r.err());
        // Each point of a sweep gets its own seeds.
        assertTrue(r.out().contains("design: unpaired (the sides ran different seeds): Welch t"), r.out());
        assertTrue(r.out().contains("A: sweep-grid point 0 (n = 2)"), r.out());
    }

    @Test
    void badInputIsRefusedWithItsReason() throws Exception {
        Cli missing = Cli.run("compare", tmp.resolve("nowhere").toString(), none1.toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains(tmp.resolve("nowhere") + ": no such directory"), missing.err());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli neither = Cli.run("compare", empty.toString(), none1.toString());
        assertEquals(2, neither.status());
        assertTrue(neither.err().contains("neither a run directory"), neither.err());
        Cli days = Cli.run("compare", none1.toString(), shorter.toString(), "--out", tmp.resolve("cmp-days").toString());
        assertEquals(2, days.status());
        assertTrue(days.err().contains("different numbers of recorded days (A: 60; B: 30)"), days.err());
        Cli metric = Cli.run("compare", none1.toString(), full1.toString(), "--metric", "wages.unpaid_time_shares",
                "--out", tmp.resolve("cmp-metric").toString());
        assertEquals(2, metric.status());
        assertTrue(metric.err().contains("did you mean 'wages.unpaid_time_share'?"), metric.err());
        Cli one = Cli.run("compare", none1.toString());
        assertEquals(2, one.status());
        assertTrue(one.err().contains("give two directories"), one.err());
        assertTrue(!Files.exists(tmp.resolve("cmp-days")) && !Files.exists(tmp.resolve("cmp-metric")), "nothing written for refused input");
    }
}
