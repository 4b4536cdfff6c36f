package org.kempelen.scenario;

/** A dated change to a country's economy, of a named kind; factors multiply the values in force (docs/ODD.md 7.1). */
public record Shock(
        @Param(unit = "day", doc = "Day on which the shock applies (at the start of the day).", min = 0)
        int day,
        @Param(doc = "currencyCollapse (dollar value of local income, savings, benefits and wages x factor; USD living cost x livingCostFactor), incomeLoss (incomeLossShare of the workers with other income lose it; other incomes and local wages x factor), priceLevel (USD living cost x livingCostFactor), safetyNet (social protection becomes safetyNetCoverage and safetyNetBenefit, e.g. emergency transfers).")
        ShockKind kind,
        @Param(doc = "currencyCollapse: dollar value of the local currency after the shock relative to before; local incomes, savings, local, reservation and minimum wages in USD are multiplied by it. incomeLoss: other incomes of those who keep them, and local and reservation wages, are multiplied by it.", def = "1", min = 0, minExclusive = true, max = 1000)
        double factor,
        @Param(doc = "currencyCollapse and priceLevel: living costs in USD are multiplied by this (1 in a collapse: dollar prices of what a household needs keep their level).", def = "1", min = 0, minExclusive = true, max = 1000)
        double livingCostFactor,
        @Param(unit = "share", doc = "incomeLoss: share of the country's workers with another income who lose it.", def = "0", min = 0, max = 1)
        double incomeLossShare,
        @Param(unit = "share", doc = "safetyNet: the country's safetyNetCoverage from this day on (0 if not given).", def = "0", min = 0, max = 1)
        double safetyNetCoverage,
        @Param(unit = "share of living cost", doc = "safetyNet: the country's safetyNetBenefit from this day on (0 if not given).", def = "0", min = 0, max = 2)
        double safetyNetBenefit) implements Checked {

    @Override
    public void check(Checks checks) {
        if (kind == null) return;
        if (kind != ShockKind.safetyNet) {
            checks.require(safetyNetCoverage == 0 && safetyNetBenefit == 0, safetyNetCoverage != 0 ? "safetyNetCoverage" : "safetyNetBenefit",
                    "found " + Scenario.fmt(safetyNetCoverage != 0 ? safetyNetCoverage : safetyNetBenefit) + "; safetyNetCoverage and safetyNetBenefit belong to a safetyNet shock, not a " + kind);
        }
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
            case safetyNet -> {
                checks.require(factor == 1 && livingCostFactor == 1 && incomeLossShare == 0, factor != 1 ? "factor" : livingCostFactor != 1 ? "livingCostFactor" : "incomeLossShare",
                        "a safetyNet shock takes safetyNetCoverage and safetyNetBenefit only; factor, livingCostFactor and incomeLossShare belong to the other kinds");
            }
        }
    }
}
