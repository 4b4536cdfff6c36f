/**
 * Writers for result files: CSV and JSON with stable number formatting, atomic files and run
 * directories (written under a temporary name, then renamed), the manifest and build
 * provenance, and the build stamps of sweep and calibration journals, so that a resume never
 * mixes the results of two builds unnoticed. Depends on metrics tables; knows nothing of the model.
 */
package org.kempelen.output;
