package org.kempelen.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kempelen.scenario.QualityCheckParams;
import org.kempelen.scenario.RequesterParams;
import org.kempelen.scenario.RequesterType;
import org.kempelen.scenario.Scenario;

/** One requester: its type, its current country weights (retargeted), and whom it has tested. */
public final class Requester {
    public final int id;
    public final RequesterType type;
    /** The type's parameters: what its campaigns are like and how it pays. */
    final RequesterParams params;
    /** Weights for the next campaign's quota, over countries in scenario order; they sum to 1. */
    public final double[] countryWeights;
    /** Workers who passed, and who failed (by test or quality check), the requester's qualification. */
    final WorkerSet qualified = new WorkerSet(WorkerSet.FAST_ARRAY_MAX);
    final WorkerSet failedQualification = new WorkerSet(WorkerSet.FAST_ARRAY_MAX);
    /** Multiplier on the type's campaign rate: the population over the demand reference population (docs/ODD.md 7.2). */
    final double rateFactor;
    /** Weights of the platforms in the choice of where to post (sum 1; learnt, docs/ODD.md 7.10). */
    public final double[] platformWeights;
    /** Per platform, the score of its campaigns there (items per day per dollar, smoothed), NaN until one closed there. */
    final double[] platformScores;

    /** Quality check: per worker in a check, tasks reviewed (high 32 bits) and approved (low 32 bits) in it so far. */
    private final IntLongMap inCheck = new IntLongMap();

    Requester(int id, RequesterType type, RequesterParams params, double[] countryWeights, double[] platformWeights, double rateFactor) {
        this.id = id;
        this.type = type;
        this.params = params;
        this.countryWeights = countryWeights;
        this.platformWeights = platformWeights;
        this.platformScores = new double[platformWeights.length];
        Arrays.fill(platformScores, Double.NaN);
        this.rateFactor = rateFactor;
    }

    /** Its state into a saved market (MarketState): weights, scores, whom it has tested and who is in a quality check. */
    void save(String prefix, MarketState.Sink out) {
        out.put(prefix + "countryWeights", countryWeights);
        out.put(prefix + "platformWeights", platformWeights);
        out.put(prefix + "platformScores", platformScores);
        out.put(prefix + "qualified", qualified.sortedArray());
        out.put(prefix + "failedQualification", failedQualification.sortedArray());
        inCheck.save(prefix + "inCheck.", out);
    }

    void restore(String prefix, MarketState.Source in) {
        MarketState.copy(in, prefix + "countryWeights", countryWeights);
        MarketState.copy(in, prefix + "platformWeights", platformWeights);
        MarketState.copy(in, prefix + "platformScores", platformScores);
        qualified.clear();
        for (int w : (int[]) in.take(prefix + "qualified", int.class)) qualified.add(w);
        failedQualification.clear();
        for (int w : (int[]) in.take(prefix + "failedQualification", int.class)) failedQualification.add(w);
        inCheck.restore(prefix + "inCheck.", in);
    }

    /**
     * The scenario's requesters: {@code count} of each type whatever the population, each posting
     * at its type's rate times the population over the reference population, so that expected
     * demand is exactly proportional to the population while a worker meets the same requesters,
     * and takes the same qualification tests, at any population (docs/ODD.md 7.2).
     */
    static List<Requester> create(Scenario scenario, Countries countries) {
        List<Requester> requesters = new ArrayList<>();
        int id = 0;
        double scale = demandScale(scenario);
        for (RequesterType t : RequesterType.values()) {
            RequesterParams rp = scenario.requesters().get(t);
            for (int i = 0; i < rp.count(); i++) {
                requesters.add(new Requester(id++, t, rp, initialWeights(rp, countries), initialPlatformWeights(scenario), scale));
            }
        }
        return requesters;
    }

    /** Every requester posts at its type's rate times this: the population over the demand reference population (1 when that is 0). */
    static double demandScale(Scenario scenario) {
        int reference = scenario.demandReferencePopulation();
        return reference == 0 ? 1 : scenario.population() / (double) reference;
    }

    /** The platforms' demand shares, normalised. */
    private static double[] initialPlatformWeights(Scenario scenario) {
        double[] w = scenario.allPlatforms().stream().mapToDouble(p -> p.demandShare()).toArray();
        normalise(w);
        return w;
    }

    private static double[] initialWeights(RequesterParams rp, Countries countries) {
        double[] w = new double[countries.count];
        for (int k = 0; k < countries.count; k++) {
            w[k] = switch (rp.countryTargeting()) {
                // An open campaign has no country quota; the weights then only score where its items came from.
                case WORKFORCE, OPEN -> countries.workerShare[k];
                case UNIFORM -> 1;
                case WEIGHTS -> rp.countryWeights().getOrDefault(countries.code[k], 0.0);
            };
        }
        normalise(w);
        return w;
    }

    /** Scales country weights to sum to 1; uniform if they are all 0. */
    static void normalise(double[] w) {
        double s = 0;
        for (double v : w) s += v;
        if (s <= 0) {
            Arrays.fill(w, 1.0 / w.length);
            return;
        }
        for (int i = 0; i < w.length; i++) w[i] /= s;
    }

    /**
     * A campaign on platform p closed with {@code score} (items per day per dollar): the platform's
     * score moves toward it, and the weights of the platforms scored so far move toward their
     * scores' shares at {@code rate}, keeping their total (as countries, docs/ODD.md 7.2 and 7.10).
     */
    void learnPlatform(int p, double score, double rate) {
        platformScores[p] = Double.isNaN(platformScores[p]) ? score : (1 - rate) * platformScores[p] + rate * score;
        moveToward(platformWeights, platformScores, rate);
    }

    /**
     * Partial adjustment of weights toward scores: the entries with a score (not NaN) move at
     * {@code rate} toward their scores' shares of the weight they hold together; the others keep
     * theirs; then all are normalised. Nothing moves while the scores add up to 0.
     */
    static void moveToward(double[] weights, double[] score, double rate) {
        double weight = 0, total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (Double.isNaN(score[i])) continue;
            weight += weights[i];
            total += score[i];
        }
        if (total <= 0) return;
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isNaN(score[i])) weights[i] = (1 - rate) * weights[i] + rate * weight * score[i] / total;
        }
        normalise(weights);
    }

    /** Whether this requester's workers face a quality check (else {@link #recordReview} keeps nothing). */
    boolean checksQuality() {
        return params.qualityCheck().active();
    }

    /**
     * Counts a reviewed task of worker w toward the requester's quality check; when a check's
     * tasks are complete and too few were approved, w is barred from the requester's campaigns
     * like a worker who failed its test. Returns whether w was removed now.
     */
    boolean recordReview(int w, boolean approved) {
        QualityCheckParams check = params.qualityCheck();
        if (!check.active() || failedQualification.contains(w)) return false;
        long counts = inCheck.get(w) + (1L << 32) + (approved ? 1 : 0);
        if ((int) (counts >>> 32) < check.tasks()) {
            inCheck.put(w, counts);
            return false;
        }
        boolean removed = (int) counts < check.minimumApproved();
        inCheck.remove(w);
        if (removed) {
            failedQualification.add(w);
            qualified.remove(w);
        }
        return removed;
    }
}
