package org.kempelen.model;

import java.util.BitSet;
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

    Requester(int id, RequesterType type, RequesterParams params, double[] countryWeights, double rateFactor) {
        this.id = id;
        this.type = type;
        this.params = params;
        this.countryWeights = countryWeights;
        this.rateFactor = rateFactor;
    }
}
