package org.kempelen.scenario;

/** Economic pressure {@code P} and the money weight {@code m} (MODEL.md section 2, Worker). */
public record EconomyParams(
        @Param(unit = "USD/month", doc = "Living cost of the reference worker: m = (reference / own living cost) x (1 + lambda P).", def = "1800", min = 0, minExclusive = true)
        double referenceLivingCostMonthly,
        @Param(doc = "lambda: how much more a dollar weighs under full pressure (m multiplied by 1 + lambda P).", def = "1", min = 0, max = 100)
        double pressureWeight,
        @Param(unit = "days", doc = "H, the runway horizon: savings count as savings / H of daily income in P.", def = "30", min = 0, minExclusive = true, max = 3650)
        double runwayDays) {}
