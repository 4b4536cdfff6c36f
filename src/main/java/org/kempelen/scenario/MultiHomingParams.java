package org.kempelen.scenario;

/** How a worker registered on several platforms splits its logins among them (docs/ODD.md 7.10). */
public record MultiHomingParams(
        @Param(unit = "per USD/hour", doc = "Sensitivity of a multi-homing worker's choice of platform to the hourly earnings its country's workers get there: a login goes to platform p with probability proportional to exp(earningsSensitivity x expected USD/hour on p); 0: an even split.", def = "0.5", min = 0, max = 100)
        double earningsSensitivity,
        @Param(unit = "days", doc = "Time constant of the expected hourly earnings per country and platform (decaying sums of net pay approved and of hours worked and searched).", def = "30", min = 1, max = 3650)
        double earningsMemoryDays) {}
