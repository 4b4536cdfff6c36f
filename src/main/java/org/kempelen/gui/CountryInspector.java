package org.kempelen.gui;

import java.util.Locale;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.kempelen.scenario.DataCategory;

/**
 * A country's by_country figures so far (since day 0), one row per data category: offers,
 * acceptances, acceptance rate, items given, mean price accepted, harm events; and its active
 * workers, pressure, wage against the minimum wage in the title.
 */
final class CountryInspector extends JDialog {
    static final String[] COLUMNS = {"category", "offers", "accepted", "acceptance rate", "items", "mean price USD", "harm events"};

    /** The figures shown, one row per data category. */
    final JTable table;

    CountryInspector(JFrame owner, LiveSeries live, int k) {
        super(owner, title(live, k), false);
        LiveSeries.Country[] now = live.countries();
        Object[][] rows = new Object[DataCategory.COUNT][];
        for (DataCategory c : DataCategory.values()) {
            int i = c.ordinal();
            rows[i] = now.length == 0 ? new Object[] {c.name(), 0, 0, "NA", 0, "NA", 0} : new Object[] {c.name(), (long) now[k].offers()[i],
                    (long) now[k].accepted()[i], fmt(now[k].acceptance(i)), (long) now[k].items()[i],
                    fmt(now[k].accepted()[i] == 0 ? Double.NaN : now[k].priceSum()[i] / now[k].accepted()[i]), (long) now[k].harmEvents()[i]};
        }
        table = new JTable(rows, COLUMNS);
        table.setEnabled(false);
        getContentPane().add(new JScrollPane(table));
        setSize(720, 220);
        setLocationRelativeTo(owner);
    }

    private static String title(LiveSeries live, int k) {
        LiveSeries.Country[] now = live.countries();
        String head = live.names[k] + " (" + live.codes[k] + ")";
        if (now.length == 0) return head + ": no recorded day yet";
        return head + String.format(Locale.ROOT, ": %d active workers, mean pressure %s, effective wage / minimum wage %s, day %d",
                now[k].active(), fmt(now[k].meanPressure()), fmt(now[k].wageToMinimum()), live.currentDay());
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "NA";
    }
}
