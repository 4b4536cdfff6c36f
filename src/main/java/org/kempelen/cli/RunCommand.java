package org.kempelen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kempelen.experiment.Plots;
import org.kempelen.experiment.Simulation;
import org.kempelen.experiment.StatePlan;
import org.kempelen.metrics.RunResults;
import org.kempelen.model.DayObserver;
import org.kempelen.output.Fmt;
import org.kempelen.output.RunOutput;
import org.kempelen.scenario.InputLimits;
import org.kempelen.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kempelen run FILE}: simulate a scenario and write its run directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write results/<scenario>/<run-id>/ (or --out DIR):",
                "scenario.resolved.yaml, timeseries.csv, by_country.csv, by_pressure.csv,",
                "beliefs.csv, summary.json, manifest.json; switchers.csv (scenarios with shocks);",
                "workers.csv and campaigns.csv (microdata, unless --microdata none);",
                "charts/ (PNG and SVG) and report.html (unless --no-charts).",
                "Prints the run directory on stdout; progress and headline figures go to stderr."})
final class RunCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ScenarioOptions scenario;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory to create (default: results/<scenario>/seed<N>-<date>-<time>).")
    Path out;

    @Option(names = "--overwrite", description = "Replace --out if it exists.")
    boolean overwrite;

    @Option(names = "--no-charts", description = "Write the tables only: no charts/ and no report.html.")
    boolean noCharts;

    /** What --microdata accepts. */
    enum MicrodataChoice { all, none }

    @Option(names = "--microdata", paramLabel = "all|none", description = "Write workers.csv (one row per worker) and campaigns.csv "
            + "(one row per campaign): all (default) or none.")
    MicrodataChoice microdata = MicrodataChoice.all;

    @Option(names = "--worker-sample", paramLabel = "F", description = "Share of workers written to workers.csv, from 0 to 1 "
            + "(default 1); chosen by a hash of the worker id, so the same for every run.")
    String workerSample = "1";

    @Option(names = "--gzip-microdata", description = "Write workers.csv.gz and campaigns.csv.gz instead (reproducible gzip).")
    boolean gzipMicrodata;

    @Option(names = "--save-state", paramLabel = "FILE", description = "Also write the whole market state at the start of recorded "
            + "day --state-day to FILE (docs/STATES.md); the run's outputs are unchanged.")
    Path saveState;

    @Option(names = "--state-day", paramLabel = "D", description = "The recorded day whose start --save-state saves (default 0: "
            + "just after the burn-in).")
    Integer stateDay;

    @Option(names = "--from-state", paramLabel = "FILE", description = "Continue from a saved state instead of running the burn-in: "
            + "FILE (the scenario) must be the state's scenario or differ from it in policy levers only, which act from the state's day.")
    Path fromState;

    @Option(names = "--quiet", description = "No progress bar and no headline figures; only the run directory on stdout.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Simulation.Microdata micro = new Simulation.Microdata(microdata == MicrodataChoice.all, share(workerSample), gzipMicrodata);
        int n = threads.threads();
        Scenario s = scenario.load();
        Path dir = out != null ? out : defaultDirectory(s);
        String problem = RunOutput.problemWith(dir, overwrite);
        if (problem != null) throw new BadInputException(problem);
        if (stateDay != null && saveState == null) throw new BadInputException("--state-day needs --save-state FILE: the day says when to save");
        StatePlan plan = new StatePlan(fromState, saveState, stateDay == null ? 0 : stateDay);
        DayObserver[] observers = !quiet && System.console() != null
                ? new DayObserver[] {new ProgressBar(System.err, s.days())}
                : new DayObserver[0];
        long start = System.nanoTime();
        RunResults r = Simulation.runAndWrite(s, scenario.file.toString(), scenario.overrides(), dir, overwrite,
                noCharts ? null : Plots.Options.defaults(), micro, n, plan, observers);
        double wall = (System.nanoTime() - start) / 1e9;
        if (!quiet) headline(s, r, wall, n);
        spec.commandLine().getOut().println(dir);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** --worker-sample as a share from 0 to 1, or a message naming the option and the range. */
    static double share(String text) throws BadInputException {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= 0 && v <= 1)) {
            throw new BadInputException("--worker-sample: found '" + text + "', allowed a number from 0 to 1 (the share of workers written to workers.csv)");
        }
        return v;
    }

    private void headline(Scenario s, RunResults r, double wall, int threads) {
        var err = spec.commandLine().getErr();
        @SuppressWarnings("unchecked")
        Map<String, Object> wages = (Map<String, Object>) r.summary().get("wages");
        @SuppressWarnings("unchecked")
        Map<String, Object> exposure = (Map<String, Object>) r.summary().get("exposure");
        long all = r.offersEvaluated() + r.burnInOffersEvaluated();
        err.printf("%s: %d workers, %d days (+%d burn-in), %s offers evaluated (%s in the burn-in) in %.1f s on %d thread%s (%s offers/s)%n",
                s.name(), s.population(), s.days(), s.burnInDays(), Fmt.number(all), Fmt.number(r.burnInOffersEvaluated()), wall,
                threads, threads == 1 ? "" : "s", Fmt.number(Math.round(all / Math.max(wall, 1e-9))));
        err.printf("  median effective wage $%s/h, unpaid time share %s, poorest half of countries give %s of personal data items%n",
                Fmt.value(round(wages.get("median_effective_hourly_wage_usd"))), Fmt.value(round(wages.get("unpaid_time_share"))),
                Fmt.value(round(exposure.get("poorest_half_share_of_sensitive_items"))));
        err.flush();
    }

    private static Object round(Object v) {
        return v instanceof Double d && Double.isFinite(d) ? Math.round(d * 100) / 100.0 : v;
    }

    /** results/<scenario>/seed<N>-<yyyyMMdd-HHmmss>, with a suffix if that exists already. */
    private static Path defaultDirectory(Scenario s) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of("results", InputLimits.safeName(s.name(), InputLimits.MAX_NAME), "seed" + s.seed() + "-" + stamp);
        Path dir = base;
        for (int i = 2; Files.exists(dir); i++) dir = Path.of(base + "-" + i);
        return dir;
    }
}
