package org.kempelen.scenario;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The policy levers (docs/STATES.md): the parameters that may change on a running market, from
 * a saved state or on a dated {@link PolicyChange}, because nothing the market became depends on
 * them: the platforms' rules (commission, pricing, pay floor, bans and their enforcement,
 * screening, disclosure, payouts, ...), the data protection of countries and of requesters'
 * processors abroad. Everything else (economies, population, categories, requesters, behaviour,
 * seed, burn-in) made the market what it is.
 */
public final class PolicyLevers {
    private static final List<Pattern> LEVERS = List.of(
            Pattern.compile("platform(\\..+)?"), Pattern.compile("platforms\\.[^.]+\\..+"),
            Pattern.compile("countries\\.[^.]+\\.dataProtection"),
            Pattern.compile("requesters\\.[^.]+\\.processorDataProtection"));

    /** How the levers are named in messages. */
    public static final String NAMES = "platform.*, platforms.<name>.*, countries.<code>.dataProtection, requesters.<type>.processorDataProtection";

    private PolicyLevers() {}

    /** Whether the parameter at the dotted {@code path} (as {@code --set} takes it) is a policy lever. */
    public static boolean isLever(String path) {
        return LEVERS.stream().anyMatch(p -> p.matcher(path).matches());
    }
}
