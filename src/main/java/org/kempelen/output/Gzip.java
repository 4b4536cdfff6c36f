package org.kempelen.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A gzip stream (RFC 1952) with a fixed header: no file name, modification time 0, operating
 * system "unknown" (255), so the same content gives the same bytes whatever the clock or the
 * Java version's own header choices. The deflate data comes from the JDK's zlib; the content
 * after decompression is always the same.
 */
final class Gzip extends DeflaterOutputStream {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final CRC32 crc = new CRC32();
    private boolean finished;
    private boolean closed;

    Gzip(OutputStream out) throws IOException {
        super(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true), 1 << 16);
        out.write(HEADER);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        crc.update(b, off, len);
    }

    @Override
    public void finish() throws IOException {
        if (finished) return;
        super.finish();
        finished = true;
        long size = def.getBytesRead();
        byte[] trailer = new byte[8];
        int value = (int) crc.getValue();
        for (int i = 0; i < 4; i++) trailer[i] = (byte) (value >>> (8 * i));
        for (int i = 0; i < 4; i++) trailer[4 + i] = (byte) (size >>> (8 * i));
        out.write(trailer);
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            finish();
        } finally {
            def.end();
            out.close();
        }
    }
}
