package org.kempelen.scenario;

/**
 * How balances become money. A points system is a threshold plus voucher increments (1,000
 * points = EUR 10 pays out in steps of 10) plus forfeiture.
 */
public record PayoutParams(
        @Param(unit = "USD", doc = "Balance needed before a payout.", def = "5", min = 0)
        double threshold,
        @Param(unit = "USD", doc = "Fixed fee deducted from each payout.", def = "0", min = 0)
        double fee,
        @Param(unit = "USD", doc = "Payouts come in whole multiples of this (vouchers); the rest stays on the balance (0 = any amount).", def = "0", min = 0)
        double increment,
        @Param(unit = "days", doc = "Balances are checked for payout every this many days.", def = "7", min = 1, max = 365)
        int intervalDays) implements Checked {

    @Override
    public void check(Checks checks) {
        checks.require(fee <= Math.max(threshold, increment), "fee",
                "found " + Scenario.fmt(fee) + ", which exceeds every payout; the fee must be at most the threshold ("
                        + Scenario.fmt(threshold) + ") or the increment (" + Scenario.fmt(increment) + ")");
    }
}
