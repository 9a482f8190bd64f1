package io.corroborate.importer.press;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Reader} that decodes strictly: invalid bytes are never replaced. It hands out every
 * character before a bad byte and fails only when the reader asks for more, so a parser keeps all the
 * records before the damage. It does not close the stream it reads; the caller does.
 */
final class StrictDecoder extends Reader {
    /** Bytes that are not valid in the charset, at a byte offset of the file. */
    static final class MalformedText extends IOException {
        private final long byteOffset;

        MalformedText(String charset, long byteOffset) {
            super("bytes at offset " + byteOffset + " are not valid " + charset);
            this.byteOffset = byteOffset;
        }

        long byteOffset() {
            return byteOffset;
        }
    }

    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private long consumed;
    private boolean endOfInput;
    private boolean flushed;
    private boolean reachedEnd;
    private MalformedText error;

    private StrictDecoder(InputStream in, Charset charset, long startOffset) {
        this.in = Objects.requireNonNull(in, "in is null");
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.consumed = startOffset;
        bytes.flip();
    }

    /**
     * A decoder for an XML document: the charset comes from a byte-order mark, else the XML
     * declaration's {@code encoding}, else UTF-8 (XML 1.0 appendix F). {@code in} must support mark.
     *
     * @throws UnsupportedCharsetException when the declared encoding is unknown to the JVM
     */
    static StrictDecoder forXml(InputStream in) throws IOException {
        in.mark(1024);
        byte[] head = in.readNBytes(1024);
        in.reset();
        int skip = 0;
        Charset cs;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
            cs = StandardCharsets.UTF_16LE;
        } else if (head.length >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
            cs = StandardCharsets.UTF_16BE;
        } else {
            Matcher m = XML_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            cs = m.find() ? charset(m.group(1)) : StandardCharsets.UTF_8;
        }
        in.skipNBytes(skip);
        return new StrictDecoder(in, cs, skip);
    }

    /** A decoder for text already known to be in {@code charset}. */
    static StrictDecoder of(InputStream in, Charset charset) {
        return new StrictDecoder(in, charset, 0);
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name.toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException e) {
            throw new UnsupportedCharsetException(name);
        }
    }

    /** The decoding error met so far, if any. */
    MalformedText error() {
        return error;
    }

    /** Whether the reader has handed out the last character of the input. */
    boolean reachedEnd() {
        return reachedEnd;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (error != null) {
            throw error;
        }
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (flushed) {
                reachedEnd = true;
                return -1;
            }
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, out, endOfInput);
            consumed += bytes.position() - before;
            if (r.isError()) {
                error = new MalformedText(decoder.charset().name(), consumed);
                if (out.position() > off) {
                    break;
                }
                throw error;
            }
            if (r.isOverflow()) {
                break;
            }
            if (endOfInput) {
                r = decoder.flush(out);
                if (r.isOverflow()) {
                    break;
                }
                flushed = true;
            } else {
                fill();
            }
        }
        return out.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
