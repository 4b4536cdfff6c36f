package org.kempelen.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a scenario parameter on a record component: the one place where its unit, default,
 * valid range and meaning live. The binder, the validator, {@code describe} and
 * docs/SCENARIOS.md are all produced from these annotations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** Unit shown to users, e.g. "USD", "share", "days". Empty for dimensionless or structured values. */
    String unit() default "";

    /** What the parameter means, one sentence. */
    String doc();

    /**
     * Default as YAML text. Empty means: no general default; the value comes from the per-key
     * table of the enclosing map entry ({@link EntryDefaults}) or, failing that, is required.
     * Records, lists and maps default to their own defaults and need no text here.
     */
    String def() default "";

    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    boolean minExclusive() default false;

    boolean maxExclusive() default false;

    /** For text components: the text names a directory, so it must be {@link InputLimits#NAME_RULE}. */
    boolean directoryName() default false;

    /** For {@code Map<String, ...>} components: the keys are ISO-3166 alpha-2 country codes. */
    boolean countryKeys() default false;

    /** For map components: per-key default entries (and per-key field defaults). */
    Class<? extends EntryDefaults> entries() default EntryDefaults.None.class;

    /**
     * For maps keyed by an enum: when true, every constant is always present and what the file
     * says is merged into the defaults; when false, the file's map replaces the default map.
     */
    boolean mergeKeys() default false;
}
