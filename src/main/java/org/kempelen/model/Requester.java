package org.kempelen.model;

import java.util.Arrays;
import java.util.BitSet;
import org.kempelen.scenario.QualityCheckParams;
import org.kempelen.scenario.RequesterParams;
import org.kempelen.scenario.RequesterType;

/** One requester: its type, its current country weights (retargeted), and whom it has tested. */
public final class Requester {
    public final int id;
    public final RequesterType type;
    /** The type's parameters: what its campaigns are like and how it pays. */
    final RequesterParams params;
    /** Weights for the next campaign's quota, over countries in scenario order; they sum to 1. */
    public final double[] countryWeights;
    final BitSet qualified = new BitSet();
    final BitSet failedQualification = new BitSet();
    /**
     * Multiplier on the type's campaign rate: 1, or below 1 for the one requester that carries the
     * fractional part when requester counts scale with the population.
     */
    final double rateFactor;

    /** Quality check: per worker, tasks reviewed and approved in its current check (grown by worker id on use). */
    private int[] reviewedInCheck = new int[0];
    private int[] approvedInCheck = new int[0];

    Requester(int id, RequesterType type, RequesterParams params, double[] countryWeights, double rateFactor) {
        this.id = id;
        this.type = type;
        this.params = params;
        this.countryWeights = countryWeights;
        this.rateFactor = rateFactor;
    }

    /**
     * Counts a reviewed task of worker w toward the requester's quality check; when a check's
     * tasks are complete and too few were approved, w is barred from the requester's campaigns
     * like a worker who failed its test. Returns whether w was removed now.
     */
    boolean recordReview(int w, boolean approved) {
        QualityCheckParams check = params.qualityCheck();
        if (!check.active() || failedQualification.get(w)) return false;
        if (w >= reviewedInCheck.length) {
            int n = Math.max(w + 1, 2 * reviewedInCheck.length);
            reviewedInCheck = Arrays.copyOf(reviewedInCheck, n);
            approvedInCheck = Arrays.copyOf(approvedInCheck, n);
        }
        reviewedInCheck[w]++;
        if (approved) approvedInCheck[w]++;
        if (reviewedInCheck[w] < check.tasks()) return false;
        boolean removed = approvedInCheck[w] < check.minimumApproved();
        reviewedInCheck[w] = 0;
        approvedInCheck[w] = 0;
        if (removed) {
            failedQualification.set(w);
            qualified.clear(w);
        }
        return removed;
    }
}
