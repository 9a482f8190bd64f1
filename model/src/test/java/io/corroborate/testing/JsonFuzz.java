package io.corroborate.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Type swaps for JSON samples, beside {@link Fuzz}'s byte damage (which seldom turns a string into an
 * object): each round replaces one value of the sample, a scalar or a whole object or array, with a
 * value of another type or an extreme one ({@code null}, {@code {}}, {@code [1,"a",null]}, a 20-digit
 * number, {@code 1e308}, a 5,000-character string, a path out of the case...) and runs the importer.
 * Nothing but {@code ImportException} may escape ({@link Fuzz#runOnce}). JSON Lines samples stay one
 * value per line. Seeded like {@link Fuzz} ({@code corroborate.fuzz.seed}, {@code corroborate.fuzz.times}).
 */
public final class JsonFuzz {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] VALUES = {"null", "true", "false", "0", "-1", "-0", "1.5", "1e308", "1e-400", "-9223372036854775809",
            "99999999999999999999", "\"\"", "\"x\"", "\"2022-01-05T09:14:03Z\"", "\"1641373964\"", "\"-1\"", "\"99999999999999999999\"",
            "\"\\u0000\"", "\"NaN\"", "{}", "[]", "[1,\"a\",null]", "{\"a\":{\"b\":[]}}", "[[[[]]]]", "\"../../etc/passwd\"",
            "\"javascript:alert(1)\"", "\"" + "a".repeat(5000) + "\"", "\"(File not included. Change data exporting settings to download.)\""};

    private JsonFuzz() {
    }

    /** Runs {@code rounds} type swaps of {@code sample} with {@code fuzz}'s importer; throws {@link AssertionError} on an escape. */
    public static Fuzz.Report run(Fuzz fuzz, Fuzz.Sample sample, Path workDir, long seed, int rounds) {
        seed = Fuzz.campaignSeed(seed);
        rounds = Fuzz.campaignRounds(rounds);
        Random random = new Random(seed);
        int values = countValues(sample.bytes());
        int errors = 0;
        long items = 0;
        for (int round = 0; round < rounds; round++) {
            int target = random.nextInt(values);
            String value = VALUES[random.nextInt(VALUES.length)];
            byte[] swapped = swap(sample.bytes(), target, value);
            String label = "seed " + seed + " round " + round + " (value " + target + " becomes " + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + ")";
            Fuzz.Outcome o = fuzz.runOnce(sample, swapped, workDir.resolve("s" + round), label);
            errors += o.error() == null ? 0 : 1;
            items += o.ids().size();
        }
        return new Fuzz.Report(rounds, errors, items);
    }

    /** How many values (scalars, objects, arrays, at any depth) the JSON or JSON Lines text holds. */
    static int countValues(byte[] json) {
        int n = 0;
        try (JsonParser p = JSON.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue() || t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the sample is not JSON", e);
        }
        return n;
    }

    /** The text with its {@code target}-th value (in document order) replaced by {@code value} (raw JSON). */
    static byte[] swap(byte[] json, int target, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + value.length());
        int n = 0;
        try (JsonParser p = JSON.createParser(json); JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                boolean isValue = t.isScalarValue() || t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
                if (isValue && n++ == target) {
                    g.writeRawValue(value);
                    p.skipChildren();
                } else {
                    g.copyCurrentEvent(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
