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
        for (Platform p : platforms) t.add(p.ledger);
        return t;
    }

    /** Adds every entry of {@code l} to this one. */
    void add(Ledger l) {
        openingBalancesCents += l.openingBalancesCents;
        requesterPaidCents += l.requesterPaidCents;
        commissionCents += l.commissionCents;
        paidOutCents += l.paidOutCents;
        payoutFeeCents += l.payoutFeeCents;
        forfeitedCents += l.forfeitedCents;
        balancesCents += l.balancesCents;
    }

    /** Zeroes every entry (a review group's flows, once added to its platform's ledger). */
    void clear() {
        openingBalancesCents = requesterPaidCents = commissionCents = paidOutCents = payoutFeeCents = forfeitedCents = balancesCents = 0;
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
