package org.kempelen.scenario;

/** How the platform turns a requester's base price into the price shown in each country. */
public enum PricingRuleType {
    /** The requester's price, the same in every country. */
    FIXED,
    /** Scaled per country by its wage index: cheaper where wages are low. */
    PPP_TIERED,
    /** An unfilled country quota raises its price by a step per day, up to a cap times the base. */
    QUOTA_ESCALATION,
    /** Another rule ({@code platform.pricing.floorOver}), raised to the platform's minimum hourly pay. */
    PAY_FLOOR,
    /** Workers bid their asking price; the requester takes the lowest bids up to its reserve. */
    REVERSE_AUCTION
}
