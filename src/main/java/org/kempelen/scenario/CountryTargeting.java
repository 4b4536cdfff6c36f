package org.kempelen.scenario;

/**
 * How a requester type spreads a campaign's quota over countries before it learns to retarget,
 * or (OPEN) that it sets no country quotas at all.
 */
public enum CountryTargeting {
    /** In proportion to each country's share of the workforce. */
    WORKFORCE,
    /** The same quota for every country: diverse data sets, which makes small countries scarce. */
    UNIFORM,
    /** As given in {@code countryWeights}. */
    WEIGHTS,
    /** No country quotas: one quota for the whole campaign, filled by whoever accepts first, from any country. */
    OPEN
}
