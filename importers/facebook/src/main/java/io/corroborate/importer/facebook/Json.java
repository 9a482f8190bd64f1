package io.corroborate.importer.facebook;

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
import io.corroborate.spi.ImportException;

import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hardened Jackson set-up for Facebook exports, a reader for one record at a time (whose strings
 * are repaired with {@link Mojibake}), and the mapping of parser errors to {@link ImportException}.
 */
final class Json {
    static final int MAX_DEPTH = 200;
    static final int MAX_STRING = 20_000_000;
    static final int MAX_NUMBER = 1000;
    /** Characters one post may hold in all its strings together. */
    static final long MAX_RECORD_CHARS = 50_000_000L;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .build())
            .build();

    private Json() {
    }

    /** A parser over {@code file} that checks UTF-8 as it reads; closing the parser closes the file. */
    static JsonParser open(Path file) throws IOException {
        return FACTORY.createParser(new Utf8CheckingInputStream(Files.newInputStream(file)));
    }

    /**
     * Reads the value at the parser's current token into maps (insertion order), lists, repaired
     * strings, {@link BigDecimal}s, booleans and {@code null}s. Bounded by the parser's limits and
     * {@link #MAX_RECORD_CHARS}.
     */
    static Object value(JsonParser p) throws IOException {
        return value(p, new long[1]);
    }

    private static Object value(JsonParser p, long[] chars) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "unexpected end of input");
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (next(p) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    next(p);
                    m.put(name, value(p, chars));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (next(p) != JsonToken.END_ARRAY) {
                    l.add(value(p, chars));
                }
                return l;
            }
            case VALUE_STRING: {
                String s = p.getText();
                chars[0] += s.length();
                if (chars[0] > MAX_RECORD_CHARS) {
                    throw new StreamConstraintsException("one record holds more than " + MAX_RECORD_CHARS + " characters of text");
                }
                return Mojibake.repair(s);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** The next token; the end of input inside a structure is a truncation. */
    static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "unexpected end of input inside " + p.getParsingContext().typeDesc());
        }
        return t;
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
                            + MAX_NUMBER + ", " + MAX_RECORD_CHARS + " characters per record): " + s.getOriginalMessage(), e);
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
