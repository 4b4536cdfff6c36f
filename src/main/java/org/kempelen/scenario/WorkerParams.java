package org.kempelen.scenario;

/** How worker attributes are drawn, and how workers log in, enter and leave. */
public record WorkerParams(
        @Param(doc = "Log-normal sigma of a worker's living cost around the country's.", def = "0.3", min = 0, max = 3)
        double livingCostDispersion,
        @Param(unit = "hours/day", doc = "Hours a day of other paid work, at the local wage, for workers who have another income.", def = "5", min = 0, max = 24)
        double otherIncomeHoursPerDay,
        @Param(doc = "Log-normal sigma of other income.", def = "0.5", min = 0, max = 3)
        double otherIncomeDispersion,
        @Param(unit = "days", doc = "Median savings at entry, in days of the worker's living cost.", def = "20", min = 0, max = 3650)
        double initialSavingsDays,
        @Param(doc = "Log-normal sigma of savings at entry.", def = "1.0", min = 0, max = 5)
        double savingsDispersion,
        @Param(unit = "hours/day", doc = "Median hours a day a worker can spend on the platform when logged in.", def = "3", min = 0, minExclusive = true, max = 16)
        double hoursPerDay,
        @Param(doc = "Log-normal sigma of hours per day (capped at 16).", def = "0.5", min = 0, max = 3)
        double hoursDispersion,
        @Param(unit = "share", doc = "Median reservation wage as a share of the country's local alternative hourly wage.", def = "0.6", min = 0, max = 10)
        double reservationWageRatio,
        @Param(doc = "Log-normal sigma of the reservation wage.", def = "0.3", min = 0, max = 3)
        double reservationWageDispersion,
        @Param(unit = "share", doc = "Median skill (0..1); skill is logit-normal.", def = "0.7", min = 0, max = 1, minExclusive = true, maxExclusive = true)
        double skillMedian,
        @Param(doc = "Standard deviation of skill on the logit scale.", def = "0.8", min = 0, max = 5)
        double skillDispersion,
        @Param(unit = "probability/day", doc = "Probability that a worker without pressure logs in on a day.", def = "0.35", min = 0, max = 1)
        double loginProbability,
        @Param(unit = "probability/day", doc = "Added to the login probability at full pressure (P = 1), proportionally in between.", def = "0.45", min = 0, max = 1)
        double loginPressureBoost,
        @Param(unit = "days", doc = "Half-life of a worker on the platform without other reasons to leave (FIELD.md: 12-18 months).", def = "450", min = 1, max = 36500)
        double halfLifeDays,
        @Param(doc = "Exit hazard multiplier while the recent effective hourly wage is below the worker's reservation wage.", def = "1.5", min = 0, max = 100)
        double lowWageExitMultiplier,
        @Param(doc = "Exit hazard multiplier during harmMemoryDays after the worker was told of harm to its data.", def = "3", min = 0, max = 100)
        double harmExitMultiplier,
        @Param(unit = "days", doc = "How long notified harm raises the exit hazard.", def = "90", min = 0, max = 3650)
        double harmMemoryDays,
        @Param(unit = "days", doc = "Time constant of the moving average of a worker's earnings and hours used for its recent effective wage.", def = "30", min = 1, max = 3650)
        double wageMemoryDays,
        @Param(doc = "New workers per day, as a multiple of the rate that replaces base-hazard exits of the initial population.", def = "1", min = 0, max = 100)
        double entryRateMultiplier,
        @Param(doc = "Entry by country is proportional to workerShare x (1 + boost x mean pressure in that country) (docs/ODD.md 7.7).", def = "1", min = 0, max = 100)
        double entryPressureBoost,
        @Param(doc = "Elasticity of a country's entry rate to what the platform pays its workers relative to the local alternative wage, both spent locally, against that ratio on the first recorded day (assumption 'entry elasticity', docs/ODD.md 7.7; 0: entry ignores pay).", def = "1", min = 0, max = 10)
        double entryWageElasticity,
        @Param(doc = "A logged-in worker's hours are hoursPerDay x (1 + this x pressure), at most 16: need lengthens the working day (assumption 'hours under need', docs/ODD.md 7.4).", def = "1", min = 0, max = 10)
        double hoursPressureBoost,
        @Param(doc = "Log-normal sigma of a worker's speed (1/speed has mean 1; docs/ODD.md 7.4.2). 0 (all alike) until the wage distribution is calibrated; about 0.85 puts 4 % of MTurk workers above $7.25/h as Hara et al. 2018 measured.", def = "0", min = 0, max = 3)
        double speedDispersion,
        @Param(doc = "Learning gain g: a fully practised worker is 1 + g times as fast at tasks and search and makes 1 + g times fewer errors (assumption 'learning curve', 7.4.2). 0 (no learning) until calibrated.", def = "0", min = 0, max = 10)
        double learningGain,
        @Param(unit = "tasks", doc = "Tasks submitted at which a worker has made 63 % of its learning gain (1 - 1/e; the order of MTurk's approved-HIT qualifications, Kummerfeld 2021); nominal task times are those of a worker this experienced.", def = "500", min = 0, minExclusive = true, max = 1e7)
        double learningTasks,
        @Param(unit = "probability", doc = "Probability that a fully practised worker compares each offer drawn with a second and takes the better paying per minute (requester lists and qualifications; assumption 'requester lists', 7.4.2). 0 (no choice) until calibrated.", def = "0", min = 0, max = 1)
        double selectionShare) implements Checked {

    @Override
    public void check(Checks checks) {
        checks.require(loginProbability + loginPressureBoost <= 1 + 1e-12, "loginPressureBoost",
                "loginProbability " + Scenario.fmt(loginProbability) + " + loginPressureBoost " + Scenario.fmt(loginPressureBoost)
                        + " is " + Scenario.fmt(loginProbability + loginPressureBoost) + "; it is a probability and must be at most 1");
    }
}
