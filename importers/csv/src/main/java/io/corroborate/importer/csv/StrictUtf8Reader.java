package io.corroborate.importer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 strictly: a leading BOM is dropped, invalid bytes are an {@link EncodingError} (never a
 * replacement character), and at most {@code maxCharsPerRecord} characters may be read between two calls
 * of {@link #recordDone()} ({@link TooLong}). Errors are raised only when the reader's consumer asks for
 * the characters after the fault, so everything before it can still be read. Closes the stream it wraps.
 */
final class StrictUtf8Reader extends Reader {
    /** Invalid UTF-8 at a byte offset. */
    static final class EncodingError extends IOException {
        private final long byteOffset;
        private final long line;

        EncodingError(long byteOffset, long line) {
            super("invalid UTF-8 at byte " + byteOffset + " (line " + line + ")");
            this.byteOffset = byteOffset;
            this.line = line;
        }

        long byteOffset() {
            return byteOffset;
        }

        long line() {
            return line;
        }
    }

    /** More characters than the limit without the end of a record. */
    static final class TooLong extends IOException {
        private final long line;
        private final long limit;

        TooLong(long line, long limit) {
            super("a record reaching line " + line + " is longer than " + limit + " characters");
            this.line = line;
            this.limit = limit;
        }

        long line() {
            return line;
        }

        long limit() {
            return limit;
        }
    }

    private final InputStream in;
    private final long maxCharsPerRecord;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private long bytesRead;
    private long decodedLines = 1;
    private long deliveredLines = 1;
    private long sinceRecord;
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;
    private IOException pending;

    StrictUtf8Reader(InputStream in, long maxCharsPerRecord) {
        this.in = Objects.requireNonNull(in, "in is null");
        this.maxCharsPerRecord = maxCharsPerRecord;
    }

    /** Tells the reader a record ended: the length limit starts again. */
    void recordDone() {
        sinceRecord = 0;
    }

    /** The line (1-based) of the next character to be delivered. */
    long line() {
        return deliveredLines;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        for (int i = off; i < off + n; i++) {
            if (buf[i] == '\n') {
                deliveredLines++;
            }
        }
        sinceRecord += n;
        if (sinceRecord > maxCharsPerRecord) {
            throw new TooLong(deliveredLines, maxCharsPerRecord);
        }
        return n;
    }

    /** Decodes more characters; false at the end of the input. */
    private boolean fill() throws IOException {
        while (true) {
            if (pending != null) {
                throw pending;
            }
            chars.clear();
            if (!bytes.hasRemaining() && !endOfInput) {
                readBytes();
            }
            CoderResult r = decoder.decode(bytes, chars, endOfInput);
            if (r.isError()) {
                // what was decoded before the bad bytes is still delivered; the error comes on the next call
                pending = new EncodingError(bytesRead - bytes.remaining(), decodedLines + newlines(chars, chars.position()));
            } else if (endOfInput && !bytes.hasRemaining() && !flushed) {
                decoder.flush(chars);
                flushed = true;
            }
            chars.flip();
            decodedLines += newlines(chars, chars.limit());
            if (atStart && chars.hasRemaining()) {
                atStart = false;
                if (chars.get(0) == '\uFEFF') {
                    chars.get();
                }
            }
            if (chars.hasRemaining()) {
                return true;
            }
            if (pending == null && flushed) {
                return false;
            }
            if (pending == null && r.isUnderflow() && !endOfInput) {
                readBytes();
            }
        }
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
    }

    private static long newlines(CharBuffer b, int end) {
        long n = 0;
        for (int i = 0; i < end; i++) {
            if (b.get(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
