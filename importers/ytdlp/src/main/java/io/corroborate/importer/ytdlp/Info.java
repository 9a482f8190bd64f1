package io.corroborate.importer.ytdlp;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The scalar fields of one yt-dlp info dict that the importer reads (strings, numbers as
 * {@link BigDecimal}, booleans), where it sits in its file, and whether it is the file's top-level
 * object (whose media shares the file's base name).
 */
record Info(Map<String, Object> fields, String locator, boolean topLevel) {
    /** Stands for a field whose value was an object or array where a scalar belongs. */
    static final Object STRUCTURE = new Object() {
        @Override
        public String toString() {
            return "a JSON object or array";
        }
    };

    Info {
        fields = Map.copyOf(fields);
        Objects.requireNonNull(locator, "locator is null");
    }

    /** A string field, a number written as its plain decimal text, or {@code null}; blanks are null. */
    String text(String name) {
        Object v = fields.get(name);
        if (v instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return null;
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    Object raw(String name) {
        return fields.get(name);
    }

    /** A numeric field, or {@code null} when absent or not a number. */
    BigDecimal number(String name) {
        return fields.get(name) instanceof BigDecimal d ? d : null;
    }
}
