/**
 * Scenario discovery: in which regions of the uncertain parameters does an outcome of interest
 * happen (a policy fails, a finding flips)? {@link org.kempelen.discovery.Prim} finds boxes by
 * peeling and pasting; {@link org.kempelen.discovery.Discovery} reads a sweep's runs and writes
 * the trajectory, the chosen box and their figures for {@code kempelen discover}.
 */
package org.kempelen.discovery;
