package org.kempelen.model;

/** PPP_TIERED: price = base x (local wage / reference wage)^exponent: cheaper where wages are low. */
public final class PppTieredPricing implements PricingRule {
    private final double[] factor;

    PppTieredPricing(Countries countries, double referenceHourlyWage, double exponent) {
        factor = new double[countries.count];
        for (int k = 0; k < countries.count; k++) {
            factor[k] = Math.pow(countries.localHourlyWage[k] / referenceHourlyWage, exponent);
        }
    }

    @Override
    public void price(Campaign c, int day) {
        for (int k = 0; k < c.price.length; k++) c.price[k] = c.basePrice * factor[k];
    }
}
