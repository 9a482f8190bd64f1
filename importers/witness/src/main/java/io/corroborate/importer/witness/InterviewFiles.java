package io.corroborate.importer.witness;

import io.corroborate.spi.StrictUtf8Reader;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The interview layout: one YAML file per interview, a mapping with a {@code witness} block and a
 * {@code statements} list whose keys are the sheet's column names. Streamed statement by statement;
 * several documents ({@code ---}) in one file are several interviews.
 *
 * <p>Limits: at most {@value #MAX_CODE_POINTS} code points per document, {@value #MAX_LINE_CHARS}
 * characters per line and nesting depth {@value #MAX_DEPTH}; aliases ({@code *name}) are refused with {@code LIMIT} because Jackson would read
 * them as the anchor's name and they are how "billion laughs" documents blow up.
 */
final class InterviewFiles {
    static final int MAX_CODE_POINTS = 4_000_000;
    static final int MAX_DEPTH = 32;
    /** The longest line: SnakeYAML's time grows with the square of a line's length. */
    static final int MAX_LINE_CHARS = 1 << 20;

    private static final YAMLFactory YAML = factory();

    private final ImportContext context;
    private final Statements.Settings settings;
    private final Emitted emitted;

    InterviewFiles(ImportContext context, Statements.Settings settings, Emitted emitted) {
        this.context = context;
        this.settings = settings;
        this.emitted = emitted;
    }

    private static YAMLFactory factory() {
        LoaderOptions o = new LoaderOptions();
        o.setMaxAliasesForCollections(0);
        o.setAllowRecursiveKeys(false);
        o.setNestingDepthLimit(MAX_DEPTH);
        o.setCodePointLimit(MAX_CODE_POINTS);
        return YAMLFactory.builder().loaderOptions(o)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_CODE_POINTS).maxNumberLength(100).build())
                .build();
    }

    /** One flat mapping read from the file: normalised keys to text, or the reason it is unusable. */
    private record Flat(Map<String, String> fields, String problem, long line) {
    }

    /** A statement read before its witness block. */
    private record Waiting(Flat flat, String locator) {
    }

    void read(Path file, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        String name = WitnessImporter.register(context, file);
        StrictUtf8Reader reader = new StrictUtf8Reader(Files.newInputStream(file), Long.MAX_VALUE, true, MAX_LINE_CHARS);
        try (JsonParser p = YAML.createParser(reader)) {
            JsonToken t;
            int documents = 0;
            while ((t = next(p)) != null) {
                if (t != JsonToken.START_OBJECT) {
                    throw new ImportException(ImportException.Category.MALFORMED, name, "line " + line(p),
                            "an interview is a mapping with 'witness' and 'statements' (see docs/importers/witness.md)");
                }
                document(p, file, sink);
                documents++;
            }
            if (documents == 0) {
                context.warn(file, "line 1", "no interview in this file");
            }
        } catch (StreamConstraintsException e) {
            throw new ImportException(ImportException.Category.LIMIT, name, location(e), e.getOriginalMessage(), e);
        } catch (JsonProcessingException | YAMLException e) {
            throw translate(e, name);
        } catch (StrictUtf8Reader.EncodingError | StrictUtf8Reader.NotPrintable e) {
            throw translate(e, name);
        } catch (AliasRefused e) {
            throw new ImportException(ImportException.Category.LIMIT, name, "line " + e.line, e.getMessage() + "; statements before it were read");
        }
    }

    private void document(JsonParser p, Path file, Consumer<EvidenceItem> sink) throws IOException {
        Witness witness = null;
        String witnessProblem = null;
        boolean witnessSeen = false;
        List<Waiting> waiting = new ArrayList<>();
        JsonToken t;
        while ((t = next(p)) == JsonToken.FIELD_NAME) {
            String key = CsvRows.normalise(p.currentName());
            long keyLine = line(p);
            t = next(p);
            switch (key) {
                case "witness" -> {
                    if (witnessSeen) {
                        witnessProblem = "the file has two 'witness' blocks (line " + keyLine + ")";
                        witness = null;
                        skip(p, t);
                        continue;
                    }
                    witnessSeen = true;
                    Flat f = t == JsonToken.START_OBJECT ? flat(p) : skipped(p, t, "'witness' must be a mapping", keyLine);
                    if (f.problem() != null) {
                        witnessProblem = "the witness block (line " + keyLine + ") " + f.problem();
                        continue;
                    }
                    try {
                        witness = Witness.parse(f.fields());
                    } catch (InvalidRecord e) {
                        witnessProblem = e.getMessage();
                    }
                    for (Waiting w : waiting) {
                        statement(witness, witnessProblem, w.flat(), w.locator(), file, sink);
                    }
                    waiting.clear();
                }
                case "statements" -> {
                    if (t != JsonToken.START_ARRAY) {
                        skip(p, t);
                        context.skipped(file, "line " + keyLine, "'statements' must be a list of statements");
                        continue;
                    }
                    int index = 0;
                    for (t = next(p); t != JsonToken.END_ARRAY; t = next(p), index++) {
                        long at = line(p);
                        Flat f = t == JsonToken.START_OBJECT ? flat(p) : skipped(p, t, "is not a mapping", at);
                        String locator = "/statements/" + index + " (line " + at + ")";
                        if (witnessSeen) {
                            statement(witness, witnessProblem, f, locator, file, sink);
                        } else {
                            waiting.add(new Waiting(f, locator));
                        }
                    }
                }
                default -> {
                    context.warn(file, "line " + keyLine, "unknown key '" + Fields.shorten(key) + "' ignored (expected witness, statements)");
                    skip(p, t);
                }
            }
        }
        for (Waiting w : waiting) {
            statement(null, "the file has no 'witness' block", w.flat(), w.locator(), file, sink);
        }
    }

    private void statement(Witness w, String witnessProblem, Flat f, String locator, Path file, Consumer<EvidenceItem> sink) {
        if (f.problem() != null) {
            context.skipped(file, locator, "the statement " + f.problem());
            return;
        }
        if (w == null) {
            context.skipped(file, locator, "no usable witness: " + witnessProblem);
            return;
        }
        String stated = Fields.get(f.fields(), "witness");
        if (!stated.isEmpty() && !stated.equals(w.id())) {
            context.skipped(file, locator, "the statement names witness '" + Fields.shorten(stated) + "' but the file is the interview of " + w.id());
            return;
        }
        try {
            EvidenceItem item = Statements.build(w, f.fields(), context.provenance(Statements.IMPORTER, file, locator), settings);
            emitted.accept(item, file, locator, sink);
        } catch (InvalidRecord e) {
            context.skipped(file, locator, e.getMessage());
        }
    }

    /** Reads a mapping of scalars (or lists of scalars, joined with "; ") after its START_OBJECT. */
    private static Flat flat(JsonParser p) throws IOException {
        long line = line(p);
        Map<String, String> fields = new LinkedHashMap<>();
        String problem = null;
        JsonToken t;
        while ((t = next(p)) == JsonToken.FIELD_NAME) {
            String key = CsvRows.normalise(p.currentName());
            t = next(p);
            String value;
            if (t.isScalarValue()) {
                value = t == JsonToken.VALUE_NULL ? "" : p.getText();
            } else if (t == JsonToken.START_ARRAY) {
                List<String> parts = new ArrayList<>();
                for (t = next(p); t != JsonToken.END_ARRAY; t = next(p)) {
                    if (t.isScalarValue()) {
                        parts.add(t == JsonToken.VALUE_NULL ? "" : p.getText());
                    } else {
                        skip(p, t);
                        problem = problem != null ? problem : "has a nested value under '" + Fields.shorten(key) + "'";
                    }
                }
                value = String.join("; ", parts);
            } else {
                skip(p, t);
                problem = problem != null ? problem : "has a nested mapping under '" + Fields.shorten(key) + "'";
                continue;
            }
            if (fields.putIfAbsent(key, value) != null && problem == null) {
                problem = "has the key '" + Fields.shorten(key) + "' twice";
            }
        }
        return new Flat(fields, problem, line);
    }

    private static Flat skipped(JsonParser p, JsonToken t, String problem, long line) throws IOException {
        skip(p, t);
        return new Flat(Map.of(), problem, line);
    }

    /** Skips the value starting at {@code t}, still checking every token for aliases. */
    private static void skip(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken u = next(p);
            if (u == null) {
                return;
            }
            if (u.isStructStart()) {
                depth++;
            } else if (u.isStructEnd()) {
                depth--;
            }
        }
    }

    /** An alias met while reading: refused, however few. */
    private static final class AliasRefused extends IOException {
        private final long line;

        AliasRefused(String anchor, long line) {
            super("YAML aliases (*" + Fields.shorten(anchor) + ") are refused: write the value out");
            this.line = line;
        }
    }

    private static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new AliasRefused(String.valueOf(p.getText()), line(p));
        }
        return t;
    }

    private static long line(JsonParser p) {
        return p.currentLocation().getLineNr();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
    }

    private static ImportException translate(Exception e, String name) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof StrictUtf8Reader.EncodingError enc) {
                return encoding(enc, name);
            }
            if (c instanceof StrictUtf8Reader.LineTooLong l) {
                return new ImportException(ImportException.Category.LIMIT, name, "line " + l.line(),
                        "a line longer than " + l.limit() + " characters; statements before it were read", e);
            }
            if (c instanceof StrictUtf8Reader.NotPrintable np) {
                return new ImportException(ImportException.Category.MALFORMED, name, "line " + np.line() + ", byte " + np.byteOffset(),
                        np.getMessage().replaceFirst(" at byte.*", "") + " in YAML; statements before it were read");
            }
            if (c.getMessage() != null && c.getMessage().contains("exceeds the limit")) {
                return new ImportException(ImportException.Category.LIMIT, name, e instanceof JsonProcessingException j ? location(j) : null,
                        "the interview is larger than " + MAX_CODE_POINTS + " characters", e);
            }
        }
        String where = e instanceof JsonProcessingException j ? location(j) : null;
        String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return new ImportException(ImportException.Category.MALFORMED, name, where,
                "not valid YAML (" + Fields.shorten(String.valueOf(why)) + "); statements before this point were read", e);
    }

    private static ImportException encoding(StrictUtf8Reader.EncodingError e, String name) {
        return new ImportException(ImportException.Category.ENCODING, name, "line " + e.line() + ", byte " + e.byteOffset(),
                "invalid UTF-8: save the file as UTF-8 (statements before this point were read)");
    }
}
