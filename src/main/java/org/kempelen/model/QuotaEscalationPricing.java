package org.kempelen.model;

/**
 * QUOTA_ESCALATION: each day a country's quota is still unfilled its price rises by
 * {@code step} x base, up to {@code cap} x base. Scarce groups end up paid more.
 */
public final class QuotaEscalationPricing implements PricingRule {
    private final double step;
    private final double cap;

    QuotaEscalationPricing(double step, double cap) {
        this.step = step;
        this.cap = cap;
    }

    @Override
    public void price(Campaign c, int day) {
        boolean later = day > c.openDay;
        for (int k = 0; k < c.price.length; k++) {
            if (later && c.remaining(k) > 0) c.escalation[k] = Math.min(cap, c.escalation[k] + step);
            c.price[k] = c.basePrice * c.escalation[k];
        }
    }
}
