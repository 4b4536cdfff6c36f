package org.kempelen.model;

/**
 * Where every cent went. Money enters only as requesters' payments for approved work and leaves
 * only as payouts, fees, commission and forfeits, so
 * {@code requesterPaid = paidOut + payoutFees + commission + balances + forfeited} holds exactly.
 */
public final class Ledger {
    public long requesterPaidCents;
    public long commissionCents;
    /** Net amounts received by workers. */
    public long paidOutCents;
    public long payoutFeeCents;
    public long forfeitedCents;
    /** Sum of all worker balances on the platform. */
    public long balancesCents;
}
