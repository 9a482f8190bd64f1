package io.corroborate.spi;

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
public final class StrictUtf8Reader extends Reader {
    /** Invalid UTF-8 at a byte offset. */
    public static final class EncodingError extends IOException {
        private final long byteOffset;
        private final long line;

        EncodingError(long byteOffset, long line) {
            super("invalid UTF-8 at byte " + byteOffset + " (line " + line + ")");
            this.byteOffset = byteOffset;
            this.line = line;
        }

        public long byteOffset() {
            return byteOffset;
        }

        public long line() {
            return line;
        }
    }

    /** More characters than the limit without the end of a record. */
    public static class TooLong extends IOException {
        private final long line;
        private final long limit;

        TooLong(long line, long limit) {
            this("a record reaching line " + line + " is longer than " + limit + " characters", line, limit);
        }

        TooLong(String message, long line, long limit) {
            super(message);
            this.line = line;
            this.limit = limit;
        }

        public long line() {
            return line;
        }

        public long limit() {
            return limit;
        }
    }

    /** A line longer than the reader's line limit. */
    public static final class LineTooLong extends TooLong {
        LineTooLong(long line, long limit) {
            super("line " + line + " is longer than " + limit + " characters", line, limit);
        }
    }

    /** A character YAML does not allow in a document (a control character, U+FFFE or U+FFFF). */
    public static final class NotPrintable extends IOException {
        private final long byteOffset;
        private final long line;

        NotPrintable(int codePoint, long byteOffset, long line) {
            super(String.format(java.util.Locale.ROOT, "character U+%04X is not allowed at byte %d (line %d)", codePoint, byteOffset, line));
            this.byteOffset = byteOffset;
            this.line = line;
        }

        public long byteOffset() {
            return byteOffset;
        }

        public long line() {
            return line;
        }
    }

    private final InputStream in;
    private final long maxCharsPerRecord;
    private final boolean yamlPrintable;
    private final long maxLineChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private long bytesRead;
    private long decodedLines = 1;
    private long deliveredLines = 1;
    private long sinceRecord;
    private long sinceLine;
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;
    private IOException pending;

    public StrictUtf8Reader(InputStream in, long maxCharsPerRecord) {
        this(in, maxCharsPerRecord, false);
    }

    /**
     * With {@code yamlPrintable}, a character YAML forbids is a {@link NotPrintable} error raised when it is
     * reached (the YAML parser would otherwise refuse the whole chunk it read ahead, losing what came before).
     */
    public StrictUtf8Reader(InputStream in, long maxCharsPerRecord, boolean yamlPrintable) {
        this(in, maxCharsPerRecord, yamlPrintable, Long.MAX_VALUE);
    }

    /**
     * With a {@code maxLineChars} limit, a longer line is a {@link LineTooLong} error raised when the
     * character past the limit is reached; everything before it is delivered. YAML readers need it: SnakeYAML
     * copies its whole look-ahead window for every chunk it reads within a token, so one enormous line
     * costs time quadratic in its length long before any code-point limit is checked.
     */
    public StrictUtf8Reader(InputStream in, long maxCharsPerRecord, boolean yamlPrintable, long maxLineChars) {
        this.in = Objects.requireNonNull(in, "in is null");
        this.maxCharsPerRecord = maxCharsPerRecord;
        this.yamlPrintable = yamlPrintable;
        if (maxLineChars <= 0) {
            throw new IllegalArgumentException("maxLineChars must be positive");
        }
        this.maxLineChars = maxLineChars;
    }

    /** Tells the reader a record ended: the length limit starts again. */
    public void recordDone() {
        sinceRecord = 0;
    }

    /** The line (1-based) of the next character to be delivered. */
    public long line() {
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
        if (sinceLine > maxLineChars) {
            throw new LineTooLong(deliveredLines, maxLineChars);
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        for (int i = off; i < off + n; i++) {
            if (buf[i] == '\n') {
                deliveredLines++;
                sinceLine = 0;
            } else if (++sinceLine > maxLineChars) {
                // deliver the line up to the limit; the error comes with the next call
                chars.position(chars.position() - (off + n - i));
                n = i - off;
                if (n == 0) {
                    throw new LineTooLong(deliveredLines, maxLineChars);
                }
                break;
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
            if (flushed) {
                // the end was reached and everything delivered: every later read is the end again (the decoder may not run after its flush)
                return false;
            }
            chars.clear();
            if (!bytes.hasRemaining() && !endOfInput) {
                readBytes();
            }
            long chunkOffset = bytesRead - bytes.remaining();
            long chunkLine = decodedLines;
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
            if (yamlPrintable) {
                checkPrintable(chunkOffset, chunkLine);
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

    /** Stops the chunk before the first character YAML forbids and keeps the error for the next call. */
    private void checkPrintable(long chunkOffset, long chunkLine) {
        long offset = chunkOffset;
        long line = chunkLine;
        for (int i = 0; i < chars.limit(); i++) {
            char c = chars.get(i);
            if (i >= chars.position() && !printable(c)) {
                pending = new NotPrintable(c, offset, line);
                chars.limit(i);
                return;
            }
            offset += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            if (c == '\n') {
                line++;
            }
        }
    }

    private static boolean printable(char c) {
        return (c >= 0x20 && c <= 0x7E) || c == '\t' || c == '\n' || c == '\r' || c == 0x85
                || (c >= 0xA0 && c <= 0xFFFD);
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
