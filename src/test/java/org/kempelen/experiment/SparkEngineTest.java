package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.RunReader;
import org.kempelen.spark.SparkContexts;
import org.kempelen.spark.SparkSweepEngine;

/**
 * The Spark engine gives the local engine's files; a run that throws is recorded; a task attempt
 * that dies is retried by Spark and still gives one row. One Spark context for all (it takes
 * seconds to start): local[2,2] is two task threads and two attempts per task.
 */
class SparkEngineTest {
    private static JavaSparkContext spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() throws Exception {
        // Three runs per Spark job: a sweep here is several jobs, as on a cluster.
        System.setProperty(SparkSweepEngine.RUNS_PER_JOB, "3");
        spark = SparkContexts.open("local[2,2]", "kempelen tests");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
        System.clearProperty(SparkSweepEngine.RUNS_PER_JOB);
    }

    private Path sweepFile(String body) throws Exception {
        return SweepTest.sweepFile(tmp, body);
    }

    private Sweep.Options onSpark() {
        return Sweep.Options.threads(1).withCharts(false).withEngine(new SparkSweepEngine(spark));
    }

    @Test
    void theSameFilesAsTheLocalEngine() throws Exception {
        Sweep sweep = Sweep.load(sweepFile("""
                seed: 5
                replications: 2
                design: {type: sobol, samples: 2, bootstrap: 20}
                parameters:
                  platform.commission: {min: 0.1, max: 0.3}
                  categories.FACE_PHOTO.medianWta: {min: 2, max: 8}
                set: { population: 150, days: 6, warmupDays: 2 }
                """));
        Path local = tmp.resolve("local");
        Path onSpark = tmp.resolve("spark");
        sweep.run(Sweep.Options.threads(2).withCharts(false).withKeepRuns(true), local);
        SweepResult r = sweep.run(onSpark().withKeepRuns(true), onSpark);
        assertEquals(16, r.runs());
        assertTrue(Files.exists(onSpark.resolve("sensitivity.csv")));
        SweepTest.assertSameSweep(local, onSpark);
        // Kept runs: written by the driver from the tables the executors returned, the same as the local engine's.
        for (RunSpec run : sweep.runs()) {
            Path dir = Path.of("runs", String.format("p%05d-r%03d", run.point(), run.replication()));
            for (String f : List.of("summary.json", "by_country.csv", "timeseries.csv", "scenario.resolved.yaml")) {
                assertEquals(Files.readString(local.resolve(dir).resolve(f)), Files.readString(onSpark.resolve(dir).resolve(f)), dir + "/" + f);
            }
        }
        assertTrue(Files.readString(onSpark.resolve(SweepFiles.MANIFEST)).contains("\"engine\" : \"spark local[2,2]\""));
    }

    @Test
    void aRunThatThrowsIsRecordedWithItsError() throws Exception {
        Sweep sweep = Sweep.load(sweepFile(SweepTest.MINIMAL));
        List<int[]> seen = new ArrayList<>();
        SweepProgress progress = (done, failed, total, rate) -> seen.add(new int[] {done, failed, total});
        SweepResult r = new SweepRunner(sweep, onSpark().withProgress(progress), tmp.resolve("out"), s -> {
            if (s.platform().commission() == 0.2) throw new IllegalStateException("boom");
            return Simulation.run(s);
        }).run();
        assertEquals(3, r.failed());
        var runs = RunReader.csv(tmp.resolve("out/runs.csv"), "run", "status", "error");
        assertEquals(9, runs.rows().size());
        int run = runs.columnIndex("run");
        int status = runs.columnIndex("status");
        int error = runs.columnIndex("error");
        for (Object[] row : runs.rows()) {
            boolean middle = ((Number) row[run]).intValue() / 3 == 1;
            assertEquals(middle ? "failed" : "ok", row[status]);
            assertEquals(middle ? "java.lang.IllegalStateException: boom" : "", row[error]);
        }
        // Progress on the driver: each run once, failures counted, ending at 9 done and 3 failed.
        assertEquals(List.of(9, 3, 9), List.of(seen.get(seen.size() - 1)[0], seen.get(seen.size() - 1)[1], seen.get(seen.size() - 1)[2]));
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i)[0] > seen.get(i - 1)[0], "done only grows");
    }

    @Test
    void aLostTaskIsRetriedAndGivesOneRow() throws Exception {
        Sweep sweep = Sweep.load(sweepFile(SweepTest.MINIMAL));
        Path local = tmp.resolve("local");
        sweep.run(Sweep.Options.threads(2).withCharts(false), local);
        long victim = sweep.runs().get(4).seed();
        Path retried = tmp.resolve("retried");
        // The first attempt of run 4 dies outside the recorded path (an Error, as when an executor is lost); Spark runs it again.
        SweepResult r = new SweepRunner(sweep, onSpark(), retried, s -> {
            if (s.seed() == victim && TaskContext.get().attemptNumber() == 0) throw new Error("executor lost");
            return Simulation.run(s);
        }).run();
        assertEquals(0, r.failed());
        List<String> lines = Files.readAllLines(retried.resolve("runs.csv"));
        assertEquals(10, lines.size(), "a header and one row per run");
        assertEquals(Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8"),
                Set.copyOf(lines.subList(1, 10).stream().map(l -> l.substring(0, l.indexOf(','))).toList()));
        SweepTest.assertSameSweep(local, retried);
    }

    @Test
    void aRunThatCannotBeCompletedEndsTheSweepResumably() throws Exception {
        Sweep sweep = Sweep.load(sweepFile(SweepTest.MINIMAL));
        long victim = sweep.runs().get(7).seed();
        Path out = tmp.resolve("out");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(RunsLostException.class, () -> new SweepRunner(sweep, onSpark(), out, s -> {
            if (s.seed() == victim) throw new Error("executor lost for good");
            return Simulation.run(s);
        }).run());
        assertTrue(e.getMessage().contains("Spark could not complete runs 6 to 8") && e.getMessage().contains("--resume"), e.getMessage());
        assertEquals(7, Files.readAllLines(out.resolve("runs.csv")).size(), "the two jobs before it are written");
        SweepResult resumed = sweep.run(onSpark().withResume(true), out);
        assertEquals(3, resumed.ranNow());
        Path local = tmp.resolve("local");
        sweep.run(Sweep.Options.threads(2).withCharts(false), local);
        SweepTest.assertSameSweep(local, out);
    }

    @Test
    void aShardOnSparkIsTheShardOnThreads() throws Exception {
        Sweep sweep = Sweep.load(sweepFile(SweepTest.MINIMAL));
        Path local = tmp.resolve("local");
        Path onSpark = tmp.resolve("spark");
        sweep.run(Sweep.Options.threads(2).withCharts(false).withShard(1, 2), local);
        SweepResult r = sweep.run(onSpark().withShard(1, 2), onSpark);
        assertEquals(4, r.runs());
        SweepTest.assertSameSweep(local, onSpark);
    }
}
