package org.kempelen.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.AbstractTableModel;
import org.kempelen.scenario.ParameterCatalog;
import org.kempelen.scenario.PolicyLevers;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioLoader;
import sim.portrayal.Inspector;

/**
 * The Console's model inspector: every parameter of the scenario in force, with its unit and
 * allowed values from the parameter registry. Before start any value may be edited (refused as
 * {@code check} refuses it, the message shown below); while running only the policy levers,
 * each switch recorded as a dated policy change. "Save run" writes the run directory.
 */
final class ParameterInspector extends Inspector {
    /** One parameter: its path as --set takes it, its value as YAML flow text, and what the registry says of it. */
    record Row(String path, String value, String unit, String allowed, String doc, boolean lever) {}

    private final MarketGui gui;
    private final Rows rows = new Rows();
    private final JTextArea messages = new JTextArea(4, 60);

    ParameterInspector(MarketGui gui) {
        this.gui = gui;
        setLayout(new BorderLayout());
        JTable table = new JTable(rows) {
            @Override
            public String getToolTipText(java.awt.event.MouseEvent e) {
                int r = rowAtPoint(e.getPoint());
                return r < 0 ? null : rows.rows.get(r).doc();
            }
        };
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        int[] widths = {250, 130, 110, 260, 45};
        for (int c = 0; c < widths.length; c++) table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(560, 380));
        add(scroll, BorderLayout.CENTER);
        messages.setEditable(false);
        messages.setLineWrap(true);
        messages.setWrapStyleWord(true);
        messages.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        JButton save = new JButton("Save run…");
        save.addActionListener(e -> chooseAndSave());
        JPanel south = new JPanel(new BorderLayout());
        south.add(new JScrollPane(messages), BorderLayout.CENTER);
        south.add(save, BorderLayout.EAST);
        add(south, BorderLayout.SOUTH);
        show(gui.scenarioShown());
        say("Before start any parameter may be edited; while running, the policy levers (" + PolicyLevers.NAMES
                + "): each switch acts from the next day and is recorded in the run's policyChanges.", false);
    }

    @Override
    public void updateInspector() {
        show(gui.scenarioShown());
    }

    /** Shows {@code s}'s parameters. */
    void show(Scenario s) {
        List<Row> out = new ArrayList<>();
        flatten("", ScenarioLoader.toTree(s), out);
        rows.rows = out;
        rows.fireTableDataChanged();
    }

    /** Sets one parameter (the table's edit): before start an edit of the scenario, while running a lever switch. */
    void set(String path, String value) {
        String result = gui.set(path, value);
        if (result.startsWith(MarketGui.REFUSED)) say(result.substring(MarketGui.REFUSED.length()), true);
        else say(result, false);
        show(gui.scenarioShown());
    }

    void say(String text, boolean refused) {
        messages.setForeground(refused ? new Color(0xB2182B) : Color.DARK_GRAY);
        messages.setText(text);
    }

    String message() {
        return messages.getText();
    }

    private void chooseAndSave() {
        JFileChooser chooser = new JFileChooser(new java.io.File("."));
        chooser.setDialogTitle("Run directory to create");
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        java.nio.file.Path dir = chooser.getSelectedFile().toPath();
        new Thread(() -> {
            String result = gui.saveRun(dir);
            javax.swing.SwingUtilities.invokeLater(() -> say(result.replace(MarketGui.REFUSED, ""), result.startsWith(MarketGui.REFUSED)));
        }, "kempelen-save-run").start();
    }

    private static void flatten(String path, Object tree, List<Row> out) {
        if (tree instanceof Map<?, ?> m && !m.isEmpty()) {
            for (var e : m.entrySet()) flatten(path.isEmpty() ? e.getKey().toString() : path + "." + e.getKey(), e.getValue(), out);
            return;
        }
        ParameterCatalog.Entry entry = ParameterCatalog.find(path);
        out.add(new Row(path, flow(tree), entry == null ? "" : entry.unit(), entry == null ? "" : entry.range(),
                entry == null ? "" : entry.doc(), PolicyLevers.isLever(path)));
    }

    /** A value as YAML flow text, the form --set takes. */
    static String flow(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + ": " + flow(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof List<?> l) return "[" + String.join(", ", l.stream().map(ParameterInspector::flow).toList()) + "]";
        if (v instanceof String s) return s.isEmpty() || !s.matches("[A-Za-z0-9_.\\-]+") || s.equals("true") || s.equals("false") ? "'" + s.replace("'", "''") + "'" : s;
        return String.valueOf(v);
    }

    private final class Rows extends AbstractTableModel {
        private final String[] columns = {"parameter", "value", "unit", "allowed", "lever"};
        List<Row> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            Row row = rows.get(r);
            return switch (c) {
                case 0 -> row.path();
                case 1 -> row.value();
                case 2 -> row.unit();
                case 3 -> row.allowed();
                default -> row.lever() ? "lever" : "";
            };
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return c == 1 && (!gui.running() || rows.get(r).lever());
        }

        @Override
        public void setValueAt(Object value, int r, int c) {
            Row row = rows.get(r);
            if (!value.toString().equals(row.value())) set(row.path(), value.toString());
        }
    }

    /** The rows shown, for tests. */
    List<Row> rows() {
        return rows.rows;
    }
}
