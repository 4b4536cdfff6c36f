package org.kempelen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kempelen.experiment.Benchmark;
import org.kempelen.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kempelen bench FILE}: time whole runs (after JIT warm-up) per thread count and report the median speed. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time whole runs of a scenario (nothing is written) per thread count and report wall time,",
                "worker-days per second and offers evaluated per second: each measured run, then the median.",
                "Warm-up runs come first at each thread count, so the JIT has compiled the loops. State the",
                "machine when you quote the numbers, or compare ratios on one machine."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ScenarioOptions scenario;

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured runs first at each thread count, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--repeat", paramLabel = "N", description = "Measured runs at each thread count; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Option(names = "--threads", paramLabel = "N[,N...]", split = ",",
            description = "Thread counts to measure, in order, e.g. 1,2 (default: 1 and then all cores).")
    List<String> threads = Runtime.getRuntime().availableProcessors() > 1
            ? new ArrayList<>(List.of("1", String.valueOf(Runtime.getRuntime().availableProcessors()))) : new ArrayList<>(List.of("1"));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || repeat < 1) throw new BadInputException("--warmup must be >= 0 and --repeat >= 1");
        List<Integer> counts = threadCounts(threads);
        Scenario s = scenario.load();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d workers, %d days after a %d-day burn-in (counted: it is computed); %d warm-up and %d measured runs per thread count;"
                        + " %d cores, Java %s, heap %d MB%n",
                s.name(), s.population(), s.days(), s.burnInDays(), warmup, repeat, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        List<Benchmark.Result> results = Benchmark.measure(s, counts, warmup, repeat);
        out.println("threads  run  wall_s  worker_days_per_s  offers_per_s  offers_evaluated");
        for (Benchmark.Result r : results) {
            for (int i = 0; i < r.samples().size(); i++) {
                Benchmark.Sample x = r.samples().get(i);
                out.printf("%7d  %3d  %6.2f  %17.0f  %12.0f  %16d%n", r.threads(), i + 1, x.wallSeconds(), x.workerDaysPerSecond(),
                        x.offersPerSecond(), x.offersEvaluated());
            }
        }
        out.println("threads  median_wall_s  median_worker_days_per_s  median_offers_per_s");
        for (Benchmark.Result r : results) {
            out.printf("%7d  %13.2f  %24.0f  %19.0f%n", r.threads(), r.median(Benchmark.Sample::wallSeconds),
                    r.median(Benchmark.Sample::workerDaysPerSecond), r.median(Benchmark.Sample::offersPerSecond));
        }
        out.flush();
        return 0;
    }

    /** --threads as whole numbers this build can run, or a message naming the option, the value and what is allowed. */
    static List<Integer> threadCounts(List<String> texts) throws BadInputException {
        List<Integer> counts = new ArrayList<>();
        for (String t : texts) {
            int n;
            try {
                n = Integer.parseInt(t.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > ThreadsOption.MAX) {
                throw new BadInputException("--threads: found '" + t + "', allowed whole numbers from 1 to " + ThreadsOption.MAX
                        + " separated by commas");
            }
            counts.add(n);
        }
        return counts;
    }
}
