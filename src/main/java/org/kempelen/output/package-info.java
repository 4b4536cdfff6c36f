/**
 * Writers for result files: CSV and JSON with stable number formatting, atomic files and run
 * directories (written under a temporary name, then renamed), the manifest and build
 * provenance. Depends on metrics tables; knows nothing of the model.
 */
package org.kempelen.output;
