package org.kempelen.scenario;

/** A dated change to a country's economy; factors multiply the values in force. */
public record Shock(
        @Param(unit = "day", doc = "Day on which the shock applies (at the start of the day).", min = 0)
        int day,
        @Param(doc = "Living costs of the country's workers are multiplied by this.", def = "1", min = 0, minExclusive = true, max = 1000)
        double livingCostFactor,
        @Param(doc = "Other incomes of the country's workers are multiplied by this.", def = "1", min = 0, max = 1000)
        double otherIncomeFactor,
        @Param(unit = "share", doc = "Added to the share without other income: that many workers (as a share of all) lose their other income.", def = "0", min = -1, max = 1)
        double noOtherIncomeShareDelta) {}
