/**
 * Policy search ({@code kempelen optimize}): a multi-objective evolutionary search (MOEA
 * Framework's NSGA-II by default) over a scenario's policy levers, each candidate evaluated on the
 * same Latin-hypercube ensemble of states of the world with the same seeds (common random
 * numbers), scored by a robustness measure per objective; a checksummed journal makes a killed
 * search resume to the same files. The search file, its outputs and how to read a front are in
 * docs/POLICY-SEARCH.md.
 */
package org.kempelen.search;
