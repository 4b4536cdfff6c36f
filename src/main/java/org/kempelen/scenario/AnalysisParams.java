package org.kempelen.scenario;

/** Settings of the summary statistics, and the one definition of scarce groups (also used by requesters.*.scarcityPremium). */
public record AnalysisParams(
        @Param(unit = "share", doc = "Countries with a worker share at most this are scarce groups: requesters pay their scarcityPremium there, and the summary reports the scarce-quota price premium.", def = "0.02", min = 0, max = 1)
        double scarceShare,
        @Param(unit = "bins", doc = "Bins of P for the logistic regression of acceptance on pressure.", def = "50", min = 2, max = 10000)
        int regressionBins) {}
