package org.kempelen.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kempelen.model.MarketStats;
import org.kempelen.scenario.DataCategory;

/**
 * How economic pressure moves acceptance (summary.json {@code pressure_gradient}, by_country's
 * {@code pressure_attributable_share}). Crude measures compare bands of pressure across workers
 * and countries; the attributable share and the within-country odds ratio take out what differs
 * between countries. All are decision-level: they hold fixed the offers a worker saw and that it
 * logged in; pressure's effect through logging in more often is not in them.
 */
final class PressureAnalysis {
    private static final int C = DataCategory.COUNT;
    private static final int TOP = MarketStats.BANDS - 1;

    private PressureAnalysis() {}

    /**
     * Share of expected acceptances that would not have happened had the same workers faced the
     * same offers without pressure: 1 - sum(p unpressured) / sum(p), over country x category cells
     * {@code k * C + c} for the given countries and categories; NaN without offers.
     */
    static double attributableShare(MarketStats s, int fromCountry, int toCountry, int fromCategory, int toCategory) {
        double expected = 0;
        double unpressured = 0;
        for (int k = fromCountry; k < toCountry; k++) {
            for (int c = fromCategory; c < toCategory; c++) {
                expected += s.expectedAccepted[k * C + c];
                unpressured += s.expectedAcceptedUnpressured[k * C + c];
            }
        }
        return expected == 0 ? Double.NaN : 1 - unpressured / expected;
    }

    /** summary.json {@code pressure_gradient}: per category, band rates, crude and within-country odds ratios, slope, attributable share. */
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
            e.put("pressure_attributable_share", attributableShare(s, 0, s.countries, c, c + 1));
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
