package org.kempelen.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.model.Countries;
import org.kempelen.model.MarketModel;
import org.kempelen.model.Platform;
import org.kempelen.model.PlatformCounts;
import org.kempelen.model.Requester;
import org.kempelen.model.Workers;
import org.kempelen.scenario.DataCategory;

/**
 * summary.json {@code by_platform}, for a market of several platforms (docs/ODD.md 7.10): per
 * platform its workers, visits, campaigns (posted and blocked), items by category, what its
 * workers earned per hour there, where its money went, and the requesters' final weights of it.
 */
public final class PlatformAnalysis {
    private static final int C = DataCategory.COUNT;

    private PlatformAnalysis() {}

    /** by_country.csv's platform column, and the label of the market's rows in it (readers of the market's figures keep only those). */
    public static final String COLUMN = "platform";
    public static final String ALL = "ALL";

    /**
     * by_country.csv of a market of several platforms: a {@code platform} column first; the
     * market's rows ({@code market}, labelled ALL) come first, then the same rows per platform
     * (workers: those registered there; wages: pay approved there over time spent there). Counts
     * the model keeps only for the market (pressure attribution, qualification tests, quality
     * kick-outs) are not available (NaN) in a platform's rows.
     */
    static Table byCountry(MarketModel m, Table market) {
        List<String> columns = new ArrayList<>(List.of(COLUMN));
        columns.addAll(market.columns());
        Table t = new Table(columns);
        for (Object[] row : market.rows()) t.add(concat(new Object[] {ALL}, row));
        PlatformCounts s = m.stats.byPlatform;
        Countries cs = m.countries;
        Workers ws = m.workers;
        for (Platform p : m.platforms) {
            int[] workers = new int[cs.count];
            for (int w = 0; w < ws.size; w++) if (ws.recorded(w) && ws.registeredOn(w, p.index)) workers[ws.country[w]]++;
            long all = java.util.Arrays.stream(workers).sum();
            long[] byCategory = new long[C];
            for (int k = 0; k < cs.count; k++) for (int c = 0; c < C; c++) byCategory[c] += s.itemsByCountry[s.at(p.index, k, c)];
            for (int k = 0; k < cs.count; k++) {
                Object[] who = {p.name(), cs.code[k], null, workers[k], all == 0 ? Double.NaN : workers[k] / (double) all};
                Object[] wages = wages(s, cs, p.index, k);
                for (int c = 0; c < C; c++) {
                    who[2] = DataCategory.values()[c].name();
                    t.add(concat(who, counts(s, p.index, k, c, c + 1, c == 0 ? 0 : byCategory[c]), wages));
                }
                who[2] = ALL;
                long personal = 0;
                for (int c = 1; c < C; c++) personal += byCategory[c];
                t.add(concat(who, counts(s, p.index, k, 0, C, personal), wages));
            }
        }
        return t;
    }

    /**
     * The by_country columns from offers to third parties exposed, summed over categories
     * {@code from} to {@code to - 1} of country k on platform p; the sensitive-item share is the
     * personal-data items over {@code itemsOfThese}, the platform's items of those categories from
     * all countries (0: not available, as for NONE).
     */
    private static Object[] counts(PlatformCounts s, int p, int k, int from, int to, long itemsOfThese) {
        long offers = 0, accepted = 0, items = 0, open = 0, personal = 0, approved = 0, pay = 0, cost = 0, harm = 0, notified = 0;
        double price = 0, parties = 0;
        for (int c = from; c < to; c++) {
            int i = s.at(p, k, c);
            offers += s.offersByCountry[i];
            accepted += s.acceptedByCountry[i];
            items += s.itemsByCountry[i];
            open += s.openItemsByCountry[i];
            if (c > 0) personal += s.itemsByCountry[i];
            approved += s.approvedByCountry[i];
            pay += s.payCentsByCountry[i];
            cost += s.costCentsByCountry[i];
            harm += s.harmByCountry[i];
            notified += s.notifiedByCountry[i];
            price += s.priceSumByCountry[i];
            parties += s.thirdPartiesByCountry[i];
        }
        double nan = Double.NaN;
        return new Object[] {offers, accepted, RunAnalysis.ratio(accepted, offers), nan, nan, nan, nan, nan, nan, items, approved, open,
                RunAnalysis.ratio(price, accepted), RunAnalysis.ratio(pay / 100.0, approved), RunAnalysis.ratio(cost / 100.0, approved),
                itemsOfThese == 0 ? nan : RunAnalysis.ratio(personal, itemsOfThese), harm, RunAnalysis.ratio(notified, harm), parties};
    }

    /** Country k's workers' wages on platform p: pay approved there over the time paid, and over all the time spent, there. */
    private static Object[] wages(PlatformCounts s, Countries cs, int p, int k) {
        double pay = 0;
        for (int c = 0; c < C; c++) pay += s.payCentsByCountry[s.at(p, k, c)] / 100.0;
        double paidHours = s.paidMinutesByCountry[s.pk(p, k)] / 60;
        double effective = RunAnalysis.ratio(pay, paidHours + s.unpaidMinutesByCountry[s.pk(p, k)] / 60);
        return new Object[] {RunAnalysis.ratio(pay, paidHours), effective, effective * cs.pppFactor[k], RunAnalysis.ratio(effective, cs.minimumWageHourly[k])};
    }

    private static Object[] concat(Object[]... parts) {
        int n = 0;
        for (Object[] part : parts) n += part.length;
        Object[] out = new Object[n];
        int at = 0;
        for (Object[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    static Map<String, Object> byPlatform(MarketModel m) {
        PlatformCounts s = m.stats.byPlatform;
        Workers ws = m.workers;
        Map<String, Object> out = new LinkedHashMap<>();
        for (Platform p : m.platforms) {
            int i = p.index;
            int registered = 0, multiHoming = 0;
            for (int w = 0; w < ws.size; w++) {
                if (!ws.recorded(w) || !ws.registeredOn(w, i)) continue;
                registered++;
                if (Integer.bitCount(ws.registered[w]) > 1) multiHoming++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workers_registered", registered);
            row.put("workers_on_several_platforms", multiHoming);
            row.put("visits", s.visits[i]);
            row.put("campaigns_posted", s.campaignsPosted[i]);
            row.put("campaigns_blocked_by_ban", s.blockedByBan[i]);
            row.put("campaigns_blocked_as_scam", s.blockedAsScam[i]);
            Map<String, Object> items = new LinkedHashMap<>();
            long all = 0, personal = 0, pay = 0;
            for (DataCategory c : DataCategory.values()) {
                long n = s.items[i * C + c.ordinal()];
                items.put(c.name(), n);
                all += n;
                if (c.isPersonalData()) personal += n;
                pay += s.workerPayCents[i * C + c.ordinal()];
            }
            row.put("items", all);
            row.put("personal_data_items", personal);
            row.put("items_by_category", items);
            long approved = 0;
            for (int c = 0; c < C; c++) approved += s.itemsApproved[i * C + c];
            row.put("items_approved", approved);
            double paidHours = s.paidMinutes[i] / 60, unpaidHours = s.unpaidMinutes[i] / 60;
            row.put("worker_pay_usd", pay / 100.0);
            row.put("paid_hours", paidHours);
            row.put("unpaid_hours", unpaidHours);
            row.put("effective_hourly_wage_usd", RunAnalysis.ratio(pay / 100.0, paidHours + unpaidHours));
            double weight = 0;
            for (Requester q : m.requesters) weight += q.platformWeights[i];
            row.put("mean_requester_weight_at_end", RunAnalysis.ratio(weight, m.requesters.size()));
            row.put("money", RunAnalysis.ledger(p.ledger));
            out.put(p.name(), row);
        }
        return out;
    }
}
