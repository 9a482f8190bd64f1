package io.corroborate.importer.facebook;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Drops a leading byte-order mark and refuses to read more than {@code limit} characters between two
 * calls of {@link #newRecord()}, so one endless CSV record (an unclosed quote in a huge file, a
 * gigantic field) ends in an error instead of filling the memory. Closing it closes the wrapped reader.
 */
final class BoundedReader extends FilterReader {
    /** Thrown when a record is longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(String message) {
            super(message);
        }
    }

    private final long limit;
    private long sinceRecord;
    private boolean started;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Starts counting for the next record. */
    void newRecord() {
        sinceRecord = 0;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n > 0 && !started) {
            started = true;
            if (buf[off] == '\uFEFF') {
                if (n == 1) {
                    return read(buf, off, len);
                }
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                n--;
            }
        }
        if (n > 0) {
            sinceRecord += n;
            if (sinceRecord > limit) {
                throw new TooLong("a record is longer than " + limit + " characters");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] buf = new char[(int) Math.min(8192, Math.max(1, n))];
        long done = 0;
        while (done < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }
}
