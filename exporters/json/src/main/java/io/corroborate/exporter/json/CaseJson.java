package io.corroborate.exporter.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * The JSON conventions of {@code case.json}, shared with anything else that writes Corroborate
 * records as JSON (the app's {@code import} JSON Lines): instants as ISO-8601 UTC strings
 * ({@code 2022-01-05T09:14:03Z}), durations as ISO-8601 ({@code PT5M}), zones as their id, dates as
 * {@code 2022-01-05}, whole-number doubles as integers ({@code 41}, not {@code 41.0}), null fields
 * left out, map entries sorted by key. Record fields keep the model's names.
 *
 * <p>{@link #mapper()} returns a fresh copy each call, so a caller may reconfigure its copy without
 * touching anyone else's.
 */
public final class CaseJson {
    /** The version of the {@code case.json} layout; bump it when a field changes meaning or is removed. */
    public static final String SCHEMA_VERSION = "2.0";

    private static final ObjectMapper MAPPER = build();

    private CaseJson() {
    }

    /** A new mapper with the conventions above; compact output (one line per value). */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * A writer for human-diffable files: two-space indent, {@code "key": value}, {@code \n} line ends on
     * every platform, one field per line. It never closes the target it writes to.
     */
    public static ObjectWriter prettyWriter() {
        return MAPPER.writer(prettyPrinter()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The pretty printer of {@link #prettyWriter()}. */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indent)
                .withArrayIndenter(indent);
    }

    private static ObjectMapper build() {
        SimpleModule numbers = new SimpleModule("corroborate-numbers");
        numbers.addSerializer(Double.class, new WholeDoubleSerializer());
        numbers.addSerializer(Double.TYPE, new WholeDoubleSerializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(numbers)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    /** Writes {@code 41.0} as {@code 41} so integral values read as integers in every consumer. */
    private static final class WholeDoubleSerializer extends StdSerializer<Double> {
        private static final double LARGEST_EXACT = 9.007199254740992E15; // 2^53: beyond it doubles are not exact integers anyway

        WholeDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value;
            if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) <= LARGEST_EXACT) {
                gen.writeNumber((long) d);
            } else if (Double.isFinite(d)) {
                gen.writeNumber(d);
            } else {
                // NaN and infinities have no JSON form; an absent measurement is the honest reading
                gen.writeNull();
            }
        }
    }
}
