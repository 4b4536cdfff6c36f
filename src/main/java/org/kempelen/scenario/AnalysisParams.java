package org.kempelen.scenario;

/** Settings of the summary statistics. */
public record AnalysisParams(
        @Param(unit = "share", doc = "Countries with a worker share at most this count as scarce for the scarce-quota price premium.", def = "0.02", min = 0, max = 1)
        double scarceShare,
        @Param(unit = "bins", doc = "Bins of P for the logistic regression of acceptance on pressure.", def = "50", min = 2, max = 10000)
        int regressionBins) {}
