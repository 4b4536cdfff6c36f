/**
 * Figures (JFreeChart, written as PNG and SVG) and the one-page HTML report. Chart code takes
 * run tables read back from run directories ({@link org.kempelen.output.RunTables}), grouped
 * into labels and replications ({@link org.kempelen.charts.Replicates}), never the model.
 */
package org.kempelen.charts;
