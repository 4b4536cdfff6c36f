package org.kempelen.model;

/**
 * PAY_FLOOR: any rule, then raised so that the worker's pay per hour of task time is at least
 * the floor. Under FROM_WORKER commission the floor applies to pay after commission.
 */
public final class PayFloorPricing implements PricingRule {
    private final PricingRule inner;
    private final double hourlyFloor;
    private final double workerShare;

    PayFloorPricing(PricingRule inner, double hourlyFloor, double workerShare) {
        this.inner = inner;
        this.hourlyFloor = hourlyFloor;
        this.workerShare = workerShare;
    }

    @Override
    public void price(Campaign c, int day) {
        inner.price(c, day);
        double floor = floorPrice(c);
        for (int k = 0; k < c.price.length; k++) c.price[k] = Math.max(c.price[k], floor);
    }

    @Override
    public boolean workersBid() {
        return inner.workersBid();
    }

    @Override
    public double floorPrice(Campaign c) {
        return hourlyFloor * c.taskMinutes / 60.0 / workerShare;
    }
}
