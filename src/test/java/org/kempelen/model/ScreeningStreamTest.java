package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.DataCategory;

/**
 * A campaign's screening draws from its own stream, three numbers per campaign whether used or
 * not: a weakly enforced ban blocks some of the banned category's campaigns and leaves every
 * other campaign the requesters post as it is in the base, so a policy arm pairs with its base.
 */
class ScreeningStreamTest {
    private static final int DAYS = 40;

    @Test
    void aWeakBanRemovesOnlyBannedCampaignsFromTheSameDemand() {
        String[] base = {"population=4000", "burnInDays=0", "days=" + DAYS, "seed=3"};
        List<String> without = posted(new MarketModel(Scenarios.small(base)));
        List<String> with = posted(new MarketModel(Scenarios.small(Scenarios.with(base,
                "platform.bannedCategories=[ID_DOCUMENT]", "platform.banEnforcement=0.5"))));
        List<String> kept = new ArrayList<>(without);
        kept.removeIf(c -> c.startsWith(DataCategory.ID_DOCUMENT.name()) && !with.contains(c));
        int same = 0;
        while (same < Math.min(kept.size(), with.size()) && kept.get(same).equals(with.get(same))) same++;
        assertEquals(kept.size(), same, "with the ban, the base's campaigns less some ID-document ones, in the same order; first difference at "
                + same + " of " + kept.size() + (same < with.size() ? ": " + with.get(same) : ""));
        assertEquals(kept.size(), with.size());
        long blocked = without.size() - with.size();
        long idDocuments = without.stream().filter(c -> c.startsWith(DataCategory.ID_DOCUMENT.name())).count();
        assertTrue(blocked > 0.25 * idDocuments && blocked < 0.75 * idDocuments,
                "about half of the " + idDocuments + " ID-document campaigns blocked: " + blocked);
    }

    /** The campaigns posted over the run: category, requester, price, quota and day (all from the demand stream). */
    private static List<String> posted(MarketModel m) {
        m.run();
        List<String> out = new ArrayList<>();
        for (Campaign c : m.allCampaigns) out.add(c.category + " " + c.requester.type + " " + c.basePrice + " " + c.globalQuota + " " + c.openDay);
        return out;
    }
}
