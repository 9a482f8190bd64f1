package io.corroborate.importer.ytdlp;

import io.corroborate.spi.Utf8CheckingInputStream;
import io.corroborate.spi.MalformedUtf8Exception;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.corroborate.spi.ImportException;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hardened Jackson set-up for yt-dlp files and the mapping of its errors to {@link ImportException}. */
final class Json {
    static final int MAX_DEPTH = 200;
    static final int MAX_STRING = 20_000_000;
    static final int MAX_NUMBER = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .build())
            // Python's json module, which yt-dlp writes with, emits NaN and Infinity
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private Json() {
    }

    /** A parser over {@code file} that checks UTF-8 as it reads; closing the parser closes the file. */
    static JsonParser open(Path file) throws IOException {
        return FACTORY.createParser(new Utf8CheckingInputStream(Files.newInputStream(file)));
    }

    /**
     * The import error for a data problem met while parsing, or {@code null} when {@code e} is a
     * failure of the machine (which the caller rethrows as is).
     */
    static ImportException dataError(IOException e, String file, JsonParser parser) {
        if (e instanceof MalformedUtf8Exception m) {
            return new ImportException(ImportException.Category.ENCODING, file, "byte " + m.byteOffset(), m.getMessage(), e);
        }
        if (e instanceof StreamConstraintsException s) {
            return new ImportException(ImportException.Category.LIMIT, file, where(s, parser),
                    "a size limit was hit (nesting depth " + MAX_DEPTH + ", string length " + MAX_STRING + ", number length "
                            + MAX_NUMBER + "): " + s.getOriginalMessage(), e);
        }
        if (e instanceof JsonEOFException eof) {
            return new ImportException(ImportException.Category.TRUNCATED, file, where(eof, parser),
                    "the file ends in the middle of a record (truncated?): " + eof.getOriginalMessage(), e);
        }
        if (e instanceof JsonProcessingException p) {
            String m = String.valueOf(p.getOriginalMessage());
            ImportException.Category c = m.contains("Invalid UTF-") || m.contains("Invalid UTF8") ? ImportException.Category.ENCODING
                    : ImportException.Category.MALFORMED;
            return new ImportException(c, file, where(p, parser), "broken JSON: " + m, e);
        }
        if (e instanceof CharConversionException) {
            return new ImportException(ImportException.Category.ENCODING, file, where(null, parser), "not UTF-8 text: " + e.getMessage(), e);
        }
        return null;
    }

    private static String where(JsonProcessingException e, JsonParser parser) {
        JsonLocation l = e == null ? null : e.getLocation();
        if ((l == null || l == JsonLocation.NA) && parser != null) {
            l = parser.currentLocation();
        }
        if (l == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        if (l.getByteOffset() >= 0) {
            b.append("byte ").append(l.getByteOffset());
        }
        if (l.getLineNr() > 0) {
            b.append(b.length() > 0 ? ", " : "").append("line ").append(l.getLineNr()).append(", column ").append(l.getColumnNr());
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The next token; the end of input inside a structure is a truncation. */
    static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "unexpected end of input inside " + p.getParsingContext().typeDesc());
        }
        return t;
    }

    /** How a token is named in messages: "string", "number", "array"... */
    static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        switch (t) {
            case START_OBJECT: return "object";
            case START_ARRAY: return "array";
            case VALUE_STRING: return "string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "boolean";
            case VALUE_NULL: return "null";
            default: return t.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A JSON pointer segment: {@code ~} and {@code /} escaped as RFC 6901 says. */
    static String pointerSegment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
