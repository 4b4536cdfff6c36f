package org.kempelen.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.OptimizationData;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.MultivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.kempelen.output.BuildStamps;
import org.kempelen.output.DirectoryLock;
import org.kempelen.output.Fmt;

/**
 * The calibration loop: the optimiser proposes points in [0, 1]^d, each point is simulated over
 * the same seeds (common random numbers) in parallel, and scored by the {@link MomentDistance}.
 * Every evaluation goes to the {@link CalibrationJournal}; on resume the journal's evaluations
 * are replayed to the (deterministic) optimiser instead of simulated, so a resumed calibration
 * takes exactly the path of an uninterrupted one. The simulator is a function, so the loop can
 * be tested without the model.
 */
public final class Calibrator {
    /** One replication of one candidate point: the targets' metrics, in target order. */
    @FunctionalInterface
    public interface Simulator {
        double[] moments(double[] values, long seed) throws Exception;
    }

    /**
     * Every evaluation in order, the best (lowest objective; the earliest on ties), and how sure
     * its fitted values are (null when skipped).
     */
    public record Result(List<Evaluation> evaluations, Evaluation best, double bestObjective, ParameterUncertainty.Estimates uncertainty) {}

    /** Thrown out of the optimiser's callback to carry a checked failure past Commons Math. */
    private static final class Stop extends RuntimeException {
        Stop(Exception cause) {
            super(cause);
        }
    }

    /** BOBYQA stops once its trust region has shrunk to this share of each parameter's range. */
    static final double BOBYQA_STOPPING_RADIUS = 1e-6;

    private final CalibrationSpec spec;
    private final Simulator simulator;
    private final int threads;
    private final PrintWriter progress;

    public Calibrator(CalibrationSpec spec, Simulator simulator, int threads, PrintWriter progress) {
        this.spec = spec;
        this.simulator = simulator;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * Runs (or with {@code resume} continues) a calibration into {@code out}: trace.csv as it goes,
     * then, with {@code uncertainty}, the standard errors of the fitted values, then fit.csv,
     * fitted.yaml, parameters.csv and the manifest. Progress goes to {@code progress}, one line
     * per evaluation. A calibration that another build began resumes only with {@code allowBuildChange}.
     */
    public static Result calibrate(CalibrationSpec spec, Simulator simulator, java.nio.file.Path out, int threads, boolean resume,
                                   boolean allowBuildChange, boolean uncertainty, PrintWriter progress) throws Exception {
        // Locked for this process from the journal's first line to the last file: a second calibrate is refused.
        try (DirectoryLock lock = DirectoryLock.acquire(out)) {
            Instant started = Instant.now();
            Result result;
            BuildStamps builds;
            Calibrator calibrator = new Calibrator(spec, simulator, threads, progress);
            try (CalibrationJournal journal = CalibrationJournal.open(spec, out, resume, allowBuildChange)) {
                result = calibrator.run(journal);
                builds = journal.builds();
            }
            if (uncertainty) result = new Result(result.evaluations(), result.best(), result.bestObjective(), calibrator.uncertainty(result.best()));
            CalibrationOutputs.write(spec, result, out);
            CalibrationManifest.write(spec, result, builds, out, started, Instant.now());
            return result;
        }
    }

    /** The standard errors at {@code best}: 2 simulations per parameter, one line each on progress. */
    ParameterUncertainty.Estimates uncertainty(Evaluation best) throws Exception {
        int total = 2 * spec.parameters().size();
        try (ReplicationPool pool = new ReplicationPool(threads)) {
            return ParameterUncertainty.estimate(spec, best, values -> simulate(pool, values), k -> {
                progress.println("uncertainty " + k + "/" + total + ": central differences at the best point, " + Fmt.number(ParameterUncertainty.STEP * 100)
                        + " % of a parameter's range either side");
                progress.flush();
            });
        }
    }

    /** Runs (or resumes) the calibration, appending to {@code journal}; the caller writes the final files. */
    public Result run(CalibrationJournal journal) throws Exception {
        List<Evaluation> replay = journal.replayed();
        List<Evaluation> done = new ArrayList<>();
        // A point the optimiser proposes twice gets the same moments (same seeds): simulate it once.
        Map<List<Double>, double[][]> seen = new HashMap<>();
        double[] best = {Double.POSITIVE_INFINITY};
        int[] bestIndex = {-1};
        try (ReplicationPool pool = new ReplicationPool(threads)) {
            ObjectiveFunction objective = new ObjectiveFunction(u -> {
                try {
                    int number = done.size() + 1;
                    double[] values = values(u);
                    Evaluation e;
                    boolean replayed = number <= replay.size();
                    if (replayed) {
                        e = replay.get(number - 1);
                        if (!Arrays.equals(e.values(), values)) {
                            throw new CalibrationException("cannot resume: evaluation " + number + " of the trace was at "
                                    + Arrays.toString(e.values()) + " but the optimiser now proposes " + Arrays.toString(values)
                                    + "; the trace was made by another calibration");
                        }
                    } else {
                        double[][] moments = seen.get(key(values));
                        if (moments == null) moments = simulate(pool, values);
                        e = new Evaluation(number, values, moments);
                        journal.append(e);
                    }
                    seen.put(key(values), e.moments());
                    done.add(e);
                    double f = e.objective(spec.targets());
                    if (f < best[0]) {
                        best[0] = f;
                        bestIndex[0] = done.size() - 1;
                    }
                    report(e, f, best[0], bestIndex[0] + 1, replayed);
                    return f;
                } catch (Exception ex) {
                    throw new Stop(ex);
                }
            });
            optimise(objective);
        } catch (TooManyEvaluationsException end) {
            // The evaluation budget is spent: the usual end of a calibration of a noisy model.
        } catch (Stop s) {
            throw (Exception) s.getCause();
        }
        if (done.size() < replay.size()) {
            throw new CalibrationException("cannot resume: the trace holds " + replay.size() + " evaluations but the optimiser stopped after "
                    + done.size() + "; the trace was made by another calibration");
        }
        if (done.isEmpty()) throw new CalibrationException("the optimiser made no evaluation");
        return new Result(List.copyOf(done), done.get(bestIndex[0]), best[0], null);
    }

    private void optimise(ObjectiveFunction objective) {
        int d = spec.parameters().size();
        double[] lower = new double[d];
        double[] upper = new double[d];
        Arrays.fill(upper, 1);
        OptimiserSettings o = spec.optimiser();
        List<OptimizationData> data = new ArrayList<>(List.of(new MaxEval(o.maxEvaluations()), objective, GoalType.MINIMIZE,
                new InitialGuess(spec.start().clone()), new SimpleBounds(lower, upper)));
        MultivariateOptimizer optimiser;
        if (o.method() == OptimiserSettings.Method.cmaes) {
            double[] sigma = new double[d];
            Arrays.fill(sigma, o.sigma());
            data.add(new CMAESOptimizer.Sigma(sigma));
            data.add(new CMAESOptimizer.PopulationSize(o.populationSize()));
            // No stop on a fitness value, active CMA, full covariance, bounds by repair; its own seeded generator.
            optimiser = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(o.seed()), false, null);
        } else {
            optimiser = new BOBYQAOptimizer(2 * d + 1, o.sigma(), BOBYQA_STOPPING_RADIUS);
        }
        optimiser.optimize(data.toArray(new OptimizationData[0]));
    }

    /** The parameter values at position {@code u}; positions the optimiser proposes outside [0, 1] are clamped. */
    double[] values(double[] u) {
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) v[i] = spec.parameters().get(i).value(Math.min(1, Math.max(0, u[i])));
        return v;
    }

    private double[][] simulate(ReplicationPool pool, double[] values) throws Exception {
        long[] seeds = spec.seeds();
        return pool.run(seeds.length, r -> simulator.moments(values, seeds[r])).toArray(new double[0][]);
    }

    private static List<Double> key(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** One line on stderr per evaluation: number, point, objective, best so far. */
    private void report(Evaluation e, double f, double best, int bestNumber, boolean replayed) throws IOException {
        StringBuilder b = new StringBuilder("evaluation " + e.number() + "/" + spec.optimiser().maxEvaluations() + (replayed ? " (from trace)" : "") + ":");
        for (int i = 0; i < e.values().length; i++) b.append(' ').append(spec.parameters().get(i).path()).append('=').append(Fmt.number(e.values()[i]));
        b.append("  objective ").append(Fmt.number(f)).append("  best ").append(Fmt.number(best)).append(" (evaluation ").append(bestNumber).append(')');
        progress.println(b);
        progress.flush();
    }
}
