package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep --engine spark as a user types it, and what it says when its master or Java's options are missing (no Spark at all: LauncherIT). */
class SparkCommandTest {
    @TempDir
    Path tmp;

    @Test
    void onSparkTheSameFilesAsOnThreads() throws Exception {
        Path f = SweepCommandTest.sweepFile(tmp, "replications: 2\nparameters: {platform.commission: [0.1, 0.3]}\n");
        Cli local = Cli.run("sweep", f.toString(), "--out", tmp.resolve("local").toString(), "--threads", "2", "--quiet");
        assertEquals(0, local.status(), local.err());
        Cli spark = Cli.run("sweep", f.toString(), "--engine", "spark", "--master", "local[2]", "--out", tmp.resolve("spark").toString(), "--quiet");
        assertEquals(0, spark.status(), spark.err());
        assertEquals(tmp.resolve("spark").toString(), spark.out().strip());
        List<String> files = new ArrayList<>(List.of("metrics_long.csv", "aggregate.csv"));
        try (var charts = Files.list(tmp.resolve("local/charts"))) {
            charts.map(c -> "charts/" + c.getFileName()).filter(c -> c.endsWith(".svg")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 2, "the charts are drawn");
        for (String file : files) {
            assertEquals(Files.readString(tmp.resolve("local").resolve(file)), Files.readString(tmp.resolve("spark").resolve(file)), file);
        }
    }

    @Test
    void optionsThatDoNotFitAreRefused() throws Exception {
        Path f = SweepCommandTest.sweepFile(tmp, "parameters: {platform.commission: [0.1]}\n");
        String out = tmp.resolve("out").toString();
        Cli noEngine = Cli.run("sweep", f.toString(), "--master", "local[2]", "--out", out);
        assertEquals(2, noEngine.status());
        assertTrue(noEngine.err().contains("--master is for --engine spark"), noEngine.err());
        Cli threads = Cli.run("sweep", f.toString(), "--engine", "spark", "--master", "local[2]", "--threads", "2", "--out", out);
        assertEquals(2, threads.status());
        assertTrue(threads.err().contains("--threads is for the local engine"), threads.err());
        Cli noMaster = Cli.run("sweep", f.toString(), "--engine", "spark", "--out", out);
        assertEquals(2, noMaster.status());
        assertTrue(noMaster.err().contains("--engine spark needs --master, e.g. --master 'local[*]'"), noMaster.err());
        Cli badMaster = Cli.run("sweep", f.toString(), "--engine", "spark", "--master", "nowhere", "--out", out);
        assertEquals(2, badMaster.status());
        assertTrue(badMaster.err().contains("cannot start Spark with master 'nowhere'"), badMaster.err());
        assertEquals(2, Cli.run("sweep", f.toString(), "--engine", "flink").status());
        assertTrue(Files.notExists(tmp.resolve("out")), "nothing was written");
    }

    @Test
    void withoutJavaModuleOptionsSparkIsNotStartedAndTheOptionsAreNamed() throws Exception {
        Path f = SweepCommandTest.sweepFile(tmp, "parameters: {platform.commission: [0.1]}\n");
        // A JVM of its own, started without the options (surefire's has them).
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "org.kempelen.cli.KempelenCommand", "sweep", f.toString(), "--engine", "spark", "--master", "local[1]", "--out",
                tmp.resolve("child").toString(), "--quiet").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(tmp.resolve("err.txt").toFile()).start();
        int status = p.waitFor();
        String err = Files.readString(tmp.resolve("err.txt"));
        assertEquals(2, status, err);
        assertTrue(err.startsWith("error: Spark needs Java 17's internals opened") && err.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), err);
        assertEquals(1, err.strip().lines().count(), err);
    }
}
