package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.DirectoryLock;

/** Every command that writes an output directory refuses one another writer holds (exit 2), and writes nothing there. */
class OutputLockTest {
    @TempDir
    Path tmp;

    private Path sweep(String body) throws Exception {
        return SweepCommandTest.sweepFile(tmp, body);
    }

    private static void refused(Cli r, Path dir) {
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("kempelen process is writing " + dir + " (pid " + ProcessHandle.current().pid() + ", started "), r.err());
    }

    @Test
    void aSecondSweepOnADirectoryAnotherProcessIsWritingIsRefused() throws Exception {
        Path f = sweep("replications: 200\nparameters: {platform.commission: [0.1, 0.2]}\n");
        Path out = tmp.resolve("out");
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", KempelenCommand.class.getName(),
                "sweep", f.toString(), "--out", out.toString(), "--threads", "1", "--quiet", "--no-charts")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            Path journal = out.resolve(".sweep-journal");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && first.isAlive() && (!Files.exists(journal) || Files.readAllLines(journal).size() < 3)) {
                Thread.sleep(10);
            }
            assertTrue(first.isAlive(), "the first sweep is running: " + Files.readString(tmp.resolve("child.log")));
            Cli second = Cli.run("sweep", f.toString(), "--out", out.toString(), "--resume", "--quiet");
            assertEquals(2, second.status(), second.err());
            assertTrue(second.err().contains("error: another kempelen process is writing " + out + " (pid " + first.pid() + ", started ")
                    && second.err().contains("wait for it to finish or choose another --out"), second.err());
            assertTrue(first.isAlive(), "the first sweep was still running when the second was refused");
        } finally {
            first.destroyForcibly().waitFor();
        }
    }

    @Test
    void runSweepMergeAndCalibrateAreRefusedWhileTheirOutputIsLocked() throws Exception {
        Path run = tmp.resolve("run");
        try (DirectoryLock lock = DirectoryLock.acquire(run)) {
            refused(Cli.run("run", "scenarios/baseline.yaml", "--out", run.toString(), "--set", "population=100", "--set", "days=3",
                    "--quiet", "--no-charts"), run);
        }
        assertFalse(Files.exists(run), "nothing was written");

        Path f = sweep("parameters: {platform.commission: [0.1, 0.2]}\n");
        Path shard = tmp.resolve("shard");
        assertEquals(0, Cli.run("sweep", f.toString(), "--shard", "0/1", "--out", shard.toString(), "--quiet", "--no-charts").status());
        Path sweepOut = tmp.resolve("sweep");
        Path merged = tmp.resolve("merged");
        try (DirectoryLock a = DirectoryLock.acquire(sweepOut); DirectoryLock b = DirectoryLock.acquire(merged)) {
            refused(Cli.run("sweep", f.toString(), "--out", sweepOut.toString(), "--quiet"), sweepOut);
            refused(Cli.run("merge", shard.toString(), "--out", merged.toString()), merged);
        }
        assertFalse(Files.exists(sweepOut) || Files.exists(merged), "nothing was written");
        try (DirectoryLock s = DirectoryLock.acquire(shard)) {
            Cli r = Cli.run("merge", shard.toString(), "--out", merged.toString());
            refused(r, shard);
            assertTrue(r.err().contains("wait for it to finish or merge when it is done"), r.err());
        }
        assertEquals(0, Cli.run("merge", shard.toString(), "--out", merged.toString()).status(), "unlocked, the merge runs");

        Path calibration = tmp.resolve("calibration");
        Files.writeString(tmp.resolve("fit.yaml"), "name: tiny\nscenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "targetsFile: " + Path.of("calibration/targets.yaml").toAbsolutePath() + "\n"
                + "set: {population: 100, days: 5, warmupDays: 2, burnInDays: 2}\n"
                + "parameters:\n  workers.loginProbability: {min: 0.2, max: 0.5}\n"
                + "replications: 1\noptimiser: {maxEvaluations: 2, populationSize: 2, seed: 3}\n");
        try (DirectoryLock lock = DirectoryLock.acquire(calibration)) {
            refused(Cli.run("calibrate", tmp.resolve("fit.yaml").toString(), "--out", calibration.toString()), calibration);
        }
        assertFalse(Files.exists(calibration), "nothing was written");
    }
}
