/**
 * Observers and analysis that turn model state into tidy tables and the headline summary
 * (MODEL.md section 7): {@link org.kempelen.metrics.RunRecorder} records each day,
 * {@link org.kempelen.metrics.RunAnalysis} builds by_country, by_pressure and summary at the end.
 * Reads the model; never changes it; no I/O.
 */
package org.kempelen.metrics;
