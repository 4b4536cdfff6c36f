package org.kempelen.scenario;

/** Privacy valuation, risk and task defaults of one data category (MODEL.md section 2, DataCategory). */
public record CategoryParams(
        @Param(unit = "USD", doc = "Median willingness to accept of a reference worker for one item, before risk.", min = 0)
        double medianWta,
        @Param(doc = "Log-normal sigma of WTA among non-refusers.", def = "0.6", min = 0, max = 5)
        double wtaDispersion,
        @Param(unit = "share", doc = "Share of workers whose WTA is far higher: privacy valuations are bimodal.", min = 0, max = 1)
        double refuserShare,
        @Param(doc = "Refusers' WTA is the drawn WTA times this.", def = "25", min = 1, max = 1e6)
        double refuserMultiplier,
        @Param(unit = "share", doc = "How surely a leaked item identifies the worker (0..1); harm = severity x identifiability.", min = 0, max = 1)
        double identifiability,
        @Param(doc = "Relative severity of harm when an item is breached or misused.", min = 0, max = 1000)
        double harmSeverity,
        @Param(unit = "persons/item", doc = "Mean number of non-consenting others exposed per item (contacts of a social account).", def = "0", min = 0)
        double thirdPartiesExposed,
        @Param(unit = "probability", doc = "Published probability of harm per item over its life; used under CATEGORY disclosure, to scale perceived risk, and for initial beliefs.", min = 0, max = 1)
        double knownRisk,
        @Param(unit = "minutes", doc = "Minutes a task of this category takes.", min = 0, minExclusive = true, max = 1440)
        double taskMinutes,
        @Param(unit = "USD", doc = "Typical base price per item offered by requesters (times the requester type's price multiplier).", min = 0, minExclusive = true)
        double typicalPrice) implements Checked {

    @Override
    public void check(Checks checks) {
        // Items without a risk must not be used to scale perceived risk; NONE has WTA 0, which makes it moot.
        checks.require(knownRisk > 0 || medianWta == 0, "knownRisk",
                "knownRisk is 0 but medianWta is " + Scenario.fmt(medianWta) + "; a category whose data has a price needs a known risk > 0");
    }
}
