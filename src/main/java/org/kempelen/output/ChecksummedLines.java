package org.kempelen.output;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The line format of the journals that let a killed calibration or policy search resume: doubles
 * as the hexadecimal of their bits (exact, whatever the locale), each line ending in a CRC-32 of
 * what precedes it, so that a line torn by a kill or damaged on disk is recognised and dropped.
 */
public final class ChecksummedLines {
    private ChecksummedLines() {}

    /** {@code v} exactly, as the hexadecimal of its bits. */
    public static String hex(double v) {
        return Long.toHexString(Double.doubleToRawLongBits(v));
    }

    /** The double written by {@link #hex}. */
    public static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /** {@code body}, its checksum and a newline. */
    public static String seal(String body) {
        return body + ' ' + Long.toHexString(crc(body)) + '\n';
    }

    /** The body of a sealed line (without its newline), or null when the checksum does not hold. */
    public static String open(String line) {
        int cut = line.lastIndexOf(' ');
        if (cut < 0) return null;
        try {
            return Long.parseUnsignedLong(line.substring(cut + 1), 16) == crc(line.substring(0, cut)) ? line.substring(0, cut) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The lines of {@code text} that a newline ends: the text after the last newline is a line a kill cut short. */
    public static List<String> whole(String text) {
        String[] lines = text.split("\n", -1);
        return List.of(lines).subList(0, lines.length - 1);
    }

    private static long crc(String s) {
        CRC32 c = new CRC32();
        c.update(s.getBytes(StandardCharsets.ISO_8859_1));
        return c.getValue();
    }
}
