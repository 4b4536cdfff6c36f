package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.DirectoryLock;
import org.kempelen.output.RunReader;
import org.kempelen.scenario.ScenarioException;

/** Sweeps: the minimal file works; results do not depend on threads, kills, or sharding; failures stay isolated. */
class SweepTest {
    @TempDir
    Path tmp;

    private Path sweepFile(String body) throws Exception {
        return sweepFile(tmp, body);
    }

    /** sweep.yaml in {@code dir}: the baseline scenario with {@code body}. */
    static Path sweepFile(Path dir, String body) throws Exception {
        Path scenario = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Path f = dir.resolve("sweep.yaml");
        Files.writeString(f, "scenario: " + scenario + "\n" + body);
        return f;
    }

    /** Three commissions, three replications: nine tiny runs. */
    static final String MINIMAL = """
            seed: 11
            replications: 3
            design: { type: grid }
            parameters:
              platform.commission: [0.1, 0.2, 0.3]
            set: { population: 300, days: 12, warmupDays: 5 }
            """;

    @Test
    void theMinimalSweepRunsAndWritesItsFiles() throws Exception {
        Sweep sweep = Sweep.load(sweepFile(MINIMAL));
        assertEquals(9, sweep.runs().size());
        Path out = tmp.resolve("out");
        SweepResult r = sweep.run(Sweep.Options.threads(2), out);
        assertEquals(0, r.failed());
        for (String f : List.of("runs.csv", "metrics_long.csv", "aggregate.csv", "sweep.manifest.json")) assertTrue(Files.exists(out.resolve(f)), f);
        assertFalse(Files.exists(out.resolve("sensitivity.csv")), "a grid has no sensitivity indices");
        assertTrue(Files.exists(out.resolve("charts")));
        var runs = RunReader.csv(out.resolve("runs.csv"), "run", "point", "replication", "seed", "platform.commission", "status", "wall_seconds");
        assertEquals(9, runs.rows().size());
        var agg = RunReader.csv(out.resolve("aggregate.csv"), "point", "metric", "n", "mean", "ci_low", "ci_high", "relative_ci_half_width");
        assertEquals(3 * sweep.metrics().size(), agg.rows().size());
        var tidy = RunReader.csv(out.resolve("metrics_long.csv"), "run", "metric", "category", "country", "value");
        assertTrue(tidy.rows().stream().anyMatch(row -> "pressure_gradient.odds_ratio_top_vs_bottom".equals(row[4]) && "FACE_PHOTO".equals(row[5])));
        assertTrue(tidy.rows().stream().anyMatch(row -> "by_country.acceptance_rate".equals(row[4]) && "PH".equals(row[6])));
        // New outputs flow in by themselves: summary scalars and numeric by_country columns.
        for (String metric : List.of("pressure_gradient.share_due_to_economic_conditions", "pressure_gradient.pressure_odds_ratio_within_country",
                "by_country.share_due_to_need", "by_country.share_due_to_purchasing_power", "by_country.share_due_to_economic_conditions", "by_country.qualification_attempts", "by_country.qualification_failures")) {
            assertTrue(tidy.rows().stream().anyMatch(row -> metric.equals(row[4]) && "FACE_PHOTO".equals(row[5])), metric);
        }
        for (String metric : List.of("wages.share_workers_above_7_25_per_hour", "wages.median_paid_hourly_wage_usd")) {
            assertTrue(sweep.metrics().contains(metric), metric);
        }
        // Seeds differ by point and replication and are written in every row.
        assertEquals(9, runs.rows().stream().map(row -> row[3]).distinct().count());
    }

    @Test
    void keepRunsWritesEachRunsDirectory() throws Exception {
        Sweep sweep = Sweep.load(sweepFile(MINIMAL.replace("replications: 3", "replications: 1")));
        Path out = tmp.resolve("kept");
        sweep.run(Sweep.Options.threads(2).withKeepRuns(true).withCharts(false), out);
        for (int p = 0; p < 3; p++) {
            Path run = out.resolve(String.format("runs/p%05d-r000", p));
            assertTrue(Files.exists(run.resolve("summary.json")), run.toString());
            assertFalse(Files.exists(run.resolve("workers.csv")), "kept runs have no microdata");
            assertTrue(Files.readString(run.resolve("scenario.resolved.yaml")).contains("seed: " + sweep.runs().get(p).seed()));
        }
    }

    @Test
    void theSameFilesWithOneAndTwoThreads() throws Exception {
        Sweep sweep = Sweep.load(sweepFile(MINIMAL));
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        sweep.run(Sweep.Options.threads(1).withCharts(false), one);
        sweep.run(Sweep.Options.threads(2).withCharts(false), two);
        assertSameSweep(one, two);
    }

    @Test
    void shardsMergeIntoTheFullSweep() throws Exception {
        Path file = sweepFile(MINIMAL);
        Sweep sweep = Sweep.load(file);
        Path full = tmp.resolve("full");
        sweep.run(Sweep.Options.threads(2).withCharts(false), full);
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path s = tmp.resolve("shard" + i);
            sweep.run(Sweep.Options.threads(1).withShard(i, 3).withCharts(false), s);
            shards.add(s);
        }
        Path merged = tmp.resolve("merged");
        SweepMerge.Result r = SweepMerge.merge(shards, merged, file, false, false);
        assertEquals(9, r.runs());
        assertEquals(0, r.missing());
        assertSameSweep(full, merged);
        SweepMerge.Result partial = SweepMerge.merge(shards.subList(0, 2), tmp.resolve("partial"), file, false, false);
        assertEquals(3, partial.missing(), "the runs of the shard not given are reported missing");
    }

    @Test
    void aKilledSweepResumesToTheSameFiles() throws Exception {
        Path file = sweepFile(MINIMAL.replace("days: 12", "days: 30"));
        Path full = tmp.resolve("full");
        Sweep.load(file).run(Sweep.Options.threads(1).withCharts(false), full);
        Path killed = tmp.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "org.kempelen.cli.KempelenCommand",
                "sweep", file.toString(), "--out", killed.toString(), "--threads", "1", "--quiet", "--no-charts")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path journal = killed.resolve(".sweep-journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()
                && (!Files.exists(journal) || Files.readAllLines(journal).size() < 6)) {
            Thread.sleep(10);
        }
        assertTrue(p.isAlive(), "the sweep was still running when killed: " + Files.readString(tmp.resolve("child.log")));
        p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, files cut wherever the writing was
        assertTrue(Files.exists(DirectoryLock.lockFile(killed)), "the killed sweep left its lock file (the OS dropped the lock)");
        int before = Files.readAllLines(journal).size() - 3; // header, build stamp, the empty files
        assertTrue(before >= 3 && before < 9, "killed after " + before + " runs");
        assertThrows(SweepException.class, () -> Sweep.load(file).run(Sweep.Options.threads(1), killed), "no silent restart without --resume");
        SweepResult r = Sweep.load(file).run(Sweep.Options.threads(2).withResume(true).withCharts(false), killed);
        assertEquals(9 - before, r.ranNow(), "only the unfinished runs ran again");
        assertFalse(Files.exists(DirectoryLock.lockFile(killed)), "the stale lock file did not stop the resumed sweep, which removed it");
        assertSameSweep(full, killed);
    }

    @Test
    void aFailingPointIsRecordedAndTheOthersRun() throws Exception {
        Path file = sweepFile("""
                replications: 2
                parameters:
                  workers.loginProbability: [0.5, 0.7]
                  workers.loginPressureBoost: [0.2, 0.45]
                set: { population: 200, days: 8, warmupDays: 2 }
                """);
        Sweep sweep = Sweep.load(file);
        Path out = tmp.resolve("out");
        SweepResult r = sweep.run(Sweep.Options.threads(2).withCharts(false), out);
        assertEquals(2, r.failed(), "0.7 + 0.45 > 1 is invalid, twice");
        var runs = RunReader.csv(out.resolve("runs.csv"), "status", "error");
        long invalid = runs.rows().stream().filter(row -> "invalid".equals(row[runs.columnIndex("status")])).count();
        assertEquals(2, invalid);
        assertTrue(runs.rows().stream().anyMatch(row -> row[runs.columnIndex("error")].toString().contains("must be at most 1")));
        assertEquals(6, runs.rows().stream().filter(row -> "ok".equals(row[runs.columnIndex("status")])).count());
        // A run that throws is recorded as failed, with its error, and does not stop the sweep.
        Path crashing = tmp.resolve("crashing");
        SweepResult c = new SweepRunner(Sweep.load(sweepFile(MINIMAL)), Sweep.Options.threads(2).withCharts(false), crashing, s -> {
            if (s.platform().commission() == 0.2) throw new IllegalStateException("boom");
            return Simulation.run(s);
        }).run();
        assertEquals(3, c.failed());
        assertTrue(Files.readString(crashing.resolve("runs.csv")).contains("failed,java.lang.IllegalStateException: boom"));
    }

    @Test
    void invalidSweepFilesAreRefusedBeforeAnyRun() throws Exception {
        assertTrue(message("replicatons: 3\nparameters: {platform.commission: [0.1]}\n").contains("unknown key 'replicatons' (did you mean 'replications'?)"));
        assertTrue(message("parameters: {platform.commission: [0.1, 1.5]}\n").contains(
                "parameters.platform.commission: the value 1.5 is refused by the scenario: found 1.5, allowed a number >= 0 and < 1"));
        assertTrue(message("parameters: {platform.comission: [0.1]}\n").contains("did you mean 'commission'?"));
        assertTrue(message("design: {type: sobolx}\nparameters: {platform.commission: [0.1]}\n").contains("unknown design 'sobolx' (did you mean 'sobol'?)"));
        assertTrue(message("parameters: {}\n").contains("no parameters to vary"));
        assertTrue(message("parameters: {platform.commission: {min: 0.3, max: 0.1}}\n").contains("min 0.3 is above max 0.1"));
        assertTrue(message("metrics: [wages.nothing]\nparameters: {platform.commission: [0.1]}\n").contains("metric 'wages.nothing' matches no metric"));
    }

    private String message(String body) throws Exception {
        Path f = sweepFile(body);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.load(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aSobolSweepWritesSensitivityIndices() throws Exception {
        Sweep sweep = Sweep.load(sweepFile("""
                design: {type: sobol, samples: 4, bootstrap: 50}
                parameters:
                  platform.commission: {min: 0.1, max: 0.3}
                  categories.FACE_PHOTO.medianWta: {min: 2, max: 8}
                metrics: [wages.unpaid_time_share]
                set: { population: 150, days: 6, warmupDays: 2 }
                """));
        assertEquals(4 * (2 + 2), sweep.runs().size());
        Path out = tmp.resolve("sobol");
        sweep.run(Sweep.Options.threads(2), out);
        var s = RunReader.csv(out.resolve("sensitivity.csv"), "metric", "factor", "method", "index", "value", "ci_low", "ci_high");
        assertEquals(4, s.rows().size(), "S1 and ST for two factors");
        assertTrue(Files.exists(out.resolve("charts/sensitivity_wages_unpaid_time_share.svg")));
    }

    /** The same sweep results, apart from run wall times and the manifest's timings. */
    static void assertSameSweep(Path a, Path b) throws Exception {
        for (String f : List.of("metrics_long.csv", "aggregate.csv")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
        assertEquals(withoutWallTimes(a.resolve("runs.csv")), withoutWallTimes(b.resolve("runs.csv")), "runs.csv");
        assertEquals(Files.exists(a.resolve("sensitivity.csv")), Files.exists(b.resolve("sensitivity.csv")));
        if (Files.exists(a.resolve("sensitivity.csv"))) {
            assertEquals(Files.readString(a.resolve("sensitivity.csv")), Files.readString(b.resolve("sensitivity.csv")), "sensitivity.csv");
        }
    }

    private static List<String> withoutWallTimes(Path runs) throws Exception {
        List<String> lines = Files.readAllLines(runs);
        int col = RunReader.split(lines.get(0)).indexOf("wall_seconds");
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            List<String> cells = new ArrayList<>(RunReader.split(l));
            cells.set(col, "");
            out.add(String.join(",", cells));
        }
        return out;
    }
}
