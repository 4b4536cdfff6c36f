package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.CategoryParams;
import org.kempelen.scenario.CountryParams;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.Scenario;

/** The decision rule of docs/ODD.md 7.1 and 7.4 with the default parameters: need can overcome a refusal, and never lowers acceptance. */
class NeedTest {
    private final Scenario s = Scenarios.load(List.of());
    private final MoneyWeight weight = new MoneyWeight(s.economy());
    private final double alpha = s.decision().alpha();

    /** Acceptance probability of an offer paying {@code pay} for {@code minutes}, at shortfall 1 - c / L. */
    private double probability(CountryParams k, double shortfall, double pay, double minutes, double privacyCost) {
        double need = k.livingCostMonthly() / Countries.DAYS_PER_MONTH;
        double atNeed = weight.atNeed(need, k.pppFactor());
        double reservation = k.localHourlyWage() * s.workers().reservationWageRatio();
        double cost = Decision.timeCost(atNeed, reservation, minutes) + privacyCost;
        return Draw.logistic(Decision.utility(alpha, weight.weight(atNeed, shortfall), pay, cost));
    }

    /** Privacy cost at the prior under no disclosure and an anonymous requester (ODD 7.4). */
    private double privacyCost(CategoryParams c, double wta) {
        double share = s.decision().intrinsicPrivacyShare();
        return wta * (share + (1 - share) * s.decision().ambiguityPremium());
    }

    @Test
    void acceptanceNeverFallsAsResourcesFallForAnyCategoryCountryOrValuation() {
        for (CountryParams k : s.countries().values()) {
            for (DataCategory cat : DataCategory.values()) {
                CategoryParams c = s.categories().get(cat);
                for (double wta : new double[] {c.medianWta(), c.medianWta() * c.refuserMultiplier()}) {
                    for (double minutes : new double[] {c.taskMinutes(), c.taskMinutes() + 15}) {
                        double previous = -1;
                        for (double shortfall = -2; shortfall <= 1.0001; shortfall += 0.01) {
                            double p = probability(k, shortfall, c.typicalPrice(), minutes, privacyCost(c, wta));
                            assertTrue(p >= previous, k.name() + " " + cat + " wta " + wta + ": acceptance " + p
                                    + " at shortfall " + shortfall + " below " + previous + " with more resources");
                            previous = p;
                        }
                    }
                }
            }
        }
    }

    @Test
    void needOvercomesASelfieRefusalWhereADollarWeighsMostButNotWhereItWeighsLeast() {
        CategoryParams selfie = s.categories().get(DataCategory.FACE_PHOTO);
        double refusal = privacyCost(selfie, selfie.medianWta() * selfie.refuserMultiplier());
        CountryParams venezuela = s.countries().get("VE");
        CountryParams us = s.countries().get("US");
        double minutes = selfie.taskMinutes();
        assertTrue(probability(venezuela, 0, 3, minutes, refusal) < 0.01, "a Venezuelan refuser whose needs are met declines a $3 selfie");
        assertTrue(probability(venezuela, 0.9, 3, minutes, refusal) > 0.99, "the same refuser with almost nothing accepts it");
        assertTrue(probability(us, 1, 3, minutes, refusal) < 0.01, "a US refuser declines it even with nothing: a dollar weighs less there");
        // Gradually: the money weight rises continuously from need to the cap.
        double mid = probability(venezuela, 0.6, 3, minutes, refusal);
        assertTrue(mid > probability(venezuela, 0.3, 3, minutes, refusal) && mid < probability(venezuela, 0.9, 3, minutes, refusal),
                "acceptance rises with the shortfall between need and nothing");
    }

    @Test
    void theWeightOfMoneyIsCappedAndOneAtTheReference() {
        double reference = s.economy().referenceLivingCostMonthly() / Countries.DAYS_PER_MONTH;
        assertTrue(Math.abs(weight.weight(weight.atNeed(reference, 1), 0) - 1) < 1e-12, "reference worker at need: m = 1");
        double capped = weight.weight(1, 1);
        assertTrue(Math.abs(capped - s.economy().maxNeedWeight()) < 1e-9, "with nothing, m = b x cap: " + capped);
        assertTrue(weight.weight(1, -1) < 1, "above need a dollar weighs less than at need");
    }
}
