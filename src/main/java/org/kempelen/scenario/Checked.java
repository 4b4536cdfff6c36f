package org.kempelen.scenario;

/** A parameter record with rules that span several of its fields (shares summing to 1, ...). */
public interface Checked {
    void check(Checks checks);
}
