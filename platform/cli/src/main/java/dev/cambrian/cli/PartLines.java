package dev.cambrian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * A part's lines as bytes, each with its newline when it has one: what the header's hash was made of. A line longer
 * than any chunk's is not kept (a damaged part's 90 MB line ran the merge out of memory), but still fed to the digest.
 */
final class PartLines {
    /** Far above a chunk's line (~220 kB: five figures of 4,096 doubles in base64, and a reason). */
    private static final int LONGEST = 1 << 24;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int at;
    private int end;

    PartLines(InputStream in) {
        this.in = in;
    }

    /** A line read: its bytes, or null when it was longer than {@link #LONGEST}. */
    record Line(byte[] bytesOrNull) {
    }

    /** The next line, or null at the end; {@code digestOrNull}, when given, is fed every byte of it. */
    Line next(MessageDigest digestOrNull) throws IOException {
        java.io.ByteArrayOutputStream longer = null; // a line longer than the buffer
        long length = 0;
        boolean any = false;
        while (true) {
            if (at == end) {
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) {
                    if (!any) {
                        return null;
                    }
                    return new Line(length > LONGEST || longer == null ? null : longer.toByteArray());
                }
                at = 0;
                end = n;
            }
            any = true;
            int start = at;
            while (at < end && buffer[at] != '\n') {
                at++;
            }
            boolean whole = at < end;
            if (whole) {
                at++; // the newline is part of the line's bytes
            }
            if (digestOrNull != null) {
                digestOrNull.update(buffer, start, at - start);
            }
            length += at - start;
            if (whole && longer == null) {
                return new Line(java.util.Arrays.copyOfRange(buffer, start, at));
            }
            if (length <= LONGEST) {
                if (longer == null) {
                    longer = new java.io.ByteArrayOutputStream(1 << 18);
                }
                longer.write(buffer, start, at - start);
            } else {
                longer = null; // kept no further: only hashed
            }
            if (whole) {
                return new Line(length > LONGEST ? null : longer.toByteArray());
            }
        }
    }
}
