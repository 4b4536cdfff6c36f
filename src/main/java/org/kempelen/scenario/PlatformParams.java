package org.kempelen.scenario;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A platform's rules (MODEL.md section 2, Platform) and its size in a market of several (docs/ODD.md 7.10). */
public record PlatformParams(
        @Param(doc = "Name of the platform in the outputs of a scenario with several platforms; under platforms.<name> it is the key.", def = "main", directoryName = true)
        String name,
        @Param(unit = "share", doc = "Share of workers registered on this platform; each worker registers on each platform independently, and one registered on none joins one drawn by these shares (docs/ODD.md 7.10).", def = "1", min = 0, max = 1)
        double workforceShare,
        @Param(unit = "share", doc = "Share of the workers of a country registered on this platform, for the countries listed (others: workforceShare).",
               def = "{}", countryKeys = true, min = 0, max = 1)
        Map<String, Double> workforceShareByCountry,
        @Param(unit = "weight", doc = "Initial weight of this platform in requesters' choice of where to post (relative to the other platforms; learnt from then on, docs/ODD.md 7.10).", def = "1", min = 0)
        double demandShare,
        @Param(unit = "share", doc = "Commission on the price paid to the worker.", def = "0.2", min = 0, max = 1, maxExclusive = true)
        double commission,
        @Param(doc = "Whether the commission is added to the requester's price or taken from the worker's pay.", def = "ON_TOP")
        CommissionMode commissionMode,
        @Param(doc = "How prices are set per country.")
        PricingParams pricing,
        @Param(unit = "USD/hour", doc = "Pay floor per hour of task time, applied after any pricing rule (0 = none); required by PAY_FLOOR.", def = "0", min = 0)
        double minimumHourlyPay,
        @Param(doc = "Data categories the platform bans.", def = "[]")
        List<DataCategory> bannedCategories,
        @Param(unit = "probability", doc = "Probability that a campaign in a banned category is caught and removed before it is posted.", def = "1", min = 0, max = 1)
        double banEnforcement,
        @Param(unit = "probability", doc = "Probability that an illegitimate (scam) campaign is caught before it is posted.", def = "0.5", min = 0, max = 1)
        double screening,
        @Param(doc = "What a worker learns about a campaign before accepting.", def = "NONE")
        Disclosure disclosure,
        @Param(doc = "Payouts: threshold, fee, increments, schedule.")
        PayoutParams payout,
        @Param(unit = "days", doc = "Days between submission and review; pay reaches the balance after it.", def = "3", min = 0, max = 365)
        int approvalDays,
        @Param(unit = "offers", doc = "Tasks a worker is shown per visit.", def = "10", min = 1, max = 1000)
        int offersPerLogin,
        @Param(unit = "minutes", doc = "Unpaid minutes spent finding and reading each offer (about 20 unpaid minutes per paid hour, Berg et al. 2018).", def = "0.4", min = 0, max = 120)
        double searchMinutesPerOffer,
        @Param(doc = "Whether requesters may target countries (per-country quotas); if not, a campaign has one global quota.", def = "true")
        boolean countryTargeting,
        @Param(unit = "days", doc = "A balance is forfeited after this many days without a login (0 = never).", def = "0", min = 0, max = 36500)
        int inactivityForfeitDays) implements Checked {

    /** Share of country {@code code}'s workers registered here. */
    public double workforceShare(String code) {
        return workforceShareByCountry.getOrDefault(code, workforceShare);
    }

    @Override
    public void check(Checks checks) {
        Set<DataCategory> seen = EnumSet.noneOf(DataCategory.class);
        for (DataCategory c : bannedCategories) {
            if (!seen.add(c)) {
                checks.error("bannedCategories", "found " + c + " twice; list each category once");
                break;
            }
        }
        checks.require(pricing.rule() != PricingRuleType.PAY_FLOOR || minimumHourlyPay > 0, "minimumHourlyPay",
                "found " + Scenario.fmt(minimumHourlyPay) + ", but pricing rule PAY_FLOOR needs a floor: set platform.minimumHourlyPay > 0 (USD/hour)");
    }
}
