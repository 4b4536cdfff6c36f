package org.kempelen.experiment.design;

import java.util.Objects;

/**
 * One varied parameter: its path (e.g. {@code "platform.commission"}) and its domain. The path is
 * opaque here; the sweep engine binds it to the scenario.
 */
public record Factor(String path, Domain domain) {
    public Factor {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("factor: the path is empty");
        }
        Objects.requireNonNull(domain, () -> "factor '" + path + "': no domain (levels or range)");
    }
}
