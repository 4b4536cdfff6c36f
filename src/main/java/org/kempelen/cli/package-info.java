/**
 * picocli commands only: parse arguments, call the scenario loader and the experiment layer,
 * print, and map failures to exit codes (2 for bad input, 1 for failures). No model logic here.
 */
package org.kempelen.cli;
