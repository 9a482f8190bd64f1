package io.corroborate.importer.press;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Bounds the length of every piece of XML markup a StAX parser must hold whole: a tag with its
 * attributes, a CDATA section, a comment, a processing instruction, a declaration. The JDK's parser
 * buffers each of these entirely (even when not coalescing), so without this one huge attribute or
 * CDATA section costs memory in proportion to its size. Character data between tags is not counted:
 * the parser hands it out in chunks. Hands out every character before the one past the limit, then
 * fails with {@link TooLong}. Does not close the reader it wraps; the caller does.
 */
final class MarkupLimit extends Reader {
    /** A piece of markup longer than the limit. */
    static final class TooLong extends IOException {
        private final long line;

        TooLong(String what, long line, long limit) {
            super("a " + what + " starting at line " + line + " is longer than " + limit + " characters");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private enum State { TEXT, OPEN, BANG, BANG_DASH, COMMENT, CDATA, DECLARATION, INSTRUCTION, TAG }

    private final Reader in;
    private final long limit;
    private State state = State.TEXT;
    private long length;
    private long line = 1;
    private long startLine;
    private boolean afterCr;
    private char quote;
    /** The last two characters of a comment, CDATA section or instruction, to find its end. */
    private char last;
    private char beforeLast;
    private int bracketDepth;
    private TooLong error;

    MarkupLimit(Reader in, long limit) {
        this.in = Objects.requireNonNull(in, "in is null");
        this.limit = limit;
    }

    /** The limit error met so far, if any. */
    TooLong error() {
        return error;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (error != null) {
            throw error;
        }
        int n = in.read(cbuf, off, len);
        for (int i = off; i < off + n; i++) {
            if (!accept(cbuf[i])) {
                error = new TooLong(describe(), startLine, limit);
                if (i > off) {
                    return i - off;
                }
                throw error;
            }
        }
        return n;
    }

    /** Follows one character; {@code false} when it makes the current markup longer than the limit. */
    private boolean accept(char c) {
        if (c == '\n') {
            line += afterCr ? 0 : 1;
        } else if (c == '\r') {
            line++;
        }
        afterCr = c == '\r';
        if (state == State.TEXT) {
            if (c == '<') {
                state = State.OPEN;
                length = 1;
                startLine = line;
            }
            return true;
        }
        length++;
        switch (state) {
            case OPEN -> {
                state = c == '!' ? State.BANG : c == '?' ? State.INSTRUCTION : State.TAG;
                quote = 0;
                last = 0;
                beforeLast = 0;
                if (state == State.TAG) {
                    tag(c);
                }
            }
            case BANG -> {
                state = c == '-' ? State.BANG_DASH : c == '[' ? State.CDATA : State.DECLARATION;
                bracketDepth = 0;
                if (state == State.DECLARATION) {
                    declaration(c);
                }
            }
            case BANG_DASH -> state = State.COMMENT;
            case COMMENT -> endsWith(c, '-', '-');
            case CDATA -> endsWith(c, ']', ']');
            case INSTRUCTION -> {
                if (c == '>' && last == '?') {
                    state = State.TEXT;
                }
                last = c;
            }
            case DECLARATION -> declaration(c);
            case TAG -> tag(c);
            default -> throw new IllegalStateException(state.name());
        }
        return state == State.TEXT || length <= limit;
    }

    /** Ends a comment ({@code -->}) or CDATA section ({@code ]]>}) at {@code >} after the two given characters. */
    private void endsWith(char c, char first, char second) {
        if (c == '>' && beforeLast == first && last == second) {
            state = State.TEXT;
        }
        beforeLast = last;
        last = c;
    }

    private void tag(char c) {
        if (quote != 0) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            state = State.TEXT;
        }
    }

    /** A declaration such as {@code <!DOCTYPE x [ ... ]>}: quotes and the internal subset's brackets may hold {@code >}. */
    private void declaration(char c) {
        if (quote != 0) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            bracketDepth++;
        } else if (c == ']') {
            bracketDepth = Math.max(0, bracketDepth - 1);
        } else if (c == '>' && bracketDepth == 0) {
            state = State.TEXT;
        }
    }

    private String describe() {
        return switch (state) {
            case COMMENT, BANG_DASH -> "comment";
            case CDATA -> "CDATA section";
            case INSTRUCTION -> "processing instruction";
            case DECLARATION, BANG -> "declaration";
            default -> "tag";
        };
    }

    @Override
    public void close() {
        // the caller owns the reader
    }
}
