/**
 * The per-key default tables of scenarios: each country's wages, prices, protection and safety
 * net with their sources ({@code CountryTable}), each data category's valuation and risk
 * ({@code CategoryTable}), each requester type's demand ({@code RequesterTable}). Data, bound
 * through {@link org.kempelen.scenario.EntryDefaults}; the rules that read it stay in
 * {@code org.kempelen.scenario}.
 */
package org.kempelen.scenario.defaults;
