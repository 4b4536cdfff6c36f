package org.kempelen.model;

import java.util.BitSet;
import org.kempelen.scenario.RequesterType;

/** One requester: its type, its current country weights (retargeted), and whom it has tested. */
public final class Requester {
    public final int id;
    public final RequesterType type;
    /** Weights for the next campaign's quota, over countries in scenario order; they sum to 1. */
    public final double[] countryWeights;
    final BitSet qualified = new BitSet();
    final BitSet failedQualification = new BitSet();

    Requester(int id, RequesterType type, double[] countryWeights) {
        this.id = id;
        this.type = type;
        this.countryWeights = countryWeights;
    }
}
