package org.kempelen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kempelen.experiment.Benchmark;
import org.kempelen.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kempelen bench FILE}: time whole runs (after JIT warm-up) and report the median speed. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time whole runs of a scenario (nothing is written) and report wall time, offers evaluated",
                "per second and worker-days per second: each measured run, then the median. State the machine",
                "when you quote the numbers, or compare ratios on one machine."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ScenarioOptions scenario;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured runs first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--repeat", paramLabel = "N", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int repeat = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || repeat < 1) throw new BadInputException("--warmup must be >= 0 and --repeat >= 1");
        int n = threads.threads();
        Scenario s = scenario.load();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d workers, %d days after a %d-day burn-in (counted: it is computed); %d warm-up, %d measured; %d thread%s, %d cores, Java %s%n",
                s.name(), s.population(), s.days(), s.burnInDays(), warmup, repeat, n, n == 1 ? "" : "s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.flush();
        List<Benchmark.Sample> samples = Benchmark.measure(s, n, warmup, repeat);
        out.println("run  wall_s  offers_evaluated  offers_per_s  worker_days_per_s");
        for (int i = 0; i < samples.size(); i++) {
            Benchmark.Sample x = samples.get(i);
            out.printf("%3d  %6.2f  %16d  %12.0f  %17.0f%n", i + 1, x.wallSeconds(), x.offersEvaluated(), x.offersPerSecond(), x.workerDaysPerSecond());
        }
        out.printf("median  %6.2f s  %12.0f offers/s  %12.0f worker-days/s%n", Benchmark.median(samples, Benchmark.Sample::wallSeconds),
                Benchmark.median(samples, Benchmark.Sample::offersPerSecond), Benchmark.median(samples, Benchmark.Sample::workerDaysPerSecond));
        out.flush();
        return 0;
    }
}
