/**
 * Comparing two sets of runs, typically a policy scenario against its base: reading each side
 * from run directories or one design point of a sweep ({@link org.kempelen.compare.ComparisonInputs}),
 * the headline metrics ({@link org.kempelen.compare.HeadlineMetrics}), differences with 95 %
 * intervals, paired by seed when both sides ran the same seeds ({@link org.kempelen.compare.Comparison}),
 * and the table, CSV and figure ({@link org.kempelen.compare.ComparisonOutput}). Depends on
 * output and experiment (the readers), metrics (the test) and charts (the figure); the CLI calls it.
 */
package org.kempelen.compare;
