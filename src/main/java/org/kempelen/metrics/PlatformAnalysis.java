package org.kempelen.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
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
final class PlatformAnalysis {
    private static final int C = DataCategory.COUNT;

    private PlatformAnalysis() {}

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
