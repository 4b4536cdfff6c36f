package org.kempelen.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.kempelen.experiment.ProgressCounter;
import org.kempelen.experiment.RunOutcome;
import org.kempelen.experiment.RunSpec;
import org.kempelen.experiment.RunsLostException;
import org.kempelen.experiment.SweepEngine;
import org.kempelen.experiment.SweepException;
import org.kempelen.experiment.SweepTask;

/**
 * Does a sweep's runs as Spark tasks, one run per task (so a lost executor costs Spark the retry
 * of its runs only, each still giving one outcome), and hands the outcomes to the sweep's writer
 * in run order. Runs go to Spark as jobs of {@value #RUNS_PER_JOB} runs (default: twice the default
 * parallelism, at least {@value #MIN_RUNS_PER_JOB}, so that dynamic allocation sees work waiting),
 * two jobs at a time: while the driver writes one job's outcomes the next keeps the executors busy,
 * and the driver holds at most two jobs' outcomes.
 */
public final class SparkSweepEngine implements SweepEngine {
    /** Spark setting (also --conf on spark-submit): runs per Spark job. */
    public static final String RUNS_PER_JOB = "spark.kempelen.runsPerJob";
    static final int MIN_RUNS_PER_JOB = 64;
    private static final int JOBS_IN_FLIGHT = 2;

    private final JavaSparkContext spark;

    public SparkSweepEngine(JavaSparkContext spark) {
        this.spark = spark;
    }

    @Override
    public String name() {
        return "spark " + spark.master();
    }

    @Override
    public void run(List<RunSpec> runs, SweepTask task, Sink sink, ProgressCounter progress) throws IOException, SweepException {
        int perJob = runsPerJob(spark.getConf().get(RUNS_PER_JOB, null), spark.defaultParallelism());
        String group = "kempelen-sweep-" + UUID.randomUUID();
        LongAccumulator failures = spark.sc().longAccumulator("kempelen failed runs");
        TaskProgress listener = new TaskProgress(group, failures.id(), progress);
        spark.sc().addSparkListener(listener);
        spark.setJobGroup(group, "Kempelen sweep", false);
        Deque<JavaFutureAction<List<RunOutcome>>> inFlight = new ArrayDeque<>();
        Deque<List<RunSpec>> jobs = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < runs.size() || !inFlight.isEmpty()) {
                while (next < runs.size() && inFlight.size() < JOBS_IN_FLIGHT) {
                    List<RunSpec> job = runs.subList(next, Math.min(runs.size(), next + perJob));
                    next += job.size();
                    inFlight.add(spark.parallelize(job, job.size()).map(r -> {
                        RunOutcome o = task.run(r);
                        if (!o.ok()) failures.add(1);
                        return o;
                    }).collectAsync());
                    jobs.add(job);
                }
                List<RunOutcome> outcomes = await(inFlight.peekFirst(), jobs.peekFirst());
                inFlight.removeFirst();
                jobs.removeFirst();
                for (RunOutcome o : outcomes) sink.accept(o);
            }
        } finally {
            for (JavaFutureAction<?> f : inFlight) f.cancel(true);
            spark.clearJobGroup();
            spark.sc().removeSparkListener(listener);
        }
    }

    /** Runs per job: as {@code given} (the setting, or null), else from Spark's default parallelism. */
    static int runsPerJob(String given, int defaultParallelism) throws SweepException {
        if (given == null) return Math.max(MIN_RUNS_PER_JOB, 2 * defaultParallelism);
        try {
            int n = Integer.parseInt(given.trim());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // Said below, with what is allowed.
        }
        throw new SweepException(RUNS_PER_JOB + " must be a whole number of runs, at least 1; found '" + given + "'");
    }

    private static List<RunOutcome> await(JavaFutureAction<List<RunOutcome>> job, List<RunSpec> runs) throws IOException {
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new RunsLostException("Spark could not complete runs " + runs.get(0).run() + " to " + runs.get(runs.size() - 1).run()
                    + " (" + SparkContexts.firstLine(e.getCause().getMessage()) + "); the runs before them are written: continue with --resume",
                    e.getCause());
        }
    }
}
