package org.kempelen.gui;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.kempelen.scenario.Scenario;
import sim.display.Console;

/**
 * Opens the GUI on a loaded scenario ({@code cli.GuiCommand} calls {@link #launch} by
 * reflection): the Console, the live charts and the world view. With a screenshot directory it
 * plays the whole horizon without interaction, writes a PNG of each window and returns.
 */
public final class GuiLauncher {
    /** Exit status when there is no display (as KempelenCommand.FAILURE: the environment, not the input). */
    private static final int NO_DISPLAY = 1;

    private GuiLauncher() {}

    /** The GUI of {@code scenario} (loaded from {@code file} with {@code overrides}); returns the exit status. */
    public static int launch(Scenario scenario, Path file, List<String> overrides, Path screenshots, PrintWriter out, PrintWriter err)
            throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            err.println("kempelen gui needs a display, and there is none (DISPLAY is not set or java.awt.headless is true); "
                    + "on a machine without one run it under a virtual display: xvfb-run -a ./kempelen gui ...");
            err.flush();
            return NO_DISPLAY;
        }
        AtomicReference<Console> console = new AtomicReference<>();
        MarketGui gui = new MarketGui(scenario, file, overrides);
        SwingUtilities.invokeAndWait(() -> {
            Console c = new Console(gui);
            c.setNewMenuAllowed(false);
            // Wide enough for the parameters' values, units and allowed ranges in the Model tab.
            c.setSize(560, 640);
            c.setVisible(true);
            console.set(c);
        });
        if (screenshots == null) {
            CountDownLatch closed = new CountDownLatch(1);
            SwingUtilities.invokeAndWait(() -> console.get().addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    closed.countDown();
                }
            }));
            closed.await();
            return 0;
        }
        Map<String, Path> written = playAndShoot(gui, console.get(), screenshots);
        for (Path p : written.values()) out.println(p);
        out.flush();
        SwingUtilities.invokeAndWait(() -> {
            gui.quit();
            console.get().dispose();
        });
        return 0;
    }

    /** Plays the whole horizon through the Console, then writes console.png, charts.png and world.png; returns them by window. */
    static Map<String, Path> playAndShoot(MarketGui gui, Console console, Path dir) throws Exception {
        Files.createDirectories(dir);
        playToHorizon(gui, console);
        Map<String, Path> shots = new LinkedHashMap<>();
        SwingUtilities.invokeAndWait(() -> {
            gui.refreshNow();
            selectModelTab(console);
        });
        Map<String, Component> windows = new LinkedHashMap<>();
        windows.put("console", console);
        windows.put("charts", gui.charts);
        windows.put("world", gui.world);
        for (var e : windows.entrySet()) shots.put(e.getKey(), shoot(e.getValue(), dir.resolve(e.getKey() + ".png")));
        return shots;
    }

    /** Presses play and waits until the Console stops at the horizon. */
    static void playToHorizon(MarketGui gui, Console console) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.setPlaySleep(0);
            console.pressPlay();
        });
        while (gui.currentRun() == null || !gui.currentRun().finished() || console.getPlayState() != Console.PS_STOPPED) Thread.sleep(50);
    }

    private static void selectModelTab(Console console) {
        var tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) if (tabs.getTitleAt(i).equals("Model")) tabs.setSelectedIndex(i);
    }

    /** Paints a window as it is on screen into a PNG. */
    static Path shoot(Component window, Path file) throws Exception {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Component root = window instanceof javax.swing.RootPaneContainer r ? r.getRootPane() : window;
            root.validate();
            BufferedImage img = new BufferedImage(Math.max(1, root.getWidth()), Math.max(1, root.getHeight()), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            root.paint(g);
            g.dispose();
            image.set(img);
        });
        if (!ImageIO.write(image.get(), "png", file.toFile())) throw new IOException("no PNG writer for " + file);
        return file;
    }

}
