package org.kempelen.model;

import org.kempelen.scenario.CommissionMode;
import org.kempelen.scenario.PlatformParams;
import org.kempelen.scenario.PricingParams;
import org.kempelen.scenario.PricingRuleType;
import org.kempelen.scenario.Scenario;

/**
 * How the platform turns a requester's base price into the price shown in each country.
 * Implementations are small and stateless apart from what they keep on the campaign; each is
 * tested against the same contract (prices positive, FIXED the same everywhere, ...).
 */
public interface PricingRule {
    /** Sets {@code c.price[k]} for every country for {@code day}; called once when the campaign opens and once each following day. */
    void price(Campaign c, int day);

    /** Whether workers bid their asking price instead of taking the shown one (which is then the reserve). */
    default boolean workersBid() {
        return false;
    }

    /** Lowest price per item the platform allows for {@code c}, USD (0 = none). */
    default double floorPrice(Campaign c) {
        return 0;
    }

    /**
     * The rule the platform's parameters ask for; a requester type with a scarcity premium wraps it
     * in the premium, and a positive minimum hourly pay wraps the result in the floor (the floor is
     * a minimum, so it comes last).
     */
    static PricingRule of(Scenario scenario, PlatformParams platform, Countries countries) {
        PricingParams p = platform.pricing();
        PricingRule base = switch (p.rule()) {
            case PAY_FLOOR -> basic(p.floorOver(), p, countries);
            default -> basic(p.rule(), p, countries);
        };
        if (scenario.requesters().values().stream().anyMatch(r -> r.scarcityPremium() != 1)) {
            base = new ScarcityPremiumPricing(base, countries.scarce);
        }
        if (platform.minimumHourlyPay() > 0) {
            double netShare = platform.commissionMode() == CommissionMode.FROM_WORKER ? 1 - platform.commission() : 1;
            return new PayFloorPricing(base, platform.minimumHourlyPay(), netShare);
        }
        return base;
    }

    private static PricingRule basic(PricingRuleType type, PricingParams p, Countries countries) {
        return switch (type) {
            case FIXED -> new FixedPricing();
            case PPP_TIERED -> new PppTieredPricing(countries, p.referenceHourlyWage(), p.tierExponent());
            case QUOTA_ESCALATION -> new QuotaEscalationPricing(p.escalationStep(), p.escalationCap());
            case REVERSE_AUCTION -> new ReverseAuctionPricing(p.auctionReserve());
            case PAY_FLOOR -> throw new IllegalArgumentException("PAY_FLOOR wraps another rule");
        };
    }
}
