package org.kempelen.scenario;

import java.util.Map;

/** One requester type: how many requesters and what campaigns they post (MODEL.md section 2, Requester and campaign). */
public record RequesterParams(
        @Param(unit = "requesters", doc = "Requesters of this type.", min = 0, max = 1_000_000)
        int count,
        @Param(unit = "campaigns/day", doc = "Mean new campaigns per requester per day (Poisson).", min = 0, max = 1000)
        double campaignsPerDay,
        @Param(doc = "Weights of the data categories of this type's campaigns (normalised).", min = 0)
        Map<DataCategory, Double> categoryMix,
        @Param(doc = "Base price = category typicalPrice x this x log-normal noise.", def = "1", min = 0, minExclusive = true, max = 1000)
        double priceMultiplier,
        @Param(doc = "Log-normal sigma of the base price.", def = "0.3", min = 0, max = 3)
        double priceDispersion,
        @Param(unit = "items", doc = "Median items a campaign asks for (log-normal, sigma 0.5).", min = 1)
        double itemsPerCampaign,
        @Param(doc = "How the first campaigns spread their quota over countries (WORKFORCE, UNIFORM, WEIGHTS), or OPEN: no country quotas, one quota filled by whoever accepts first (docs/ODD.md 7.2).")
        CountryTargeting countryTargeting,
        @Param(doc = "Country weights for countryTargeting WEIGHTS (normalised; countries left out get none).", min = 0)
        Map<String, Double> countryWeights,
        @Param(unit = "share", doc = "Retargeting rate: the next campaign's country weights move this far toward the countries that filled fastest per dollar.", min = 0, max = 1)
        double retargeting,
        @Param(unit = "days", doc = "Days a campaign stays open unless filled or out of budget.", min = 1, max = 3650)
        int deadlineDays,
        @Param(doc = "Budget = this x base price x quota x (1 + commission): room for escalating prices.", def = "1.5", min = 1, max = 100)
        double budgetSlack,
        @Param(unit = "probability", doc = "Probability a campaign hides who the requester is.", min = 0, max = 1)
        double anonymousProbability,
        @Param(unit = "probability", doc = "Probability a campaign states its purpose.", min = 0, max = 1)
        double purposeDisclosedProbability,
        @Param(unit = "days", doc = "Days the data is kept after the campaign closes.", min = 0, max = 36500)
        double retentionDays,
        @Param(unit = "1/year", doc = "Hazard that the requester's store of a campaign's data is breached, per year while retained.", min = 0, max = 100)
        double breachHazardPerYear,
        @Param(unit = "probability", doc = "Probability an item is used beyond the stated purpose (sold, in an advert) during retention.", min = 0, max = 1)
        double misuseProbability,
        @Param(unit = "probability", doc = "Probability a campaign is legitimate; an illegitimate one takes the data and never pays.", min = 0, max = 1)
        double legitimateProbability,
        @Param(unit = "minutes", doc = "Unpaid qualification test before a worker's first task for a requester (0 = none).", min = 0, max = 1440)
        double qualificationMinutes,
        @Param(unit = "share", doc = "Difficulty (0..1): rejection and test-failure probability is difficulty x (1 - skill).", min = 0, max = 1)
        double difficulty,
        @Param(doc = "Multiplier on the price in scarce countries (worker share at most analysis.scarceShare), after the pricing rule: a higher fixed price for scarce groups (1 = none).", def = "1", min = 0, minExclusive = true, max = 100)
        double scarcityPremium,
        @Param(doc = "Kick-out after a quality score: reviewed tasks per check and the approved tasks a worker needs to keep working for the requester.")
        QualityCheckParams qualityCheck,
        @Param(unit = "USD/hour", doc = "Pays by the hour of task time instead of per item (0 = piece rate): the price per item is this x the category's taskMinutes / 60, and a task is paid whether or not review approves it.", def = "0", min = 0, max = 10_000)
        double hourlyPay,
        @Param(unit = "probability", doc = "Probability that a campaign's data is passed to processors abroad (hidden end clients); its protection is then processorDataProtection, not the worker's country's (0 = kept under the worker's country's protection).", def = "0", min = 0, max = 1)
        double transferShare,
        @Param(unit = "probability", doc = "Data protection where transferred data is held: the probability that harm to it is notified and that an erasure request reaches it (replaces countries.*.dataProtection for transferred campaigns).", def = "0", min = 0, max = 1)
        double processorDataProtection) implements Checked {

    @Override
    public void check(Checks checks) {
        double w = categoryMix.values().stream().mapToDouble(Double::doubleValue).sum();
        checks.require(count == 0 || campaignsPerDay == 0 || w > 0, "categoryMix",
                "all category weights are 0; give at least one positive weight");
    }
}
