package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.BuildInfo;

/** sweep and merge as a user types them. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    /** A sweep file s.yaml in {@code dir} over tiny runs of the baseline, with {@code body} added. */
    static Path sweepFile(Path dir, String body) throws Exception {
        return Files.writeString(dir.resolve("s.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "set: {population: 150, days: 6, warmupDays: 2}\n" + body);
    }

    private Path sweep(String body) throws Exception {
        return sweepFile(tmp, body);
    }

    @Test
    void dryRunPrintsTheDesignAndRunsNothing() throws Exception {
        Path f = sweep("replications: 2\nparameters: {platform.commission: [0.1, 0.3]}\nout: " + tmp.resolve("never") + "\n");
        Cli r = Cli.run("sweep", f.toString(), "--dry-run");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("run,point,replication,seed,platform.commission\n"), r.out());
        assertEquals(5, r.out().lines().count());
        assertTrue(r.err().contains("grid design: 2 points x 2 replications = 4 runs"));
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void failedRunsGiveExitStatusThree() throws Exception {
        Path f = sweep("parameters:\n  workers.loginProbability: [0.5, 0.7]\n  workers.loginPressureBoost: [0.45]\n");
        Cli r = Cli.run("sweep", f.toString(), "--out", tmp.resolve("out").toString(), "--threads", "2", "--quiet", "--no-charts");
        assertEquals(3, r.status(), r.err());
        assertEquals(tmp.resolve("out").toString(), r.out().strip());
    }

    @Test
    void shardsAndMergeFromTheCommandLine() throws Exception {
        Path f = sweep("parameters: {platform.commission: [0.1, 0.2, 0.3]}\n");
        for (int i = 0; i < 2; i++) {
            Cli r = Cli.run("sweep", f.toString(), "--shard", i + "/2", "--out", tmp.resolve("s" + i).toString(), "--quiet");
            assertEquals(0, r.status(), r.err());
        }
        Cli m = Cli.run("merge", tmp.resolve("s0").toString(), tmp.resolve("s1").toString(), "--out", tmp.resolve("all").toString());
        assertEquals(0, m.status(), m.err());
        assertEquals(4, Files.readAllLines(tmp.resolve("all/runs.csv")).size(), "header + 3 runs");
        assertTrue(Files.exists(tmp.resolve("all/charts")), "the merged sweep draws its charts");
        assertEquals(2, Cli.run("merge", tmp.resolve("s0").toString(), tmp.resolve("s0").toString(), "--out", tmp.resolve("x").toString()).status());
        assertEquals(2, Cli.run("sweep", f.toString(), "--shard", "2/2").status());
        assertEquals(2, Cli.run("sweep", f.toString(), "--out", tmp.resolve("s0").toString(), "--quiet").status(),
                "an existing sweep directory is not overwritten without --resume");
    }

    @Test
    void aResumeOrMergeByAnotherBuildExitsTwoNamingBothUnlessAllowed() throws Exception {
        Path f = sweep("parameters: {platform.commission: [0.1, 0.2, 0.3]}\n");
        String other = "0.0.9 commit abcdefabcdef";
        for (int i = 0; i < 2; i++) {
            assertEquals(0, Cli.run("sweep", f.toString(), "--shard", i + "/2", "--out", tmp.resolve("s" + i).toString(), "--quiet", "--no-charts").status());
        }
        Path journal = tmp.resolve("s1/.sweep-journal");
        Files.writeString(journal, Files.readString(journal).replace("build 0 " + BuildInfo.id() + "\n", "build 0 " + other + "\n"));
        Cli refused = Cli.run("sweep", f.toString(), "--shard", "1/2", "--out", tmp.resolve("s1").toString(), "--resume", "--quiet");
        assertEquals(2, refused.status(), refused.err());
        assertTrue(refused.err().startsWith("error: cannot resume " + tmp.resolve("s1") + ": it was made by build '" + other + "', and this is build '"
                + BuildInfo.id() + "'"), refused.err());
        Cli alone = Cli.run("sweep", f.toString(), "--out", tmp.resolve("s1").toString(), "--allow-build-change", "--quiet");
        assertEquals(2, alone.status());
        assertTrue(alone.err().contains("--allow-build-change goes with --resume"), alone.err());
        Cli allowed = Cli.run("sweep", f.toString(), "--shard", "1/2", "--out", tmp.resolve("s1").toString(), "--resume", "--allow-build-change",
                "--quiet", "--no-charts");
        assertEquals(0, allowed.status(), allowed.err());
        assertTrue(Files.readString(tmp.resolve("s1/sweep.manifest.json")).contains("\"build\" : \"" + other + "\""));

        Cli merge = Cli.run("merge", tmp.resolve("s0").toString(), tmp.resolve("s1").toString(), "--out", tmp.resolve("all").toString(), "--no-charts");
        assertEquals(2, merge.status(), merge.err());
        assertTrue(merge.err().startsWith("error: cannot merge " + tmp.resolve("s1") + ": it was run by build '" + other + "'"), merge.err());
        assertFalse(Files.exists(tmp.resolve("all")));
        Cli merged = Cli.run("merge", tmp.resolve("s0").toString(), tmp.resolve("s1").toString(), "--out", tmp.resolve("all").toString(),
                "--no-charts", "--allow-build-change");
        assertEquals(0, merged.status(), merged.err());
    }

    @Test
    void aBadSweepFileExitsTwo() throws Exception {
        Path f = sweep("parameters: {platform.commission: [2]}\n");
        Cli r = Cli.run("sweep", f.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("the value 2 is refused by the scenario"), r.err());
    }

    @Test
    void anOutputUrlIsRefused() throws Exception {
        Path f = sweep("parameters: {platform.commission: [0.1]}\n");
        Cli r = Cli.run("sweep", f.toString(), "--out", "s3a://bucket/sweeps/x", "--quiet");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("is a URL; a sweep writes to a path of the machine that runs it"), r.err());
        assertFalse(Files.exists(Path.of("s3a:")), "no local directory named after the scheme");
    }
}
