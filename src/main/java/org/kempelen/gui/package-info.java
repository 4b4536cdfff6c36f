/**
 * {@code kempelen gui}: MASON's Console on a scenario, with live charts, a world view of the
 * countries, the scenario's parameters (editable before start, policy levers switchable while
 * running) and "Save run". Only {@code cli.GuiCommand} reaches this package, by reflection, so
 * headless commands never load a class of it nor of AWT's windows or Swing (a test checks it).
 */
package org.kempelen.gui;
