package org.kempelen.scenario;

/** What a dated country shock changes (docs/ODD.md 7.1). Names as researchers write them. */
public enum ShockKind {
    /** The local currency loses dollar value: local incomes, savings and wages in USD fall by factor, USD living cost by livingCostFactor. */
    currencyCollapse,
    /** A share of the workers with another income lose it; the rest and local wages are multiplied by factor. */
    incomeLoss,
    /** Living costs in USD are multiplied by livingCostFactor; incomes and wages stay. */
    priceLevel,
    /** Social protection changes: coverage and benefit of workers without other income are set anew (emergency transfers, cuts). */
    safetyNet
}
