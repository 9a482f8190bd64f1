package io.corroborate.importer.csv;

import io.corroborate.spi.ImportException;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The source's options (kebab-case keys), remembering which were read so that typos can be reported. */
final class Options {
    private final Map<String, String> raw;
    private final String source;
    private final Set<String> used = new HashSet<>();

    Options(Map<String, String> raw, String source) {
        this.raw = Map.copyOf(raw);
        this.source = source;
    }

    /** The option's value stripped, or empty when absent or blank. */
    Optional<String> get(String key) {
        used.add(key);
        String v = raw.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** A column name option, normalised as headers are ({@link CsvRows#normalise}), or {@code fallback}. */
    String column(String key, String fallback) {
        return get(key).map(CsvRows::normalise).orElse(fallback);
    }

    ImportException bad(String key, String expected) {
        return new ImportException(ImportException.Category.MALFORMED, source, "option " + key,
                "'" + Cells.shorten(String.valueOf(raw.get(key))) + "' is not " + expected);
    }

    /** A required option, or one that needs another, is missing. */
    ImportException missing(String key, String why) {
        return new ImportException(ImportException.Category.MALFORMED, source, "option " + key, why);
    }

    /** Options given but never read, sorted. */
    Set<String> unused() {
        Set<String> u = new TreeSet<>(raw.keySet());
        u.removeAll(used);
        return u;
    }
}
