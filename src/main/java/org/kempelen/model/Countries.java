package org.kempelen.model;

import java.util.List;
import org.kempelen.scenario.CountryParams;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.Shock;

/**
 * Country attributes as arrays indexed in scenario order. Daily values (living cost, other
 * income level, no-other-income share) change with shocks; entrants are drawn around the
 * values in force.
 */
public final class Countries {
    /** Days per month used to turn monthly money into daily money (365.25 / 12). */
    public static final double DAYS_PER_MONTH = 365.25 / 12;
    /** Hours per month of full-time work, to turn a monthly minimum wage into an hourly one (40 h x 52 / 12). */
    public static final double HOURS_PER_MONTH = 40.0 * 52 / 12;

    public final int count;
    public final String[] code;
    public final String[] name;
    public final double[] workerShare;
    public final double[] minimumWageHourly;
    public final double[] localHourlyWage;
    public final double[] pppFactor;
    public final double[] gdpPerCapitaPpp;
    public final double[] dataProtection;
    public final double[] idDistrust;
    public final double[] privacyAttitude;
    public final double[] riskPrior;
    /**
     * Scarce groups: countries whose worker share is at most {@code analysis.scarceShare}. One
     * definition for the premium requesters pay there and the premium the summary reports.
     */
    public final boolean[] scarce;
    /** Daily living cost in force (after shocks). */
    public final double[] livingCostDaily;
    /** Multiplier on other income in force (after shocks). */
    public final double[] otherIncomeFactor;
    /** Share without other income in force (after shocks). */
    public final double[] noOtherIncomeShare;
    /** Social protection in force (after shocks): share of workers without other income covered, and the benefit as a share of living cost. */
    public final double[] safetyNetCoverage;
    public final double[] safetyNetBenefit;
    final List<List<Shock>> shocks;
    /**
     * Per country, the day from which offers count as "after" for switchers.csv: its first shock
     * within the horizon; for a country without one, the scenario's first shock day (a placebo
     * split for comparison); {@link Integer#MAX_VALUE} when the scenario has no shock.
     */
    public final int[] switchDay;

    Countries(Scenario s) {
        List<String> codes = s.countryCodes();
        count = codes.size();
        code = codes.toArray(String[]::new);
        name = new String[count];
        workerShare = new double[count];
        minimumWageHourly = new double[count];
        localHourlyWage = new double[count];
        pppFactor = new double[count];
        gdpPerCapitaPpp = new double[count];
        dataProtection = new double[count];
        idDistrust = new double[count];
        privacyAttitude = new double[count];
        riskPrior = new double[count];
        scarce = new boolean[count];
        livingCostDaily = new double[count];
        otherIncomeFactor = new double[count];
        noOtherIncomeShare = new double[count];
        safetyNetCoverage = new double[count];
        safetyNetBenefit = new double[count];
        shocks = new java.util.ArrayList<>();
        for (int k = 0; k < count; k++) {
            CountryParams c = s.countries().get(code[k]);
            name[k] = c.name();
            workerShare[k] = c.workerShare();
            minimumWageHourly[k] = c.minimumWageMonthly() / HOURS_PER_MONTH;
            localHourlyWage[k] = c.localHourlyWage();
            pppFactor[k] = c.pppFactor();
            gdpPerCapitaPpp[k] = c.gdpPerCapitaPpp();
            dataProtection[k] = c.dataProtection();
            idDistrust[k] = c.idDistrust();
            privacyAttitude[k] = c.privacyAttitude();
            riskPrior[k] = c.riskPrior();
            scarce[k] = c.workerShare() <= s.analysis().scarceShare();
            livingCostDaily[k] = c.livingCostMonthly() / DAYS_PER_MONTH;
            otherIncomeFactor[k] = 1.0;
            noOtherIncomeShare[k] = c.noOtherIncomeShare();
            safetyNetCoverage[k] = c.safetyNetCoverage();
            safetyNetBenefit[k] = c.safetyNetBenefit();
            shocks.add(c.shocks());
        }
        switchDay = new int[count];
        int first = Integer.MAX_VALUE;
        for (int k = 0; k < count; k++) {
            switchDay[k] = Integer.MAX_VALUE;
            for (Shock shock : shocks.get(k)) if (shock.day() < s.days()) switchDay[k] = Math.min(switchDay[k], shock.day());
            first = Math.min(first, switchDay[k]);
        }
        for (int k = 0; k < count; k++) if (switchDay[k] == Integer.MAX_VALUE) switchDay[k] = first;
    }

    /** Whether any country has a shock within the horizon. */
    public boolean hasShocks() {
        return count > 0 && switchDay[0] != Integer.MAX_VALUE;
    }

    /** Whether country k itself has a shock within the horizon (not only the placebo split). */
    public boolean shocked(int k) {
        for (Shock shock : shocks.get(k)) if (shock.day() == switchDay[k]) return true;
        return false;
    }

    public int indexOf(String countryCode) {
        for (int k = 0; k < count; k++) if (code[k].equals(countryCode)) return k;
        return -1;
    }
}
