package io.corroborate.spi;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * The 1-based line of {@code byteOffset} in {@code file}, counted only when an error is reported (the
     * checking stream does not count lines on its hot path); -1 when the file cannot be read again.
     */
    public static long lineAt(Path file, long byteOffset) {
        long line = 1;
        long seen = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (seen < byteOffset && (n = in.read(buf, 0, (int) Math.min(buf.length, byteOffset - seen))) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                    }
                }
                seen += n;
            }
        } catch (IOException e) {
            return -1;
        }
        return line;
    }
}
