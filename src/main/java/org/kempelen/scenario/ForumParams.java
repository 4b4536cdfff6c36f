package org.kempelen.scenario;

/** The small-world forum network: mostly within a country, a few ties across. */
public record ForumParams(
        @Param(unit = "contacts", doc = "Forum contacts per worker (ring lattice degree; even).", def = "6", min = 0, max = 200)
        int degree,
        @Param(unit = "share", doc = "Probability that a contact is drawn from the worker's own country; the others are drawn from all workers (compatriots included).", def = "0.9", min = 0, max = 1)
        double sameCountryShare,
        @Param(unit = "probability", doc = "Watts-Strogatz rewiring probability of each lattice tie.", def = "0.1", min = 0, max = 1)
        double rewiring) implements Checked {

    @Override
    public void check(Checks checks) {
        checks.require(degree % 2 == 0, "degree", "found " + degree + ", allowed an even whole number from 0 to 200");
    }
}
