package org.kempelen.model;

/**
 * The offer decision (docs/ODD.md 7.4): U = alpha (m pay - b r minutes / 60 - privacyCost),
 * accepted with probability 1 / (1 + e^-U). Utility is separable in money and time, so the
 * utility of an hour is fixed: the reservation wage r is its dollar value to a worker whose
 * needs are just met, whose dollar weighs b. Need raises what a platform dollar is worth (m),
 * not what an hour is worth; as m rises with pressure and neither time nor privacy cost is
 * weighted by it, U is non-decreasing in pressure.
 */
final class Decision {
    private Decision() {}

    /** Utility cost of the time an offer takes, in reference dollars. */
    static double timeCost(double weightAtNeed, double reservationWage, double minutes) {
        return weightAtNeed * reservationWage * minutes / 60.0;
    }

    static double utility(double alpha, double moneyWeight, double pay, double cost) {
        return alpha * (moneyWeight * pay - cost);
    }
}
