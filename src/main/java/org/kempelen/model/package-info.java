/**
 * The simulation: a MASON {@code SimState} ({@link org.kempelen.model.MarketModel}) with one
 * Steppable per daily phase (economy, demand, work, review and pay, data risk, entry and exit),
 * workers held as a struct of arrays ({@link org.kempelen.model.Workers}) and drawn at entry
 * ({@link org.kempelen.model.Population}), campaigns, requesters, the pricing rules behind one
 * interface, the weight of money ({@link org.kempelen.model.MoneyWeight}) and the offer decision
 * ({@link org.kempelen.model.Decision}), the money ledger and the counters that metrics read.
 * The work phase decides in parallel and commits in order, so a run gives the same results on
 * any number of threads (WorkPhase). The whole market between two days can be handed out and
 * taken back as named arrays ({@link org.kempelen.model.MarketState}), so that runs branch from
 * a saved state; the file they go to is {@code org.kempelen.state}'s. No I/O, no printing;
 * depends only on MASON and the scenario records.
 */
package org.kempelen.model;
