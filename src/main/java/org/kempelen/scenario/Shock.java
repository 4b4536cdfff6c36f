package org.kempelen.scenario;

/** A dated change to a country's economy, of a named kind; factors multiply the values in force (docs/ODD.md 7.1). */
public record Shock(
        @Param(unit = "day", doc = "Day on which the shock applies (at the start of the day).", min = 0)
        int day,
        @Param(doc = "currencyCollapse (dollar value of local income, savings and wages x factor; USD living cost x livingCostFactor), incomeLoss (incomeLossShare of the workers with other income lose it; other incomes and local wages x factor), priceLevel (USD living cost x livingCostFactor).")
        ShockKind kind,
        @Param(doc = "currencyCollapse: dollar value of the local currency after the shock relative to before; local incomes, savings, local, reservation and minimum wages in USD are multiplied by it. incomeLoss: other incomes of those who keep them, and local and reservation wages, are multiplied by it.", def = "1", min = 0, minExclusive = true, max = 1000)
        double factor,
        @Param(doc = "currencyCollapse and priceLevel: living costs in USD are multiplied by this (1 in a collapse: dollar prices of what a household needs keep their level).", def = "1", min = 0, minExclusive = true, max = 1000)
        double livingCostFactor,
        @Param(unit = "share", doc = "incomeLoss: share of the country's workers with another income who lose it.", def = "0", min = 0, max = 1)
        double incomeLossShare) implements Checked {

    @Override
    public void check(Checks checks) {
        if (kind == null) return;
        switch (kind) {
            case currencyCollapse -> checks.require(incomeLossShare == 0, "incomeLossShare",
                    "found " + Scenario.fmt(incomeLossShare) + "; a currencyCollapse takes factor and livingCostFactor, incomeLossShare belongs to incomeLoss");
            case incomeLoss -> checks.require(livingCostFactor == 1, "livingCostFactor",
                    "found " + Scenario.fmt(livingCostFactor) + "; an incomeLoss takes incomeLossShare and factor, livingCostFactor belongs to currencyCollapse and priceLevel");
            case priceLevel -> {
                checks.require(factor == 1, "factor",
                        "found " + Scenario.fmt(factor) + "; a priceLevel shock takes livingCostFactor only, factor belongs to currencyCollapse and incomeLoss");
                checks.require(incomeLossShare == 0, "incomeLossShare",
                        "found " + Scenario.fmt(incomeLossShare) + "; a priceLevel shock takes livingCostFactor only, incomeLossShare belongs to incomeLoss");
            }
        }
    }
}
