package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.BuildInfo;

/** calibrate on the model, end to end, with a handful of evaluations of tiny runs. */
class CalibrateCommandTest {
    @TempDir
    Path tmp;

    private Path calibration(String extra) throws Exception {
        Files.writeString(tmp.resolve("targets.yaml"), "targets:\n"
                + "  unpaid: {metric: wages.unpaid_time_share, value: 0.29, interval: [0.25, 0.33], source: test, presets: [baseline]}\n"
                + "  half_life: {metric: workforce.observed_half_life_days, value: 456.5, interval: [365, 548], source: test, presets: [baseline]}\n");
        return Files.writeString(tmp.resolve("fit.yaml"), "name: tiny\nscenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "targetsFile: targets.yaml\nset: {population: 1000, days: 20, warmupDays: 2, burnInDays: 10}\n"
                + "parameters:\n  workers.halfLifeDays: {min: 200, max: 900}\n  workers.loginProbability: {min: 0.2, max: 0.5}\n"
                + "replications: 2\noptimiser: {maxEvaluations: 6, populationSize: 3, seed: 3}\n" + extra);
    }

    @Test
    void calibratesTheModelAndWritesItsFilesTheSameOnAnyNumberOfThreads() throws Exception {
        Path f = calibration("");
        Cli one = Cli.run("calibrate", f.toString(), "--out", tmp.resolve("one").toString(), "--threads", "1");
        assertEquals(0, one.status(), one.err());
        assertEquals(6, one.err().lines().filter(l -> l.startsWith("evaluation ")).count(), one.err());
        assertTrue(one.out().startsWith("tiny: best objective "), one.out());
        assertEquals(7, Files.readAllLines(tmp.resolve("one/trace.csv")).size());
        assertEquals("evaluation,workers.halfLifeDays,workers.loginProbability,unpaid,half_life,objective",
                Files.readAllLines(tmp.resolve("one/trace.csv")).get(0));
        assertEquals(3, Files.readAllLines(tmp.resolve("one/fit.csv")).size());
        String fitted = Files.readString(tmp.resolve("one/fitted.yaml"));
        assertTrue(fitted.contains("extends: ") && fitted.contains("scenarios/baseline.yaml\nname: tiny-fitted\n")
                && fitted.contains("\nworkers:\n  halfLifeDays: "), fitted);

        Cli two = Cli.run("calibrate", f.toString(), "--out", tmp.resolve("two").toString(), "--threads", "2");
        assertEquals(0, two.status(), two.err());
        for (String file : List.of("trace.csv", "fit.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(file)), Files.readAllBytes(tmp.resolve("two").resolve(file)), file);
        }
        Cli again = Cli.run("calibrate", f.toString(), "--out", tmp.resolve("one").toString());
        assertEquals(2, again.status(), "an existing calibration is not overwritten without --resume");
        Cli resumed = Cli.run("calibrate", f.toString(), "--out", tmp.resolve("two").toString(), "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertEquals(6, resumed.err().lines().filter(l -> l.contains("(from trace)")).count(), "a finished calibration is replayed whole");
    }

    @Test
    void aResumeByAnotherBuildExitsTwoNamingBothBuilds() throws Exception {
        Path f = calibration("").resolveSibling("fit.yaml");
        Files.writeString(f, Files.readString(f).replace("maxEvaluations: 6", "maxEvaluations: 2"));
        Path out = tmp.resolve("b");
        assertEquals(0, Cli.run("calibrate", f.toString(), "--out", out.toString(), "--threads", "2", "--no-uncertainty").status());
        Path journal = out.resolve(".calibration-journal");
        Files.writeString(journal, Files.readString(journal).replace("build 0 " + BuildInfo.id() + "\n", "build 0 0.0.9 commit abcdefabcdef\n"));
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString(), "--resume", "--no-uncertainty");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("error: cannot resume " + out + ": it was made by build '0.0.9 commit abcdefabcdef', and this is build '"
                + BuildInfo.id() + "'") && r.err().contains("add --allow-build-change"), r.err());
        assertEquals(2, Cli.run("calibrate", f.toString(), "--out", out.toString(), "--allow-build-change").status(), "the flag goes with --resume");
        Cli allowed = Cli.run("calibrate", f.toString(), "--out", out.toString(), "--resume", "--allow-build-change", "--no-uncertainty");
        assertEquals(0, allowed.status(), allowed.err());
        assertTrue(Files.readString(out.resolve("calibration.manifest.json")).contains("\"build\" : \"0.0.9 commit abcdefabcdef\""));
    }

    @Test
    void aBadCalibrationFileIsRefusedWithItsPlaces() throws Exception {
        Path f = Files.writeString(tmp.resolve("bad.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "parameters:\n  workers.halfLifeDay: {min: 1, max: 2}\n  workers.loginProbability: {min: 0.2, max: 2}\n"
                + "  platform.commissionMode: {min: 0, max: 1}\n  days: {min: 10, max: 20}\n"
                + "targets: [unpaid_time_shar]\noptimiser: {method: bobyqa, sigma: 0.7}\n");
        Cli r = Cli.run("calibrate", f.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.status());
        String e = r.err();
        assertTrue(e.contains("bad.yaml:3:3: parameters.workers.halfLifeDay: 'workers.halfLifeDay' is not a scenario parameter"), e);
        assertTrue(e.contains("bad.yaml:4:45: parameters.workers.loginProbability: the bound 2.0 is refused by the scenario"), e);
        assertTrue(e.contains("bad.yaml:5:3: parameters.platform.commissionMode: 'platform.commissionMode' is a choice"), e);
        assertTrue(e.contains("bad.yaml:6:3: parameters.days: 'days' is of type integer; only parameters of type number can be fitted"), e);
        assertTrue(e.contains("bad.yaml:7:11: targets: no target 'unpaid_time_shar' in") && e.contains("(did you mean 'unpaid_time_share'?)"), e);
        assertTrue(e.contains("optimiser.sigma: found 0.7, allowed a number > 0 and <= 0.5"), e);
        assertTrue(!Files.exists(tmp.resolve("never")));
    }

    @Test
    void reportsHowSureEachFittedValueIsAndAParameterWithoutEffectAsNotIdentified() throws Exception {
        // With one platform, how multi-homers choose between platforms changes nothing: the runs are the same.
        Path f = calibration("").resolveSibling("fit.yaml");
        Files.writeString(f, Files.readString(f).replace("workers.loginProbability: {min: 0.2, max: 0.5}", "multiHoming.earningsSensitivity: {min: 0, max: 2}")
                .replace("maxEvaluations: 6", "maxEvaluations: 3"));
        Cli r = Cli.run("calibrate", f.toString(), "--out", tmp.resolve("u").toString(), "--threads", "2");
        assertEquals(0, r.status(), r.err());
        assertEquals(4, r.err().lines().filter(l -> l.startsWith("uncertainty ")).count(), r.err());
        List<String> csv = Files.readAllLines(tmp.resolve("u/parameters.csv"));
        assertEquals("parameter,value,min,max,se,ci_low,ci_high,ci_within_bounds,identified", csv.get(0));
        assertTrue(csv.get(1).startsWith("workers.halfLifeDays,") && csv.get(1).endsWith(",true") && !csv.get(1).contains(",NA,"), csv.get(1));
        assertTrue(csv.get(2).matches("multiHoming.earningsSensitivity,[^,]+,0,2,NA,NA,NA,NA,false"), csv.get(2));
        assertTrue(r.out().contains("multiHoming.earningsSensitivity = ") && r.out().contains("not identified by these targets"), r.out());

        Cli skipped = Cli.run("calibrate", f.toString(), "--out", tmp.resolve("u").toString(), "--resume", "--no-uncertainty");
        assertEquals(0, skipped.status(), skipped.err());
        assertEquals(0, skipped.err().lines().filter(l -> l.startsWith("uncertainty ")).count(), skipped.err());
        assertTrue(!Files.exists(tmp.resolve("u/parameters.csv")), "no parameters.csv of an earlier run is left behind");
    }
}
