package org.kempelen.model;

import java.util.Arrays;

/**
 * REVERSE_AUCTION: workers bid their asking price; at the end of the day the requester takes the
 * lowest bids up to its quota and budget and pays each winner its bid. The shown price is the
 * reserve, the highest bid the requester takes.
 */
public final class ReverseAuctionPricing implements PricingRule {
    private final double reserve;

    ReverseAuctionPricing(double reserve) {
        this.reserve = reserve;
    }

    @Override
    public void price(Campaign c, int day) {
        Arrays.fill(c.price, c.basePrice * reserve);
    }

    @Override
    public boolean workersBid() {
        return true;
    }
}
