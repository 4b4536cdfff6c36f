package org.kempelen.scenario;

/** Parameters of the pricing rules; each rule reads only its own. */
public record PricingParams(
        @Param(doc = "The pricing rule.", def = "FIXED")
        PricingRuleType rule,
        @Param(unit = "USD/hour", doc = "PPP_TIERED: wage of the reference country; a country's wage index is its localHourlyWage / this.", def = "15", min = 0, minExclusive = true)
        double referenceHourlyWage,
        @Param(doc = "PPP_TIERED: price = base x wageIndex^exponent.", def = "1", min = 0, max = 3)
        double tierExponent,
        @Param(unit = "share/day", doc = "QUOTA_ESCALATION: relative price rise per day a country quota stays unfilled.", def = "0.05", min = 0, max = 10)
        double escalationStep,
        @Param(doc = "QUOTA_ESCALATION: cap on the price as a multiple of the base price.", def = "3", min = 1, max = 1000)
        double escalationCap,
        @Param(doc = "PAY_FLOOR: the rule whose prices are raised to the floor (not PAY_FLOOR or REVERSE_AUCTION).", def = "FIXED")
        PricingRuleType floorOver,
        @Param(doc = "REVERSE_AUCTION: the requester's reserve (highest bid it takes) as a multiple of its base price.", def = "1", min = 0, minExclusive = true, max = 1000)
        double auctionReserve) implements Checked {

    @Override
    public void check(Checks checks) {
        checks.require(floorOver != PricingRuleType.PAY_FLOOR && floorOver != PricingRuleType.REVERSE_AUCTION, "floorOver",
                "found " + floorOver + ", allowed FIXED, PPP_TIERED or QUOTA_ESCALATION");
    }
}
