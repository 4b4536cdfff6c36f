package org.kempelen.model;

/**
 * Where every cent went. Money enters only as requesters' payments for approved work and leaves
 * only as payouts, fees, commission and forfeits, so
 * {@code openingBalances + requesterPaid = paidOut + payoutFees + commission + balances + forfeited}
 * holds exactly. Flows count from day 0; balances left from the burn-in are the opening balances.
 */
public final class Ledger {
    /** Worker balances when recording began (after the burn-in). */
    public long openingBalancesCents;
    public long requesterPaidCents;
    public long commissionCents;
    /** Net amounts received by workers. */
    public long paidOutCents;
    public long payoutFeeCents;
    public long forfeitedCents;
    /** Sum of all worker balances on the platform (on all platforms, for the market's sum). */
    public long balancesCents;

    /** Whether every cent is accounted for. */
    public boolean conserved() {
        return openingBalancesCents + requesterPaidCents == commissionCents + paidOutCents + payoutFeeCents + forfeitedCents + balancesCents;
    }

    /** The ledgers of several platforms added up. */
    static Ledger sum(Platform[] platforms) {
        Ledger t = new Ledger();
        for (Platform p : platforms) {
            Ledger l = p.ledger;
            t.openingBalancesCents += l.openingBalancesCents;
            t.requesterPaidCents += l.requesterPaidCents;
            t.commissionCents += l.commissionCents;
            t.paidOutCents += l.paidOutCents;
            t.payoutFeeCents += l.payoutFeeCents;
            t.forfeitedCents += l.forfeitedCents;
            t.balancesCents += l.balancesCents;
        }
        return t;
    }

    /** Recording begins: flows restart from zero, what workers hold becomes the opening balance. */
    void open() {
        openingBalancesCents = balancesCents;
        requesterPaidCents = 0;
        commissionCents = 0;
        paidOutCents = 0;
        payoutFeeCents = 0;
        forfeitedCents = 0;
    }
}
