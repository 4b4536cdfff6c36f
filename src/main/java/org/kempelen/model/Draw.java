package org.kempelen.model;

import ec.util.MersenneTwisterFast;

/** Random variates the model needs, drawn from a given stream without allocating. */
final class Draw {
    private Draw() {}

    /** Log-normal with the given median and log-scale sigma. */
    static double lognormal(MersenneTwisterFast r, double median, double sigma) {
        return sigma == 0 ? median : median * Math.exp(sigma * r.nextGaussian());
    }

    /** Poisson(mean): exact, by summing chunks of mean at most 30 with Knuth's method. */
    static int poisson(MersenneTwisterFast r, double mean) {
        int total = 0;
        double left = mean;
        while (left > 0) {
            double chunk = Math.min(left, 30.0);
            left -= chunk;
            double limit = Math.exp(-chunk);
            double p = r.nextDouble();
            while (p > limit) {
                total++;
                p *= r.nextDouble();
            }
        }
        return total;
    }

    /** Bernoulli(p) decided by a uniform u on [0, 1) drawn beforehand: the same outcome as {@link #bernoulli} drawing u. */
    static boolean below(double u, double p) {
        return p >= 1 || (p > 0 && u < p);
    }

    static boolean bernoulli(MersenneTwisterFast r, double p) {
        return p >= 1 || (p > 0 && r.nextDouble() < p);
    }

    static boolean bernoulli(SplitMixRandom r, double p) {
        return p >= 1 || (p > 0 && r.nextDouble() < p);
    }

    /** Index drawn with probability proportional to weights[i] (weights sum to total > 0). */
    static int weighted(MersenneTwisterFast r, double[] weights, double total) {
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) return i;
        }
        for (int i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
        return weights.length - 1;
    }

    static double logistic(double u) {
        return 1.0 / (1.0 + Math.exp(-u));
    }
}
