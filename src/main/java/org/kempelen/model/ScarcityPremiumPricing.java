package org.kempelen.model;

/**
 * Any rule, then the requester type's scarcity premium in scarce countries: clients who want
 * scarce groups ("Swiss") set a higher fixed price for them (AlgorithmWatch). Every inner rule
 * recomputes its prices from the base price each day, so the multiplication is not compounded.
 */
final class ScarcityPremiumPricing implements PricingRule {
    private final PricingRule inner;
    private final boolean[] scarce;

    ScarcityPremiumPricing(PricingRule inner, boolean[] scarce) {
        this.inner = inner;
        this.scarce = scarce;
    }

    @Override
    public void price(Campaign c, int day) {
        inner.price(c, day);
        double premium = c.requester.params.scarcityPremium();
        for (int k = 0; k < c.price.length; k++) if (scarce[k]) c.price[k] *= premium;
    }

    @Override
    public boolean workersBid() {
        return inner.workersBid();
    }

    @Override
    public double floorPrice(Campaign c) {
        return inner.floorPrice(c);
    }
}
