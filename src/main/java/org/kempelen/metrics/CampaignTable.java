package org.kempelen.metrics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kempelen.model.Campaign;
import org.kempelen.model.MarketModel;

/**
 * campaigns.csv: one row per campaign open on day 0 or posted later, read from the model's
 * campaigns while it is written. Fill, cost and misuse count over the campaign's whole life, so
 * for a campaign posted before day 0 they include what happened before recording began. With
 * several platforms a {@code platform} column follows the requester type (docs/ODD.md 7.10).
 */
public final class CampaignTable extends StreamedTable {
    private final MarketModel m;
    private final boolean platforms;

    CampaignTable(MarketModel m) {
        super(columnNames(m.countries.code, m.platforms.length > 1));
        this.m = m;
        this.platforms = m.platforms.length > 1;
    }

    private static List<String> columnNames(String[] countries, boolean platforms) {
        List<String> cols = new ArrayList<>(List.of("id", "requester_id", "requester_type"));
        if (platforms) cols.add("platform");
        cols.addAll(List.of("category", "legitimate", "anonymous", "purpose_disclosed", "targeted", "open_day", "close_day", "base_price_usd"));
        for (String k : countries) {
            cols.addAll(List.of("initial_price_usd_" + k, "final_price_usd_" + k, "quota_" + k, "filled_" + k));
        }
        cols.addAll(List.of("global_quota", "cost_usd", "breached", "breach_day", "misuse_events"));
        return cols;
    }

    @Override
    public void forEachRow(RowSink sink) throws IOException {
        Object[] row = new Object[columns().size()];
        int countries = m.countries.count;
        for (Campaign c : m.allCampaigns) {
            int i = 0;
            row[i++] = c.id;
            row[i++] = c.requester.id;
            row[i++] = c.type().name();
            if (platforms) row[i++] = c.platform.name();
            row[i++] = c.category.name();
            row[i++] = c.legitimate;
            row[i++] = c.anonymous;
            row[i++] = c.purposeDisclosed;
            row[i++] = c.targeted;
            row[i++] = c.openDay;
            row[i++] = c.closedDay == Campaign.OPEN ? null : c.closedDay;
            row[i++] = c.basePrice;
            long spent = 0;
            for (int k = 0; k < countries; k++) {
                row[i++] = c.initialPrice[k];
                row[i++] = c.price[k];
                row[i++] = c.targeted ? c.quota[k] : null;
                row[i++] = c.filled[k];
                spent += c.spentCents[k];
            }
            row[i++] = c.targeted ? null : c.globalQuota;
            row[i++] = spent / 100.0;
            row[i++] = c.breached;
            row[i++] = c.breachDay == Campaign.OPEN ? null : c.breachDay;
            row[i] = c.misuseEvents;
            sink.accept(row);
        }
    }
}
