package org.kempelen.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.kempelen.scenario.DataCategory;

/**
 * The countries on an equirectangular map (longitude across, latitude up; a graticule instead
 * of coastlines, so no map file is needed): a disc per country sized by its active workers and
 * coloured by a metric chosen from a list. Clicking a disc opens the country's inspector.
 */
final class WorldView extends JFrame {
    /** What the discs' colour shows. */
    enum Metric {
        PRESSURE("mean pressure P", 0, 1),
        ACCEPTANCE("acceptance of the chosen category", 0, 1),
        PERSONAL_SHARE("share of all personal-data items", 0, 1),
        WAGE_TO_MINIMUM("effective wage / minimum wage", 0, 2);

        final String label;
        final double low, high;

        Metric(String label, double low, double high) {
            this.label = label;
            this.low = low;
            this.high = high;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final int MAP_W = 900, MAP_H = 450, MARGIN = 20, ROW = 60;

    private final LiveSeries live;
    private final JComboBox<Metric> metric = new JComboBox<>(Metric.values());
    private final JComboBox<DataCategory> category = new JComboBox<>(DataCategory.values());
    private final MapPanel map;
    private final java.awt.geom.Point2D[] centres;

    WorldView(LiveSeries live) {
        super("Kempelen: world view");
        this.live = live;
        this.centres = new java.awt.geom.Point2D[live.codes.length];
        this.map = new MapPanel();
        category.setSelectedItem(DataCategory.ID_DOCUMENT);
        JPanel controls = new JPanel();
        controls.add(new JLabel("colour:"));
        controls.add(metric);
        controls.add(new JLabel("category:"));
        controls.add(category);
        metric.addActionListener(e -> map.repaint());
        category.addActionListener(e -> map.repaint());
        map.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int k = countryAt(e.getX(), e.getY());
                if (k >= 0) new CountryInspector(WorldView.this, live, k).setVisible(true);
            }
        });
        getContentPane().add(controls, BorderLayout.NORTH);
        getContentPane().add(map, BorderLayout.CENTER);
        pack();
    }

    void setMetric(Metric m) {
        metric.setSelectedItem(m);
    }

    /** Where country {@code k}'s disc was last drawn (null before the first drawing). */
    java.awt.geom.Point2D centre(int k) {
        return centres[k];
    }

    /** The country whose disc holds the point, or -1. */
    int countryAt(int x, int y) {
        LiveSeries.Country[] now = live.countries();
        for (int k = 0; k < centres.length; k++) {
            if (centres[k] == null) continue;
            double r = Math.max(radius(now, k), 8);
            if (centres[k].distance(x, y) <= r) return k;
        }
        return -1;
    }

    private double radius(LiveSeries.Country[] now, int k) {
        if (now.length == 0) return 6;
        int most = 1;
        for (LiveSeries.Country c : now) most = Math.max(most, c.active());
        return 6 + 34 * Math.sqrt(now[k].active() / (double) most);
    }

    double value(LiveSeries.Country c) {
        return switch ((Metric) metric.getSelectedItem()) {
            case PRESSURE -> c.meanPressure();
            case ACCEPTANCE -> c.acceptance(((DataCategory) category.getSelectedItem()).ordinal());
            case PERSONAL_SHARE -> c.personalShare();
            case WAGE_TO_MINIMUM -> c.wageToMinimum();
        };
    }

    /** Light yellow (low) to dark red (high) over the metric's range; grey when there is no value. */
    static Color colour(double v, Metric m) {
        if (!Double.isFinite(v)) return new Color(0xBBBBBB);
        double t = Math.max(0, Math.min(1, (v - m.low) / (m.high - m.low)));
        Color lo = new Color(0xFFF3B0), hi = new Color(0xB2182B);
        return new Color((int) (lo.getRed() + t * (hi.getRed() - lo.getRed())), (int) (lo.getGreen() + t * (hi.getGreen() - lo.getGreen())),
                (int) (lo.getBlue() + t * (hi.getBlue() - lo.getBlue())));
    }

    private final class MapPanel extends JPanel {
        MapPanel() {
            boolean row = java.util.Arrays.stream(live.codes).anyMatch(c -> CountryPlaces.of(c) == null);
            setPreferredSize(new Dimension(MAP_W + 2 * MARGIN, MAP_H + 2 * MARGIN + (row ? ROW : 0) + 30));
            setBackground(Color.WHITE);
        }

        @Override
        protected void paintComponent(Graphics g0) {
            super.paintComponent(g0);
            Graphics2D g = (Graphics2D) g0;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xEEF4FA));
            g.fillRect(MARGIN, MARGIN, MAP_W, MAP_H);
            g.setColor(new Color(0xC8D6E5));
            g.setStroke(new BasicStroke(1f));
            for (int lon = -180; lon <= 180; lon += 30) g.drawLine(x(lon), MARGIN, x(lon), MARGIN + MAP_H);
            for (int lat = -90; lat <= 90; lat += 30) g.drawLine(MARGIN, y(lat), MARGIN + MAP_W, y(lat));
            g.setColor(new Color(0x8FA7C0));
            g.drawLine(MARGIN, y(0), MARGIN + MAP_W, y(0));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            for (int lon = -150; lon <= 150; lon += 60) g.drawString((lon < 0 ? -lon + "°W" : lon == 0 ? "0°" : lon + "°E"), x(lon) + 2, MARGIN + MAP_H - 3);
            for (int lat = -60; lat <= 60; lat += 30) g.drawString((lat < 0 ? -lat + "°S" : lat == 0 ? "0°" : lat + "°N"), MARGIN + 2, y(lat) - 2);
            LiveSeries.Country[] now = live.countries();
            Metric m = (Metric) metric.getSelectedItem();
            int unplaced = 0;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            // Largest discs first, so that a small country next to a large one stays visible on top.
            Integer[] order = new Integer[live.codes.length];
            for (int k = 0; k < order.length; k++) order[k] = k;
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer k) -> -radius(now, k)));
            for (int k : order) {
                double[] place = CountryPlaces.of(live.codes[k]);
                double cx, cy;
                if (place != null) {
                    cx = x(place[1]);
                    cy = y(place[0]);
                } else {
                    cx = MARGIN + 40 + 80 * unplacedBefore(k);
                    unplaced++;
                    cy = MARGIN + MAP_H + ROW / 2.0 + 10;
                }
                centres[k] = new java.awt.geom.Point2D.Double(cx, cy);
                double r = radius(now, k);
                g.setColor(now.length == 0 ? new Color(0xBBBBBB) : colour(value(now[k]), m));
                g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
                g.setColor(new Color(0x333333));
                g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
            // Names after every disc, so that no disc covers one.
            for (int k = 0; k < live.codes.length; k++) {
                g.drawString(live.codes[k], (float) (centres[k].getX() - 8), (float) (centres[k].getY() + 4));
            }
            if (unplaced > 0) {
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                g.drawString("not on the built-in map:", MARGIN, MARGIN + MAP_H + 14);
            }
            legend(g, m);
        }

        private void legend(Graphics2D g, Metric m) {
            int lx = MARGIN, ly = getHeight() - 22;
            for (int i = 0; i < 200; i++) {
                g.setColor(colour(m.low + (m.high - m.low) * i / 199.0, m));
                g.drawLine(lx + i, ly, lx + i, ly + 12);
            }
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            int day = live.currentDay();
            g.drawString(String.format(Locale.ROOT, "%s: %s to %s; disc area: active workers%s", m.label, fmt(m.low), fmt(m.high),
                    day == Integer.MIN_VALUE ? "" : day < 0 ? "; burn-in, day " + day : "; day " + day), lx + 210, ly + 11);
        }

        /** Place in the row under the map of a country not on it: how many such countries come before it. */
        private int unplacedBefore(int k) {
            int n = 0;
            for (int i = 0; i < k; i++) if (CountryPlaces.of(live.codes[i]) == null) n++;
            return n;
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }

        private int x(double lon) {
            return (int) Math.round(MARGIN + (lon + 180) / 360 * MAP_W);
        }

        private int y(double lat) {
            return (int) Math.round(MARGIN + (90 - lat) / 180 * MAP_H);
        }
    }
}
