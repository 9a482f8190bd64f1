package io.corroborate.importer.facebook;

import java.io.CharConversionException;

/** Invalid UTF-8 in a source file, at a known byte offset. */
final class MalformedUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    MalformedUtf8Exception(String message, long byteOffset) {
        super(message);
        this.byteOffset = byteOffset;
    }

    long byteOffset() {
        return byteOffset;
    }
}
