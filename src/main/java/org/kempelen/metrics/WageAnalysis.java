package org.kempelen.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kempelen.model.MarketModel;
import org.kempelen.model.MarketStats;
import org.kempelen.model.Workers;

/**
 * Wages: the per-worker rule (what a worker received, its paid and effective hourly wage), used
 * alike by summary.json's {@code wages} and by workers.csv, so the two always agree.
 */
public final class WageAnalysis {
    /** Paid plus unpaid hours a worker needs for its hourly wages to be reported (NA below). */
    public static final double MIN_HOURS_FOR_WAGE = 1.0;
    /** US federal minimum wage per hour, the threshold of {@code share_workers_above_7_25_per_hour}. */
    static final double US_FEDERAL_MINIMUM_WAGE = 7.25;

    private WageAnalysis() {}

    /** Pay a worker got or still holds, USD: approved pay less forfeited balances (forfeits are unpaid labour). */
    static double received(Workers ws, int w) {
        return (ws.earnedCents[w] - ws.forfeitedCents[w]) / 100.0;
    }

    static double paidHours(Workers ws, int w) {
        return ws.paidMinutes[w] / 60;
    }

    static double unpaidHours(Workers ws, int w) {
        return ws.unpaidMinutes[w] / 60;
    }

    /** Received / (paid + unpaid hours); NaN below {@link #MIN_HOURS_FOR_WAGE} hours. */
    static double effectiveHourlyWage(Workers ws, int w) {
        double hours = paidHours(ws, w) + unpaidHours(ws, w);
        return hours >= MIN_HOURS_FOR_WAGE ? received(ws, w) / hours : Double.NaN;
    }

    /** Received / paid hours; NaN below {@link #MIN_HOURS_FOR_WAGE} paid plus unpaid hours, or without paid time. */
    static double paidHourlyWage(Workers ws, int w) {
        double paid = paidHours(ws, w);
        return paid > 0 && paid + unpaidHours(ws, w) >= MIN_HOURS_FOR_WAGE ? received(ws, w) / paid : Double.NaN;
    }

    /** summary.json {@code wages}, over recorded workers (not those who left during the burn-in). */
    static Map<String, Object> summary(MarketModel m) {
        Workers ws = m.workers;
        MarketStats s = m.stats;
        double[] effective = new double[ws.size];
        double[] paidWage = new double[ws.size];
        int n = 0, nPaid = 0, aboveMinimum = 0;
        double paid = 0, unpaid = 0;
        long earnedCents = 0, forfeitedCents = 0;
        for (int w = 0; w < ws.size; w++) {
            if (!ws.recorded(w)) continue;
            paid += paidHours(ws, w);
            unpaid += unpaidHours(ws, w);
            earnedCents += ws.earnedCents[w];
            forfeitedCents += ws.forfeitedCents[w];
            double e = effectiveHourlyWage(ws, w);
            if (Double.isNaN(e)) continue;
            effective[n++] = e;
            if (e >= US_FEDERAL_MINIMUM_WAGE) aboveMinimum++;
            double p = paidHourlyWage(ws, w);
            if (!Double.isNaN(p)) paidWage[nPaid++] = p;
        }
        // Platform income as the main income: recent platform pay per day above other earned income, among recently working
        // workers (the survey's question, as read here); beside it the stricter reading that counts benefits as income too.
        double perDay = 1 - Math.exp(-1.0 / m.scenario.workers().wageMemoryDays());
        int working = 0, main = 0, mainWithBenefits = 0;
        for (int i = 0; i < ws.activeCount(); i++) {
            int w = ws.activeId(i);
            if (ws.recentHours[w] <= 0.5) continue;
            working++;
            if (ws.recentPay[w] * perDay > ws.otherIncome[w]) main++;
            if (ws.recentPay[w] * perDay > ws.income(w)) mainWithBenefits++;
        }
        double earnedAll = earnedCents / 100.0;
        double received = (earnedCents - forfeitedCents) / 100.0;
        Map<String, Object> unpaidCauses = new LinkedHashMap<>();
        unpaidCauses.put("search", s.unpaidSearchMinutes / 60);
        unpaidCauses.put("qualification_tests", s.unpaidQualificationMinutes / 60);
        unpaidCauses.put("rejected_tasks", s.unpaidRejectedMinutes / 60);
        unpaidCauses.put("scam_tasks", s.unpaidScamMinutes / 60);
        Map<String, Object> out = new LinkedHashMap<>();
        double median = Statistics.median(effective, n);
        out.put("median_effective_hourly_wage_usd", median);
        // Hara et al.'s mean: of the workers' own hourly wages (not pooled over hours), beside their median; its ratio to the median is the skew.
        double sum = 0;
        for (int i = 0; i < n; i++) sum += effective[i];
        double mean = n == 0 ? Double.NaN : sum / n;
        out.put("mean_of_workers_effective_hourly_wage_usd", mean);
        out.put("mean_to_median_effective_hourly_wage", RunAnalysis.ratio(mean, median));
        out.put("median_paid_hourly_wage_usd", Statistics.median(paidWage, nPaid));
        out.put("share_workers_above_7_25_per_hour", RunAnalysis.ratio(aboveMinimum, n));
        out.put("mean_paid_hourly_wage_usd", RunAnalysis.ratio(received, paid));
        out.put("mean_effective_hourly_wage_usd", RunAnalysis.ratio(received, paid + unpaid));
        out.put("unpaid_time_share", RunAnalysis.ratio(unpaid, paid + unpaid));
        out.put("earnings_usd", received);
        out.put("paid_hours", paid);
        out.put("unpaid_hours", unpaid);
        out.put("unpaid_hours_by_cause", unpaidCauses);
        out.put("platform_main_income_share", RunAnalysis.ratio(main, working));
        out.put("platform_main_income_share_counting_benefits", RunAnalysis.ratio(mainWithBenefits, working));
        out.put("forfeited_share_of_earnings", RunAnalysis.ratio(forfeitedCents / 100.0, earnedAll));
        return out;
    }
}
