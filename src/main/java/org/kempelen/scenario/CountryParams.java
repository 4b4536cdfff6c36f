package org.kempelen.scenario;

import java.util.List;

/** One country's economy, data protection and attitudes (MODEL.md section 2, Country). */
public record CountryParams(
        @Param(doc = "Country name for tables and charts.")
        String name,
        @Param(unit = "share", doc = "Share of workers (at start and of new entrants) from this country; all shares sum to 1.", min = 0, max = 1)
        double workerShare,
        @Param(unit = "USD/month", doc = "Statutory minimum wage; effective wages are compared with it.", min = 0)
        double minimumWageMonthly,
        @Param(unit = "USD/hour", doc = "Typical alternative hourly pay open to a crowdworker; sets other income and the reservation wage.", min = 0, minExclusive = true)
        double localHourlyWage,
        @Param(unit = "USD/month", doc = "Living cost of a single adult.", min = 0, minExclusive = true)
        double livingCostMonthly,
        @Param(doc = "Local purchasing power of one nominal USD relative to the US (US = 1).", min = 0, minExclusive = true)
        double pppFactor,
        @Param(unit = "USD PPP/year", doc = "GDP per capita at PPP; orders countries from poorest to richest in the summary.", min = 0, minExclusive = true)
        double gdpPerCapitaPpp,
        @Param(unit = "share", doc = "Share of this country's crowdworkers without another income.", min = 0, max = 1)
        double noOtherIncomeShare,
        @Param(unit = "probability", doc = "Probability that harm to a worker's data is notified to the worker, and that a leaving worker's request to erase its data is honoured.", min = 0, max = 1)
        double dataProtection,
        @Param(doc = "Extra aversion to ID-document requests where ID scams are common: privacy cost x (1 + idDistrust).", def = "0", min = 0, max = 10)
        double idDistrust,
        @Param(doc = "Multiplier on every category's WTA: how much this country's people ask to give up personal data relative to the US (docs/ODD.md 7.4; surveyed countries from Prince & Wallsten 2020, others by the rule stated there).", min = 0, max = 100)
        double privacyAttitude,
        @Param(unit = "share", doc = "Share of workers without other income who receive a cash benefit from social protection (ILO World Social Protection Report; docs/ODD.md 7.1).", min = 0, max = 1)
        double safetyNetCoverage,
        @Param(unit = "share of living cost", doc = "Cash benefit of a covered worker without other income, as a share of its living cost (docs/ODD.md 7.1).", min = 0, max = 2)
        double safetyNetBenefit,
        @Param(doc = "Multiplier on each category's known risk for the initial risk belief of this country's workers.", def = "1", min = 0, max = 100)
        double riskPrior,
        @Param(doc = "Dated changes to the country's economy (hyperinflation, income shocks).")
        List<Shock> shocks) {}
