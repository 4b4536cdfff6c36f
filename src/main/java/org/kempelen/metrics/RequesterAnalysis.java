package org.kempelen.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kempelen.model.MarketStats;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.RequesterType;

/**
 * Acceptance by requester type (summary.json {@code by_requester_type}): what workers make of the
 * campaigns of scammers, data vendors or a government, which the category alone does not tell.
 */
final class RequesterAnalysis {
    private static final int C = DataCategory.COUNT;

    private RequesterAnalysis() {}

    /** Per type with offers: offers, acceptances and rate, over all categories and over the personal-data ones. */
    static Map<String, Object> byType(MarketStats s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RequesterType t : RequesterType.values()) {
            long offers = 0, accepted = 0, personalOffers = 0, personalAccepted = 0;
            for (DataCategory c : DataCategory.values()) {
                int i = t.ordinal() * C + c.ordinal();
                offers += s.typeOffers[i];
                accepted += s.typeAccepted[i];
                if (c.isPersonalData()) {
                    personalOffers += s.typeOffers[i];
                    personalAccepted += s.typeAccepted[i];
                }
            }
            if (offers == 0) continue;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("offers", offers);
            row.put("accepted", accepted);
            row.put("acceptance", RunAnalysis.ratio(accepted, offers));
            row.put("personal_data_offers", personalOffers);
            row.put("personal_data_acceptance", RunAnalysis.ratio(personalAccepted, personalOffers));
            out.put(t.name(), row);
        }
        return out;
    }
}
