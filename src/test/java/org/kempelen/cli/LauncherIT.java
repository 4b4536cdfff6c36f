package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.spark.SparkSweeps;

/**
 * The packaged application as a researcher starts it (after 'package', by failsafe): the launcher
 * runs a sweep on Spark on this machine, with Spark from the local Maven repository, and gives the
 * local engine's files; kempelen.jar alone, without Spark, says in one line how to get it.
 */
class LauncherIT {
    @TempDir
    Path tmp;

    private record Result(int status, String err) {}

    private Result start(String... command) throws Exception {
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        return new Result(p.waitFor(), Files.readString(err));
    }

    @Test
    void theLauncherRunsASweepOnSparkOnThisMachine() throws Exception {
        Path f = SweepCommandTest.sweepFile(tmp, "replications: 2\nparameters: {platform.commission: [0.1, 0.3]}\n");
        Result local = start("./kempelen", "sweep", f.toString(), "--out", tmp.resolve("local").toString(), "--threads", "2", "--no-charts");
        assertEquals(0, local.status(), local.err());
        Result spark = start("./kempelen", "sweep", f.toString(), "--engine", "spark", "--master", "local[*]", "--out",
                tmp.resolve("spark").toString(), "--no-charts");
        assertEquals(0, spark.status(), spark.err());
        assertEquals(List.of("s: 4 runs (4 now), 0 failed or invalid"), spark.err().lines().toList(), "Spark says nothing at level WARN here");
        for (String file : List.of("metrics_long.csv", "aggregate.csv")) {
            assertEquals(Files.readString(tmp.resolve("local").resolve(file)), Files.readString(tmp.resolve("spark").resolve(file)), file);
        }
    }

    @Test
    void theApplicationJarAloneSaysHowToGetSpark() throws Exception {
        Path f = SweepCommandTest.sweepFile(tmp, "parameters: {platform.commission: [0.1]}\n");
        Result r = start(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/kempelen.jar", "sweep", f.toString(),
                "--engine", "spark", "--master", "local[1]", "--out", tmp.resolve("out").toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("error: " + SparkSweeps.MISSING, r.err().strip());
        assertTrue(Files.notExists(tmp.resolve("out")));
    }
}
