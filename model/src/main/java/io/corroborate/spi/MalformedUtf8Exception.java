package io.corroborate.spi;

import java.io.CharConversionException;

/** Invalid UTF-8 in a source file, at a known byte offset. */
public final class MalformedUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    public MalformedUtf8Exception(String message, long byteOffset) {
        super(message);
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
