package org.kempelen.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.scenario.Location;

/**
 * The standard errors of fitted values on moments whose sandwich is known by hand: a moment
 * 2x (plus seed noise that common random numbers cancel in the differences) for one value target
 * of half-width H gives se = sqrt((H / 1.96)^2 + noise variance of the mean) / 2.
 */
class ParameterUncertaintyTest {
    @TempDir
    Path tmp;

    private static final long[] SEEDS = {1, 2, 3};
    /** Seed noise 0, +0.01, -0.01: sample variance 1e-4, variance of the mean over 3 replications 1e-4 / 3. */
    private static double noise(long seed) {
        return 0.01 * (seed % 3 - 1);
    }

    /** The moment is 2x plus noise; y changes nothing. */
    private static final Calibrator.Simulator TWO_X = (v, seed) -> new double[] {2 * v[0] + noise(seed)};

    private CalibrationSpec spec(List<Target> targets, List<FitParameter> parameters, int evaluations) {
        return new CalibrationSpec("test", tmp.resolve("cal.yaml"), "fingerprint", tmp.resolve("base.yaml"), List.of(), parameters,
                new double[] {0.5, 0.5}, targets, SEEDS, new OptimiserSettings(OptimiserSettings.Method.cmaes, evaluations, 0.3, 6, 7));
    }

    private static List<FitParameter> xy() {
        return List.of(new FitParameter("x", 0, 10), new FitParameter("y", 0, 100));
    }

    private static ParameterUncertainty.Estimates at(CalibrationSpec spec, Calibrator.Simulator sim, double... values) throws Exception {
        ParameterUncertainty.PointSimulator point = v -> {
            double[][] out = new double[SEEDS.length][];
            for (int r = 0; r < SEEDS.length; r++) out[r] = sim.moments(v, SEEDS[r]);
            return out;
        };
        return ParameterUncertainty.estimate(spec, new Evaluation(1, values, point.moments(values)), point, k -> { });
    }

    @Test
    void aParameterWithoutEffectIsNotIdentifiedAndTheOtherGetsTheKnownStandardError() throws Exception {
        CalibrationSpec s = spec(List.of(MomentDistanceTest.target("a", 3, 2.5, 3.5)), xy(), 30);
        Calibrator.Result r = Calibrator.calibrate(s, TWO_X, tmp.resolve("out"), 2, false, false, true, new PrintWriter(new StringWriter()));
        ParameterEstimate x = r.uncertainty().parameters().get(0);
        ParameterEstimate y = r.uncertainty().parameters().get(1);
        assertTrue(x.identified());
        assertEquals(Math.sqrt(Math.pow(0.5 / 1.96, 2) + 1e-4 / 3) / 2, x.se(), 1e-9);
        assertFalse(y.identified());
        assertTrue(Double.isNaN(y.se()));
        List<String> csv = Files.readAllLines(tmp.resolve("out/parameters.csv"));
        assertEquals("parameter,value,min,max,se,ci_low,ci_high,ci_within_bounds,identified", csv.get(0));
        assertTrue(csv.get(1).startsWith("x,") && csv.get(1).endsWith(",true,true"), csv.get(1));
        assertTrue(csv.get(2).matches("y,[^,]+,0,100,NA,NA,NA,NA,false"), csv.get(2));
        assertTrue(ParameterEstimate.table(r.uncertainty().parameters()).contains("y = " + org.kempelen.output.Fmt.number(y.value())
                + "  not identified by these targets"));
    }

    @Test
    void theStandardErrorShrinksWithTheTargetsInterval() throws Exception {
        List<FitParameter> one = List.of(new FitParameter("x", 0, 10));
        double wide = at(spec(List.of(MomentDistanceTest.target("a", 3, 2.5, 3.5)), one, 1), TWO_X, 1.5).parameters().get(0).se();
        double narrow = at(spec(List.of(MomentDistanceTest.target("a", 3, 2.9, 3.1)), one, 1), TWO_X, 1.5).parameters().get(0).se();
        assertEquals(Math.sqrt(Math.pow(0.1 / 1.96, 2) + 1e-4 / 3) / 2, narrow, 1e-9);
        assertTrue(narrow < wide / 4, wide + " then " + narrow);
    }

    @Test
    void twoParametersMovingOneTargetAlikeAreNeitherIdentified() throws Exception {
        // x over its range of 10 and y over its range of 100 move the target alike: only their sum is pinned down.
        Calibrator.Simulator both = (v, seed) -> new double[] {v[0] / 10 + v[1] / 100};
        var e = at(spec(List.of(MomentDistanceTest.target("a", 1, 0.5, 1.5)), xy(), 1), both, 5, 50);
        assertEquals(List.of(false, false), e.parameters().stream().map(ParameterEstimate::identified).toList());
    }

    @Test
    void withMoreParametersThanTargetsThoseTheTargetsCannotTellApartAreNamedAndTheRestKeepTheirErrors() {
        // Two targets, three parameters: x moves target a alone, y and z move target b alike (z with a trace on a).
        double[][] g = {{1, 0, 0.05}, {0, 1, 1}};
        boolean[] identified = Sandwich.identified(g, new double[] {1, 1}, new double[] {1, 1, 1});
        assertTrue(identified[0], "x moves a target of its own");
        assertFalse(identified[1] || identified[2], "y and z move b only together");
    }

    @Test
    void aBoundEntersOnlyWhenActiveWithItsScaleAsItsUncertainty() throws Exception {
        Target bound = Target.bound("b", "m.b", true, 100, 1, "", "test", List.of("p"), Location.of("test"));
        Calibrator.Simulator yy = (v, seed) -> new double[] {v[0]};
        List<FitParameter> one = List.of(new FitParameter("y", 0, 200));
        var slack = at(spec(List.of(bound), one, 1), yy, 50);
        assertEquals(List.of(), slack.used(), "met by 50 scales: slack, left out");
        assertFalse(slack.parameters().get(0).identified());
        var binding = at(spec(List.of(bound), one, 1), yy, 99.5);
        assertEquals(List.of("b"), binding.used());
        // G = 1, W = 1 / scale^2, Sigma = scale^2: se = scale.
        assertEquals(1, binding.parameters().get(0).se(), 1e-9);
        assertTrue(binding.parameters().get(0).withinBounds());
    }
}
