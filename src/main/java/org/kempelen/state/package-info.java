/**
 * Saved market states: the checksummed binary file a burned-in market is written to and read
 * from ({@link org.kempelen.state.StateFile}), and which parameters a run continuing from it may
 * change ({@link org.kempelen.state.StateCompatibility}). What a state holds is the model's
 * ({@link org.kempelen.model.MarketState}); this package only carries it to and from disk.
 */
package org.kempelen.state;
