package io.corroborate.importer.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Repairs the known defects of Telegram Desktop's JSON writer while the bytes stream through, so
 * one odd message never costs the rest of an export:
 * <ul>
 *   <li>control characters written as {@code \xHH} (tdesktop's own escape, not JSON's) become
 *       a JSON {@code u00HH} escape;</li>
 *   <li>the unquoted {@code document_id} value of tdesktop 4.1.1
 *       ({@code "document_id": stickers/sticker.webp}) is quoted up to the end of its line;</li>
 *   <li>raw control characters inside strings are only counted: the parser is told to accept them
 *       ({@code ALLOW_UNESCAPED_CONTROL_CHARS}), this stream notices that it had to.</li>
 * </ul>
 * Repairs make the stream longer, so {@link #originalOffset} maps a parser's byte offset back to the
 * file. The stream reads only bytes; it stays out of the way (passes bytes through) for input that
 * does not look like UTF-8. Closing it closes the wrapped stream.
 */
final class RepairingInputStream extends InputStream {
    private static final int BUFFER = 1 << 16;
    /** Bytes kept before the read position, so a repair can look at the key it follows. */
    private static final int LOOK_BACK = 48;
    /** An unquoted value longer than this is not the known defect: left for the parser to reject. */
    private static final int MAX_RAW_VALUE = 4096;
    private static final int MAX_SHIFTS = 1 << 16;
    private static final byte[] DOCUMENT_ID_KEY = "\"document_id\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private boolean passThrough;
    /** Offset in the file of {@code buf[0]}. */
    private long bufStart;

    private byte[] pending = new byte[64];
    private int pendingPos;
    private int pendingLen;

    private boolean inString;
    private boolean escape;
    private boolean afterColon;
    private long produced;

    private long rawControls;
    private long firstRawControl = -1;
    private long hexEscapes;
    private long firstHexEscape = -1;
    private long rawValues;
    private long firstRawValue = -1;

    private long[] shiftAt = new long[16];
    private long[] shiftTotal = new long[16];
    private int shifts;
    private long totalShift;
    private boolean shiftsApproximate;

    RepairingInputStream(InputStream in) {
        this.in = Objects.requireNonNull(in, "in is null");
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (pendingPos < pendingLen) {
                int n = Math.min(len, pendingLen - pendingPos);
                System.arraycopy(pending, pendingPos, b, off, n);
                pendingPos += n;
                produced += n;
                return n;
            }
            if (pos >= limit && !fill()) {
                return -1;
            }
            if (passThrough) {
                int n = Math.min(len, limit - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                produced += n;
                return n;
            }
            int i = scan(Math.min(limit, pos + len));
            int n = i - pos;
            if (n > 0) {
                System.arraycopy(buf, pos, b, off, n);
                pos = i;
                produced += n;
                return n;
            }
            repairAtPos();
        }
    }

    /** Advances the state machine from {@code pos}; returns where it stopped (end or a repair). */
    private int scan(int max) {
        byte[] bytes = buf;
        int i = pos;
        while (i < max) {
            int c = bytes[i] & 0xFF;
            if (inString) {
                if (escape) {
                    if (c == 'x') {
                        return i;
                    }
                    escape = false;
                } else if (c == '"') {
                    inString = false;
                } else if (c == '\\') {
                    escape = true;
                } else if (c < 0x20) {
                    rawControls++;
                    if (firstRawControl < 0) {
                        firstRawControl = bufStart + i;
                    }
                }
            } else if (c == '"') {
                inString = true;
                afterColon = false;
            } else if (c == ':') {
                afterColon = true;
            } else if (afterColon && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                if (!startsJsonValue(c) && followsDocumentIdKey(i)) {
                    // stays after-colon, so a scan resumed here stops again; the repair clears it
                    return i;
                }
                afterColon = false;
            }
            i++;
        }
        return i;
    }

    private static boolean startsJsonValue(int c) {
        return c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
    }

    private boolean followsDocumentIdKey(int i) {
        int j = i - 1;
        while (j >= 0 && isSpace(buf[j])) {
            j--;
        }
        if (j < 0 || buf[j] != ':') {
            return false;
        }
        j--;
        while (j >= 0 && isSpace(buf[j])) {
            j--;
        }
        int start = j - DOCUMENT_ID_KEY.length + 1;
        return start >= 0 && Arrays.equals(buf, start, j + 1, DOCUMENT_ID_KEY, 0, DOCUMENT_ID_KEY.length);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** {@code pos} is at the 'x' of a {@code \x} escape or at the first byte of an unquoted value. */
    private void repairAtPos() throws IOException {
        if (inString) {
            repairHexEscape();
        } else {
            repairRawValue();
        }
    }

    private void repairHexEscape() throws IOException {
        escape = false;
        ensureAvailable(3);
        if (limit - pos >= 3 && isHex(buf[pos + 1]) && isHex(buf[pos + 2])) {
            long original = bufStart + pos;
            byte[] p = pendingBuffer(5);
            p[0] = 'u';
            p[1] = '0';
            p[2] = '0';
            p[3] = buf[pos + 1];
            p[4] = buf[pos + 2];
            setPending(5);
            pos += 3;
            hexEscapes++;
            if (firstHexEscape < 0) {
                firstHexEscape = original - 1;
            }
            recordShift(2);
        } else {
            // not the known defect: the parser reports the bad escape
            byte[] p = pendingBuffer(1);
            p[0] = buf[pos];
            setPending(1);
            pos++;
        }
    }

    private void repairRawValue() throws IOException {
        afterColon = false;
        ensureAvailable(MAX_RAW_VALUE + 1);
        int end = pos;
        while (end < limit && buf[end] != '\n' && buf[end] != '\r') {
            end++;
        }
        if (end - pos > MAX_RAW_VALUE || (end == limit && !eof)) {
            byte[] p = pendingBuffer(1);
            p[0] = buf[pos];
            setPending(1);
            pos++;
            return;
        }
        int last = end;
        while (last > pos && (buf[last - 1] == ' ' || buf[last - 1] == '\t')) {
            last--;
        }
        boolean comma = false;
        if (last > pos && buf[last - 1] == ',') {
            comma = true;
            last--;
            while (last > pos && (buf[last - 1] == ' ' || buf[last - 1] == '\t')) {
                last--;
            }
        }
        byte[] p = pendingBuffer((last - pos) * 6 + 3);
        int n = 0;
        p[n++] = '"';
        for (int k = pos; k < last; k++) {
            int c = buf[k] & 0xFF;
            if (c == '"' || c == '\\') {
                p[n++] = '\\';
                p[n++] = (byte) c;
            } else if (c < 0x20) {
                p[n++] = '\\';
                p[n++] = 'u';
                p[n++] = '0';
                p[n++] = '0';
                p[n++] = HEX[c >> 4];
                p[n++] = HEX[c & 0xF];
            } else {
                p[n++] = (byte) c;
            }
        }
        p[n++] = '"';
        if (comma) {
            p[n++] = ',';
        }
        int consumed = end - pos;
        rawValues++;
        if (firstRawValue < 0) {
            firstRawValue = bufStart + pos;
        }
        setPending(n);
        pos = end;
        recordShift(n - consumed);
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private byte[] pendingBuffer(int size) {
        if (pending.length < size) {
            pending = new byte[Math.max(size, pending.length * 2)];
        }
        return pending;
    }

    private void setPending(int len) {
        pendingPos = 0;
        pendingLen = len;
    }

    private void recordShift(int delta) {
        totalShift += delta;
        if (shifts == MAX_SHIFTS) {
            shiftsApproximate = true;
            return;
        }
        if (shifts == shiftAt.length) {
            shiftAt = Arrays.copyOf(shiftAt, shifts * 2);
            shiftTotal = Arrays.copyOf(shiftTotal, shifts * 2);
        }
        // the repaired bytes end at produced + pendingLen in the parser's view
        shiftAt[shifts] = produced + pendingLen;
        shiftTotal[shifts] = totalShift;
        shifts++;
    }

    /** Reads more bytes when the buffer is used up; false at the end of the input. */
    private boolean fill() throws IOException {
        compact();
        while (limit < buf.length && !eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else if (n > 0) {
                limit += n;
                break;
            }
        }
        if (!started && limit > pos) {
            started = true;
            int c = buf[pos] & 0xFF;
            // UTF-16/32 (a zero byte or a UTF-16 byte-order mark first): not tdesktop's output, leave it alone
            passThrough = c == 0 || c == 0xFE || c == 0xFF;
        }
        return limit > pos;
    }

    /** Makes at least {@code n} bytes available from {@code pos} unless the input ends first. */
    private void ensureAvailable(int n) throws IOException {
        if (limit - pos >= n) {
            return;
        }
        compact();
        while (limit - pos < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
    }

    private void compact() {
        int keep = Math.min(pos, LOOK_BACK);
        int from = pos - keep;
        if (from > 0) {
            System.arraycopy(buf, from, buf, 0, limit - from);
            limit -= from;
            pos = keep;
            bufStart += from;
        }
    }

    /** The offset in the file of byte {@code parserOffset} of this stream. */
    long originalOffset(long parserOffset) {
        if (parserOffset < 0 || shifts == 0) {
            return parserOffset;
        }
        int k = Arrays.binarySearch(shiftAt, 0, shifts, parserOffset);
        int idx = k >= 0 ? k : -k - 2;
        return idx < 0 ? parserOffset : Math.max(0, parserOffset - shiftTotal[idx]);
    }

    /** Whether {@link #originalOffset} may be off (more repairs than it keeps track of). */
    boolean offsetsApproximate() {
        return shiftsApproximate;
    }

    long rawControlCharacters() {
        return rawControls;
    }

    long firstRawControlOffset() {
        return firstRawControl;
    }

    long hexEscapes() {
        return hexEscapes;
    }

    long firstHexEscapeOffset() {
        return firstHexEscape;
    }

    long unquotedValues() {
        return rawValues;
    }

    long firstUnquotedValueOffset() {
        return firstRawValue;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
