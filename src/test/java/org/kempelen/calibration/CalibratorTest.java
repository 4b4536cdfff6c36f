package org.kempelen.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.BuildInfo;

/** The calibration loop on cheap deterministic functions in place of the model: optimum, resume (not across builds unless allowed), threads. */
class CalibratorTest {
    @TempDir
    Path tmp;

    /** Two parameters whose moments are the parameters themselves plus seed noise, so the optimum is known: (3, 70). */
    private static final Calibrator.Simulator KNOWN = (v, seed) -> new double[] {v[0] + 0.01 * (seed % 3 - 1), v[1]};

    private CalibrationSpec spec(OptimiserSettings.Method method, int evaluations) {
        List<Target> targets = List.of(MomentDistanceTest.target("a", 3, 2.5, 3.5), MomentDistanceTest.target("b", 70, 60, 80));
        List<FitParameter> parameters = List.of(new FitParameter("x", 0, 10), new FitParameter("y", 0, 100));
        return new CalibrationSpec("test", tmp.resolve("cal.yaml"), "fingerprint", tmp.resolve("base.yaml"), List.of("days=5"), parameters,
                new double[] {0.8, 0.2}, targets, new long[] {1, 2, 3}, new OptimiserSettings(method, evaluations, 0.3, 6, 7));
    }

    private Calibrator.Result calibrate(CalibrationSpec s, Calibrator.Simulator sim, String out, int threads, boolean resume) throws Exception {
        return Calibrator.calibrate(s, sim, tmp.resolve(out), threads, resume, false, true, new PrintWriter(new StringWriter()));
    }

    @Test
    void cmaesFindsTheKnownOptimumThroughTheLoop() throws Exception {
        Calibrator.Result r = calibrate(spec(OptimiserSettings.Method.cmaes, 300), KNOWN, "cmaes", 2, false);
        assertEquals(3, r.best().values()[0], 0.05);
        assertEquals(70, r.best().values()[1], 0.5);
        assertTrue(r.bestObjective() < 0.01, "objective " + r.bestObjective());
        assertEquals(r.evaluations().size() + 1, Files.readAllLines(tmp.resolve("cmaes/trace.csv")).size(), "a header and a row per evaluation");
        assertTrue(r.evaluations().size() <= 300);
        List<String> fit = Files.readAllLines(tmp.resolve("cmaes/fit.csv"));
        assertEquals("target,metric,value,low,high,n,mean,ci_low,ci_high,inside", fit.get(0));
        assertTrue(fit.get(1).startsWith("a,m.a,3,2.5,3.5,3,") && fit.get(1).endsWith(",true"), fit.get(1));
        String fitted = Files.readString(tmp.resolve("cmaes/fitted.yaml"));
        assertTrue(fitted.contains("\nextends: ../base.yaml\nname: test-fitted\n"), fitted);
        assertTrue(fitted.contains("\nx: " + CalibrationOutputs.exact(r.best().values()[0]) + "\n"), fitted);
    }

    @Test
    void bobyqaFindsItToo() throws Exception {
        Calibrator.Result r = calibrate(spec(OptimiserSettings.Method.bobyqa, 200), KNOWN, "bobyqa", 1, false);
        assertEquals(3, r.best().values()[0], 0.05);
        assertEquals(70, r.best().values()[1], 0.5);
    }

    @Test
    void everyPointIsSimulatedWithTheSameSeeds() throws Exception {
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        calibrate(spec(OptimiserSettings.Method.cmaes, 5), (v, seed) -> {
            seen.add(seed);
            return KNOWN.moments(v, seed);
        }, "crn", 3, false);
        assertEquals(15 + 2 * 2 * 3, seen.size(), "5 evaluations and the uncertainty step's 2 per parameter, 3 replications each");
        assertEquals(List.of(1L, 2L, 3L), seen.stream().distinct().sorted().toList());
    }

    @Test
    void aResumedCalibrationEndsWithTheFilesOfAnUninterruptedOne() throws Exception {
        CalibrationSpec s = spec(OptimiserSettings.Method.cmaes, 25);
        calibrate(s, KNOWN, "whole", 1, false);
        AtomicInteger calls = new AtomicInteger();
        // Stopped during evaluation 10 (its third replication fails), as a kill would stop it.
        Calibrator.Simulator dying = (v, seed) -> {
            if (calls.incrementAndGet() > 29) throw new IllegalStateException("killed");
            return KNOWN.moments(v, seed);
        };
        assertThrows(IllegalStateException.class, () -> calibrate(s, dying, "resumed", 1, false));
        assertEquals(10, Files.readAllLines(tmp.resolve("resumed/trace.csv")).size(), "header and nine evaluations");
        // A kill while a line is being written leaves a torn line: it must not be trusted.
        Files.writeString(tmp.resolve("resumed/.calibration-journal"), "10 3ff0000000000000 40", StandardOpenOption.APPEND);
        Files.writeString(tmp.resolve("resumed/trace.csv"), "10,1.5,", StandardOpenOption.APPEND);
        assertEquals(2, assertThrows(CalibrationException.class, () -> calibrate(s, KNOWN, "resumed", 1, false)).getMessage()
                .split("add --resume").length, "without --resume the directory is refused");
        AtomicInteger simulated = new AtomicInteger();
        calibrate(s, (v, seed) -> {
            simulated.incrementAndGet();
            return KNOWN.moments(v, seed);
        }, "resumed", 2, true);
        assertEquals((25 - 9) * 3 + 2 * 2 * 3, simulated.get(),
                "the nine evaluations in the trace are replayed, not simulated; the uncertainty step's 2 points per parameter are recomputed");
        for (String f : List.of("trace.csv", "fit.csv", "fitted.yaml", "parameters.csv", ".calibration-journal")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(f)), Files.readAllBytes(tmp.resolve("resumed").resolve(f)), f);
        }
    }

    @Test
    void aTraceFromAnotherCalibrationIsRefused() throws Exception {
        calibrate(spec(OptimiserSettings.Method.cmaes, 4), KNOWN, "a", 1, false);
        CalibrationSpec other = spec(OptimiserSettings.Method.cmaes, 4);
        other = new CalibrationSpec(other.name(), other.file(), "another fingerprint", other.scenario(), other.overrides(), other.parameters(),
                other.start(), other.targets(), other.seeds(), other.optimiser());
        CalibrationSpec o = other;
        String m = assertThrows(CalibrationException.class, () -> calibrate(o, KNOWN, "a", 1, true)).getMessage();
        assertTrue(m.contains("cannot resume") && m.contains("another calibration file"), m);
    }

    @Test
    void aResumeByAnotherBuildIsRefusedUnlessAllowedAndTheManifestListsTheBuilds() throws Exception {
        CalibrationSpec s = spec(OptimiserSettings.Method.cmaes, 10);
        Calibrator.Result whole = calibrate(s, KNOWN, "whole", 1, false);
        String id = BuildInfo.id();
        Path journal = tmp.resolve("whole/.calibration-journal");
        List<String> lines = Files.readAllLines(journal);
        assertEquals("build 0 " + id, lines.get(1), "the journal names the build after its header");
        JsonNode m = new ObjectMapper().readTree(tmp.resolve("whole/calibration.manifest.json").toFile());
        assertEquals(id, m.get("build").asText());
        assertEquals("[{\"build\":\"" + id + "\",\"evaluations\":" + whole.evaluations().size() + "}]", m.get("builds").toString());

        // Six evaluations by another build, as if it had been killed then.
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.write(other.resolve(".calibration-journal"), List.of(lines.get(0), "build 0 0.0.9 commit abcdefabcdef"));
        Files.write(other.resolve(".calibration-journal"), lines.subList(2, 8), StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(other.resolve(".calibration-journal"));
        String refused = assertThrows(CalibrationException.class, () -> calibrate(s, KNOWN, "other", 1, true)).getMessage();
        assertTrue(refused.startsWith("cannot resume " + other + ": it was made by build '0.0.9 commit abcdefabcdef', and this is build '" + id + "'"), refused);
        assertArrayEquals(before, Files.readAllBytes(other.resolve(".calibration-journal")), "the refused resume left the journal as it was");

        Calibrator.Result r = Calibrator.calibrate(s, KNOWN, other, 1, true, true, true, new PrintWriter(new StringWriter()));
        assertEquals(whole.evaluations().size(), r.evaluations().size());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/trace.csv")), Files.readAllBytes(other.resolve("trace.csv")));
        m = new ObjectMapper().readTree(other.resolve("calibration.manifest.json").toFile());
        assertEquals("[{\"build\":\"0.0.9 commit abcdefabcdef\",\"evaluations\":6},{\"build\":\"" + id + "\",\"evaluations\":"
                + (whole.evaluations().size() - 6) + "}]", m.get("builds").toString());

        // A journal from before build stamps: the build is unknown, refused the same way.
        Path old = Files.createDirectories(tmp.resolve("old"));
        Files.write(old.resolve(".calibration-journal"), lines.subList(0, 1));
        Files.write(old.resolve(".calibration-journal"), lines.subList(2, 5), StandardOpenOption.APPEND);
        String unknown = assertThrows(CalibrationException.class, () -> calibrate(s, KNOWN, "old", 1, true)).getMessage();
        assertTrue(unknown.startsWith("cannot resume " + old + ": its journal predates build stamps, so the build that made it is unknown"), unknown);
    }

    @Test
    void resultsDoNotDependOnThreads() throws Exception {
        CalibrationSpec s = spec(OptimiserSettings.Method.cmaes, 12);
        calibrate(s, KNOWN, "one", 1, false);
        calibrate(s, KNOWN, "three", 3, false);
        for (String f : List.of("trace.csv", "fit.csv", "fitted.yaml", "parameters.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("three").resolve(f)), f);
        }
    }
}
