package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate's exit statuses and tables on tiny runs, with targets made for the test. */
class ValidateCommandTest {
    static final String[] TINY = {"--set", "population=1000", "--set", "days=20", "--set", "warmupDays=2", "--set", "burnInDays=10"};

    @TempDir
    Path tmp;

    /** One target on the unpaid time share with the given interval, for the given presets. */
    private Path targets(String interval, String presets) throws Exception {
        String[] lh = interval.replaceAll("[\\[\\] ]", "").split(",");
        double value = (Double.parseDouble(lh[0]) + Double.parseDouble(lh[1])) / 2;
        return Files.writeString(tmp.resolve("targets-" + Math.abs((interval + presets).hashCode()) + ".yaml"), "targets:\n  unpaid:\n"
                + "    metric: wages.unpaid_time_share\n    value: " + value + "\n    interval: " + interval + "\n"
                + "    source: test\n    presets: " + presets + "\n");
    }

    private Cli validate(String target, Path targets, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", target, "--targets", targets.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void aScenarioInsideItsTargetsExitsZeroAndAMissExitsFour() throws Exception {
        List<String> tiny = new java.util.ArrayList<>(List.of(TINY));
        tiny.addAll(List.of("--replications", "3", "--threads", "2", "--out", tmp.resolve("v.csv").toString()));
        Cli inside = validate("scenarios/baseline.yaml", targets("[0, 1]", "[baseline]"), tiny.toArray(new String[0]));
        assertEquals(0, inside.status(), inside.err());
        assertTrue(inside.out().contains("scenario baseline, seeds 1 to 3, 3 runs:"), inside.out());
        assertTrue(inside.out().contains("1 of 1 targets inside."), inside.out());
        List<String> csv = Files.readAllLines(tmp.resolve("v.csv"));
        assertEquals("target,metric,value,low,high,n,mean,ci_low,ci_high,inside", csv.get(0));
        assertTrue(csv.get(1).startsWith("unpaid,wages.unpaid_time_share,0.5,0,1,3,") && csv.get(1).endsWith(",true"), csv.get(1));

        Cli missed = validate("scenarios/baseline.yaml", targets("[0.99, 1]", "[other, baseline]"), TINY);
        assertEquals(ValidateCommand.TARGET_MISSED, missed.status(), missed.err());
        assertTrue(missed.out().contains("NO"), missed.out());
    }

    @Test
    void noTargetThatAppliesIsAnErrorNotASilentPass() throws Exception {
        Cli r = validate("scenarios/baseline.yaml", targets("[0, 1]", "[mturk]"), TINY);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no calibration target in " + tmp + "/targets-") && r.err().contains("applies to scenario 'baseline'")
                && r.err().contains("--preset"), r.err());
        Cli preset = validate("scenarios/baseline.yaml", targets("[0, 1]", "[mturk]"), "--preset", "mturk", "--replications", "1", TINY[0], TINY[1],
                TINY[2], TINY[3], TINY[4], TINY[5], TINY[6], TINY[7]);
        assertEquals(0, preset.status(), preset.err());
    }

    @Test
    void badInputExitsTwo() throws Exception {
        Path good = targets("[0, 1]", "[baseline]");
        assertEquals(2, validate("no-such.yaml", good).status());
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "targets:\n  x: {metric: a.b, value: 1, interval: [2, 1], source: s, presets: [baseline]}\n");
        Cli r = validate("scenarios/baseline.yaml", bad);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("bad.yaml:2:"), r.err());
        assertEquals(2, validate("scenarios/baseline.yaml", good, "--replications", "0").status());
        assertEquals(2, validate("scenarios/baseline.yaml", good, "--preset", "nosuch").status());
        Path unknownMetric = Files.writeString(tmp.resolve("m.yaml"), "targets:\n  x: {metric: wages.nosuch, value: 1, interval: [0, 2], source: s, presets: [baseline]}\n");
        r = validate("scenarios/baseline.yaml", unknownMetric, TINY);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("m.yaml:2:3: targets.x.metric: no metric 'wages.nosuch'"), r.err());
    }

    @Test
    void aRunDirectoryIsOneRunAndASweepIsValidatedPointByPoint() throws Exception {
        Path run = tmp.resolve("run");
        List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/baseline.yaml", "--out", run.toString(), "--quiet", "--no-charts", "--microdata", "none"));
        args.addAll(List.of(TINY));
        assertEquals(0, Cli.run(args.toArray(new String[0])).status());
        Cli r = validate(run.toString(), targets("[0, 1]", "[baseline]"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("none (n = 1)"), r.out());
        assertEquals(2, validate(run.toString(), targets("[0, 1]", "[baseline]"), "--set", "days=3").status(), "--set does not apply to a run");

        Path sweepFile = Files.writeString(tmp.resolve("s.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "set: {population: 1000, days: 20, warmupDays: 2, burnInDays: 10}\nreplications: 2\nparameters: {platform.commission: [0.1, 0.3]}\n"
                // The target's metric is not among those selected: it is read from metrics_long.csv.
                + "metrics: [wages.median_effective_hourly_wage_usd]\n");
        assertEquals(0, Cli.run("sweep", sweepFile.toString(), "--out", tmp.resolve("sweep").toString(), "--quiet", "--no-charts").status());
        r = validate(tmp.resolve("sweep").toString(), targets("[0, 1]", "[baseline]"), "--out", tmp.resolve("s.csv").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("point 0: platform.commission=0.1, 2 runs:") && r.out().contains("2 of 2 points meet every target."), r.out());
        List<String> csv = Files.readAllLines(tmp.resolve("s.csv"));
        assertEquals("point,platform.commission,target,metric,value,low,high,n,mean,ci_low,ci_high,inside", csv.get(0));
        assertTrue(csv.get(2).startsWith("1,0.3,unpaid,"), csv.get(2));
    }

    @Test
    void boundsAndOrderingsArePrintedAndWrittenOneRowPerComparisonAndAMissExitsFour() throws Exception {
        // The wage on paid time is never below the wage on all time (the same pay over fewer hours): an ordering
        // that holds in any run, and its reverse, which is missed.
        Path t = Files.writeString(tmp.resolve("kinds.yaml"), "targets:\n"
                + "  unpaid_cap: {metric: wages.unpaid_time_share, below: 1, scale: 0.05, source: s, presets: [baseline]}\n"
                + "  skew: {metric: wages.mean_paid_hourly_wage_usd, above_each_of: [wages.mean_effective_hourly_wage_usd], scale: 0.5,"
                + " source: s, presets: [baseline]}\n"
                + "  wrong: {metric: wages.mean_paid_hourly_wage_usd, below_each_of: [wages.mean_effective_hourly_wage_usd], scale: 0.5,"
                + " source: s, presets: [baseline]}\n");
        List<String> args = new java.util.ArrayList<>(List.of(TINY));
        args.addAll(List.of("--replications", "2", "--threads", "2", "--out", tmp.resolve("k.csv").toString()));
        Cli r = validate("scenarios/baseline.yaml", t, args.toArray(new String[0]));
        assertEquals(ValidateCommand.TARGET_MISSED, r.status(), r.err());
        assertTrue(r.out().contains("wages.mean_paid_hourly_wage_usd < wages.mean_effective_hourly_wage_usd")
                && r.out().contains("wages.mean_paid_hourly_wage_usd > wages.mean_effective_hourly_wage_usd")
                && r.out().contains("<= 1 ") && r.out().contains("2 of 3 targets inside."), r.out());
        List<String> csv = Files.readAllLines(tmp.resolve("k.csv"));
        assertEquals(4, csv.size(), "a header and one row per comparison");
        assertTrue(csv.get(1).startsWith("unpaid_cap,wages.unpaid_time_share,NA,NA,1,2,") && csv.get(1).endsWith(",true"), csv.get(1));
        assertTrue(csv.get(2).startsWith("skew,wages.mean_paid_hourly_wage_usd - wages.mean_effective_hourly_wage_usd,NA,0,NA,2,")
                && csv.get(2).endsWith(",true"), csv.get(2));
        assertTrue(csv.get(3).startsWith("wrong,wages.mean_paid_hourly_wage_usd - wages.mean_effective_hourly_wage_usd,NA,NA,0,2,")
                && csv.get(3).endsWith(",false"), csv.get(3));
    }
}
