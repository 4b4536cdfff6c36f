package org.kempelen.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.kempelen.scenario.DataCategory;

/**
 * Colours, strokes and fonts shared by every figure. Colours are Okabe and Ito's palette, safe
 * for the common forms of colour blindness; each data category keeps its colour in every
 * figure. Runs in an overlay differ by line style, so colour keeps meaning the category. Public
 * for the GUI's live charts, which keep the figures' colours.
 */
public final class Palette {
    /** Okabe-Ito: black, orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple. */
    static final Color[] OKABE_ITO = {
            new Color(0x000000), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73),
            new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7)};
    /** Colours for series that are not data categories (campaigns, harm, wage measures), so no category colour is reused. */
    public static final Color[] NEUTRAL = {new Color(0x555555), new Color(0x8C510A), new Color(0x999999)};
    /** Two more for up to ten countries: grey and a dark brown, distinct from the eight above. */
    private static final Color[] EXTRA = {new Color(0x999999), new Color(0x8C510A)};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static final float[][] DASHES = {null, {8f, 5f}, {2f, 4f}, {10f, 4f, 2f, 4f}};

    private Palette() {}

    /** The colour of a data category, the same in every figure. */
    public static Color category(DataCategory c) {
        return OKABE_ITO[c.ordinal() % OKABE_ITO.length];
    }

    /** The i-th of up to ten distinct colours (countries, series that are not categories). */
    public static Paint nth(int i) {
        int n = i % (OKABE_ITO.length + EXTRA.length);
        return n < OKABE_ITO.length ? OKABE_ITO[(n + 5) % OKABE_ITO.length] : EXTRA[n - OKABE_ITO.length];
    }

    /** Line style of the i-th run in an overlay: solid, dashed, dotted, dash-dot, then repeating. */
    static Stroke line(int run) {
        float[] dash = DASHES[run % DASHES.length];
        return dash == null ? new BasicStroke(2f) : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
    }
}
