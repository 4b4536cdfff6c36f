package org.kempelen.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.model.MarketStats;
import org.kempelen.scenario.DataCategory;

/**
 * How economic conditions move acceptance (summary.json {@code pressure_gradient} and
 * {@code economic_conditions}, by_country's {@code share_due_to_*} columns). Crude measures
 * compare bands of pressure across workers and countries; the within-country odds ratio takes
 * out what differs between countries; the channel shares compare each offer's acceptance
 * probability with the same worker's without a shortfall (need) and, further, at the reference
 * country's purchasing power (docs/ODD.md 7.4, 10). All are decision-level: they hold fixed the
 * offers a worker saw and that it logged in; pressure's effect through logging in more often is
 * not in them.
 */
public final class PressureAnalysis {
    private static final int C = DataCategory.COUNT;
    private static final int TOP = MarketStats.BANDS - 1;

    private PressureAnalysis() {}

    /** The channel shares' names in by_country.csv and summary.json (docs/ODD.md 10). */
    public static final String NEED = "share_due_to_need";
    public static final String PURCHASING_POWER = "share_due_to_purchasing_power";
    public static final String ECONOMIC_CONDITIONS = "share_due_to_economic_conditions";
    /** The names in the order {@link #channels} returns the shares. */
    static final List<String> CHANNELS = List.of(NEED, PURCHASING_POWER, ECONOMIC_CONDITIONS);

    /**
     * Shares of the expected acceptances due to need, due to purchasing power, and their total,
     * over country x category cells {@code k * C + c} for the given countries and categories:
     * with E, E_need and E_ref the sums of the acceptance probabilities with the worker's own
     * weight, at need, and at need at the reference purchasing power, {(E - E_need) / E,
     * (E_need - E_ref) / E, (E - E_ref) / E}; NaN without offers. Need is never negative;
     * purchasing power is negative where a dollar buys less at need than in the reference country.
     */
    static double[] channels(MarketStats s, int fromCountry, int toCountry, int fromCategory, int toCategory) {
        double expected = 0, atNeed = 0, atReference = 0;
        for (int k = fromCountry; k < toCountry; k++) {
            for (int c = fromCategory; c < toCategory; c++) {
                expected += s.expectedAccepted[k * C + c];
                atNeed += s.expectedAcceptedAtNeed[k * C + c];
                atReference += s.expectedAcceptedAtReference[k * C + c];
            }
        }
        if (expected == 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        return new double[] {(expected - atNeed) / expected, (atNeed - atReference) / expected, (expected - atReference) / expected};
    }

    /**
     * summary.json {@code economic_conditions}: per category, the channel shares over all
     * countries and per country, with the country's acceptance rate beside them.
     */
    static Map<String, Object> economicConditions(MarketStats s, String[] codes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (DataCategory cat : DataCategory.values()) {
            int c = cat.ordinal();
            Map<String, Object> e = channelMap(channels(s, 0, s.countries, c, c + 1));
            Map<String, Object> byCountry = new LinkedHashMap<>();
            for (int k = 0; k < s.countries; k++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("acceptance_rate", RunAnalysis.ratio(s.accepted[k * C + c], s.offers[k * C + c]));
                row.putAll(channelMap(channels(s, k, k + 1, c, c + 1)));
                byCountry.put(codes[k], row);
            }
            e.put("by_country", byCountry);
            out.put(cat.name(), e);
        }
        return out;
    }

    /** summary.json {@code acceptance_by_country}: per category and country, accepted / evaluated offers (NaN without offers). */
    static Map<String, Object> acceptanceByCountry(MarketStats s, String[] codes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (DataCategory cat : DataCategory.values()) {
            Map<String, Object> byCountry = new LinkedHashMap<>();
            for (int k = 0; k < s.countries; k++) {
                int i = k * C + cat.ordinal();
                byCountry.put(codes[k], RunAnalysis.ratio(s.accepted[i], s.offers[i]));
            }
            out.put(cat.name(), byCountry);
        }
        return out;
    }

    private static Map<String, Object> channelMap(double[] shares) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < shares.length; i++) m.put(CHANNELS.get(i), shares[i]);
        return m;
    }

    /** summary.json {@code pressure_gradient}: per category, band rates, crude and within-country odds ratios, slope, channel shares. */
    static Map<String, Object> gradient(MarketStats s) {
        Map<String, Object> out = new LinkedHashMap<>();
        int bins = s.regressionBins;
        double[] x = new double[bins];
        for (int b = 0; b < bins; b++) x[b] = (b + 0.5) / bins;
        for (DataCategory cat : DataCategory.values()) {
            int c = cat.ordinal();
            int top = TOP * C + c;
            long[] n = new long[bins];
            long[] y = new long[bins];
            for (int b = 0; b < bins; b++) {
                n[b] = s.binOffers[b * C + c];
                y[b] = s.binAccepted[b * C + c];
            }
            double[] fit = Statistics.logisticRegression(x, n, y);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("acceptance_bottom_band", RunAnalysis.ratio(s.bandAccepted[c], s.bandOffers[c]));
            e.put("acceptance_top_band", RunAnalysis.ratio(s.bandAccepted[top], s.bandOffers[top]));
            e.put("offers_bottom_band", s.bandOffers[c]);
            e.put("offers_top_band", s.bandOffers[top]);
            e.put("odds_ratio_top_vs_bottom", Statistics.oddsRatio(s.bandAccepted[top], s.bandOffers[top], s.bandAccepted[c], s.bandOffers[c]));
            e.put("pressure_odds_ratio_within_country", withinCountryOddsRatio(s, c));
            e.put("logit_slope", fit[1]);
            e.put("logit_slope_se", fit[2]);
            e.putAll(channelMap(channels(s, 0, s.countries, c, c + 1)));
            out.put(cat.name(), e);
        }
        return out;
    }

    /** Mantel–Haenszel odds ratio of acceptance of category c, top pressure band vs bottom band, countries as strata. */
    static double withinCountryOddsRatio(MarketStats s, int c) {
        int k = s.countries;
        long[] acceptedTop = new long[k], offersTop = new long[k], acceptedBottom = new long[k], offersBottom = new long[k];
        for (int i = 0; i < k; i++) {
            int top = (i * MarketStats.BANDS + TOP) * C + c;
            int bottom = (i * MarketStats.BANDS) * C + c;
            acceptedTop[i] = s.countryBandAccepted[top];
            offersTop[i] = s.countryBandOffers[top];
            acceptedBottom[i] = s.countryBandAccepted[bottom];
            offersBottom[i] = s.countryBandOffers[bottom];
        }
        return Statistics.mantelHaenszelOddsRatio(acceptedTop, offersTop, acceptedBottom, offersBottom);
    }
}
