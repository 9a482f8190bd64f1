package io.corroborate.importer.telegram;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.corroborate.spi.ImportException;

import java.io.CharConversionException;
import java.util.function.LongUnaryOperator;

/** Turns the parser's failures into {@link ImportException}s that name the file, the byte offset and the line. */
final class JsonFailures {
    /** Bounds for what a hostile file controls (see docs/security.md). */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(200)
            .maxStringLength(20_000_000)
            .maxNumberLength(1000)
            .build();
    private static final int MAX_DETAIL = 200;

    private JsonFailures() {
    }

    /**
     * @param toFileOffset maps the parser's byte offset to the file's (repairs and stripped prefixes shift it)
     */
    static ImportException translate(JsonProcessingException e, String source, LongUnaryOperator toFileOffset) {
        JsonLocation loc = e.getLocation();
        long parserOffset = loc == null ? -1 : loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
        long offset = parserOffset < 0 ? -1 : toFileOffset.applyAsLong(parserOffset);
        String locator = offset < 0 ? null : "byte " + offset + (loc.getLineNr() > 0 ? " (line " + loc.getLineNr() + ")" : "");
        String detail = detail(e.getOriginalMessage());
        ImportException.Category category;
        String reason;
        if (e instanceof StreamConstraintsException) {
            category = ImportException.Category.LIMIT;
            reason = "a size or depth limit was hit (" + detail + ")";
        } else if (e instanceof JsonEOFException) {
            category = ImportException.Category.TRUNCATED;
            reason = "the file ends in the middle of a record: it looks cut off (" + detail + "); the records before were imported";
        } else if (detail.contains("Invalid UTF-8") || e.getCause() instanceof CharConversionException) {
            category = ImportException.Category.ENCODING;
            reason = "the bytes are not valid UTF-8 (" + detail + "); the records before were imported";
        } else {
            category = ImportException.Category.MALFORMED;
            reason = "broken JSON (" + detail + "); the records before were imported";
        }
        return new ImportException(category, source, locator, reason, e);
    }

    /** Whether a failure may be one of the export defects that a repairing second pass fixes (broken syntax). */
    static boolean repairable(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException || e instanceof JsonEOFException || e.getCause() instanceof CharConversionException) {
            return false;
        }
        String m = e.getOriginalMessage();
        return m == null || !m.contains("Invalid UTF-8");
    }

    static ImportException encoding(CharConversionException e, java.nio.file.Path file, String source,
                                    java.util.function.LongUnaryOperator toFileOffset) {
        String locator = null;
        String what = detail(e.getMessage());
        if (e instanceof io.corroborate.spi.MalformedUtf8Exception m) {
            long at = toFileOffset.applyAsLong(m.byteOffset());
            locator = "byte " + at + " (line " + io.corroborate.spi.MalformedUtf8Exception.lineAt(file, at) + ")";
            what = "invalid UTF-8 at byte " + at;
        }
        return new ImportException(ImportException.Category.ENCODING, source, locator, "the bytes are not valid text (" + what + ")", e);
    }

    private static String detail(String message) {
        if (message == null) {
            return "no detail";
        }
        String oneLine = message.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > MAX_DETAIL ? oneLine.substring(0, MAX_DETAIL) + "…" : oneLine;
    }
}
