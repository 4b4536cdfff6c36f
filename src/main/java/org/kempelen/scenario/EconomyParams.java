package org.kempelen.scenario;

/**
 * Economic pressure {@code P} and the money weight {@code m}: the marginal utility of a platform
 * dollar under a Stone–Geary utility of consumption, relative to a reference worker whose needs
 * are just met (docs/ODD.md 7.1).
 */
public record EconomyParams(
        @Param(unit = "USD/month", doc = "Living cost of the reference worker, whose money weight is 1 when its needs are just met.", def = "1800", min = 0, minExclusive = true)
        double referenceLivingCostMonthly,
        @Param(unit = "share", doc = "theta: subsistence as a share of living cost. As resources fall toward it (P toward 1 - theta), the weight of money rises without bound, up to maxNeedWeight.", def = "0.3", min = 0, max = 0.95)
        double subsistenceShare,
        @Param(doc = "eta: curvature of utility above subsistence (1: logarithmic). m = b (need multiplier)^eta.", def = "1", min = 0.1, max = 10)
        double curvature,
        @Param(doc = "Cap on the need multiplier (1 - theta) / (1 - theta - P): the surplus over subsistence never counts as less than (1 - theta) / cap of need (informal help, credit).", def = "20", min = 1, max = 1000)
        double maxNeedWeight,
        @Param(unit = "days", doc = "H, the runway horizon: savings count as savings / H of daily income in P and in the money weight.", def = "30", min = 0, minExclusive = true, max = 3650)
        double runwayDays,
        @Param(unit = "days", doc = "Savings buffer, in days of the worker's living cost: savings above it are spent down over the runway horizon, so that savings (and the money weight) of workers who earn more than they need stay bounded.", def = "30", min = 0, max = 3650)
        double savingsTargetDays) {}
