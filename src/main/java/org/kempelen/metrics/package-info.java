/**
 * Observers and analysis that turn model state into tidy tables and the headline summary
 * (MODEL.md section 7): {@link org.kempelen.metrics.RunRecorder} records each day,
 * {@link org.kempelen.metrics.RunAnalysis} builds by_country, by_pressure, switchers and summary
 * at the end (with {@code PressureAnalysis}, {@code WageAnalysis}, {@code SwitcherAnalysis}), and
 * the microdata {@link org.kempelen.metrics.WorkerTable} and {@link org.kempelen.metrics.CampaignTable}
 * are {@link org.kempelen.metrics.StreamedTable}s read from the model row by row as they are written.
 * Reads the model; never changes it; no I/O.
 */
package org.kempelen.metrics;
