package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.scenario.InputLimits;

/** Oversized scenario, sweep, calibration and targets files, and unsafe names, are refused by every command that reads them (exit 2). */
class InputBoundsTest {
    @TempDir
    Path tmp;

    private static final String SCENARIO = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();

    /** A file of valid YAML just over the size limit: {@code body} and a long comment. */
    private Path oversized(String name, String body) throws Exception {
        return Files.writeString(tmp.resolve(name), body + "# " + "-".repeat(InputLimits.MAX_FILE_BYTES) + "\n");
    }

    private static void refused(Cli r, String message) {
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void everyKindOfFileIsRefusedOverTheSizeLimit() throws Exception {
        String tooLarge = ": the file is too large (";
        Path scenario = oversized("scenario.yaml", "name: big\n");
        refused(Cli.run("check", scenario.toString()), scenario + tooLarge);
        Path sweep = oversized("sweep.yaml", "scenario: " + SCENARIO + "\nparameters: {platform.commission: [0.1]}\n");
        refused(Cli.run("sweep", sweep.toString(), "--dry-run"), sweep + tooLarge);
        Path targets = oversized("targets.yaml", "targets: {}\n");
        refused(Cli.run("validate", "scenarios/baseline.yaml", "--targets", targets.toString()), targets + tooLarge);
        Path calibration = oversized("calibration.yaml", "scenario: " + SCENARIO + "\n");
        refused(Cli.run("calibrate", calibration.toString(), "--out", tmp.resolve("never").toString()), calibration + tooLarge);
        assertTrue(!Files.exists(tmp.resolve("never")));
    }

    @Test
    void sweepAndCalibrationNamesAreSafeDirectoryNamesAndSweepLevelsAreBounded() throws Exception {
        Path sweep = Files.writeString(tmp.resolve("s.yaml"), "name: ../../tmp/x\nscenario: " + SCENARIO
                + "\nparameters: {platform.commission: [0.1]}\n");
        refused(Cli.run("sweep", sweep.toString(), "--dry-run"), sweep + ":1:7: name: '../../tmp/x' is not a safe directory name; allowed a name of at most 64");
        String levels = "[" + String.join(", ", java.util.Collections.nCopies(1001, "0.1")) + "]";
        Files.writeString(sweep, "scenario: " + SCENARIO + "\nparameters:\n  platform.commission: " + levels + "\n");
        refused(Cli.run("sweep", sweep.toString(), "--dry-run"),
                sweep + ":3:24: parameters.platform.commission: a list of 1001 items; lists hold at most 1000 items");
        Path calibration = Files.writeString(tmp.resolve("c.yaml"), "name: " + "c".repeat(58) + "\nscenario: " + SCENARIO
                + "\nparameters: {workers.loginProbability: {min: 0.2, max: 0.5}}\n");
        refused(Cli.run("calibrate", calibration.toString(), "--out", tmp.resolve("never").toString()),
                calibration + ":1:7: name: a name of 58 characters ('" + "c".repeat(40) + "...'); allowed a name of at most 57 characters");
    }
}
