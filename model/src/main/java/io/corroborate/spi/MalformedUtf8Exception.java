package io.corroborate.spi;

import java.io.CharConversionException;

/** Invalid UTF-8 in a source file, at a known byte offset and (1-based) line. */
public final class MalformedUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final long line;

    public MalformedUtf8Exception(String message, long byteOffset, long line) {
        super(message);
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
