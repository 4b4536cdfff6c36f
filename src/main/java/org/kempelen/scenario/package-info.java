/**
 * Scenario files: the parameter records (each parameter declared once, with unit, default,
 * range and meaning, by {@link org.kempelen.scenario.Param}), YAML reading with line and
 * column, binding with defaults, validation with path-precise errors, {@code --set}
 * overrides, and the parameter catalogue behind {@code describe} and docs/SCENARIOS.md.
 * Depends on Jackson only; the model reads the records defined here.
 */
package org.kempelen.scenario;
