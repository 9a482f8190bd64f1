package io.corroborate.spi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Objects;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF). On a bad byte it first hands out every clean byte before
 * the bad sequence, and throws {@link MalformedUtf8Exception} on the next read, so a streaming parser
 * still sees the records that precede the damage. Closing it closes the wrapped stream.
 */
public final class Utf8CheckingInputStream extends InputStream {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private long offset;
    private int continuationsLeft;
    private int low = 0x80;
    private int high = 0xBF;
    private long sequenceStart;
    private int lead;
    private MalformedUtf8Exception deferred;

    public Utf8CheckingInputStream(InputStream in) {
        this.in = Objects.requireNonNull(in, "in is null");
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (deferred != null) {
            throw deferred;
        }
        if (len == 0) {
            return 0;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (continuationsLeft > 0) {
                deferred = new MalformedUtf8Exception("invalid UTF-8: the file ends inside a multi-byte character that starts at byte "
                        + sequenceStart, sequenceStart);
                throw deferred;
            }
            return -1;
        }
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xFF;
            if (continuationsLeft > 0) {
                if (c >= low && c <= high) {
                    continuationsLeft--;
                    low = 0x80;
                    high = 0xBF;
                    continue;
                }
                return fail(c, i, sequenceStart);
            }
            if (c < 0x80) {
                // most text is ASCII: skip eight bytes at a time while no byte has its high bit set
                int j = i + 1;
                while (j + 8 <= n && ((long) LONGS.get(b, off + j) & 0x8080808080808080L) == 0) {
                    j += 8;
                }
                i = j - 1;
                continue;
            }
            // a whole two- or three-byte character inside the chunk (Cyrillic, Kazakh) is checked without the state machine
            if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (b[off + i + 1] & 0xC0) == 0x80) {
                i++;
                continue;
            }
            if ((c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) && i + 2 < n
                    && (b[off + i + 1] & 0xC0) == 0x80 && (b[off + i + 2] & 0xC0) == 0x80) {
                i += 2;
                continue;
            }
            long at = offset + i;
            if (c >= 0xC2 && c <= 0xDF) {
                expect(1, 0x80, 0xBF, at);
            } else if (c == 0xE0) {
                expect(2, 0xA0, 0xBF, at);
            } else if (c == 0xED) {
                expect(2, 0x80, 0x9F, at); // U+D800..U+DFFF are surrogates, not characters
            } else if (c >= 0xE1 && c <= 0xEF) {
                expect(2, 0x80, 0xBF, at);
            } else if (c == 0xF0) {
                expect(3, 0x90, 0xBF, at);
            } else if (c >= 0xF1 && c <= 0xF3) {
                expect(3, 0x80, 0xBF, at);
            } else if (c == 0xF4) {
                expect(3, 0x80, 0x8F, at);
            } else {
                return fail(c, i, at);
            }
            lead = c;
        }
        offset += n;
        return n;
    }

    private void expect(int continuations, int lo, int hi, long at) {
        continuationsLeft = continuations;
        low = lo;
        high = hi;
        sequenceStart = at;
    }

    /** Hands out the clean bytes before the bad sequence now, and the error on the next read. */
    private int fail(int badByte, int indexInChunk, long badSequenceStart) throws MalformedUtf8Exception {
        long badAt = offset + indexInChunk;
        String what = badSequenceStart == badAt
                ? String.format(Locale.ROOT, "invalid UTF-8: byte 0x%02X at byte offset %d", badByte, badAt)
                : String.format(Locale.ROOT, "invalid UTF-8: the character starting at byte offset %d (lead byte 0x%02X) is broken by byte 0x%02X",
                        badSequenceStart, lead, badByte);
        MalformedUtf8Exception e = new MalformedUtf8Exception(what, badSequenceStart);
        deferred = e;
        int clean = (int) Math.max(0, Math.min(indexInChunk, badSequenceStart - offset));
        if (clean == 0) {
            throw e;
        }
        offset += clean;
        return clean;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping must not bypass the check
        byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
