package io.corroborate.spi;

import io.corroborate.model.Hashes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain {@link ImportContext} for using an importer as a library and in tests: it collects skipped
 * records and warnings in lists. Not thread-safe.
 */
public class BasicImportContext implements ImportContext {
    /** A skipped record or a warning, as reported. */
    public record Report(String file, String locator, String message) {
        @Override
        public String toString() {
            return file + ": " + locator + ": " + message;
        }
    }

    private final Path caseRoot;
    private final ZoneId caseZone;
    private final ZoneId sourceZone;
    private final Map<String, String> options;
    private final Clock clock;
    private final Map<Path, String> hashes = new HashMap<>();
    private final List<Report> skipped = new ArrayList<>();
    private final List<Report> warnings = new ArrayList<>();
    private final List<Report> ignored = new ArrayList<>();

    public BasicImportContext(Path caseRoot, ZoneId caseZone, ZoneId sourceZone, Map<String, String> options, Clock clock) {
        this.caseRoot = java.util.Objects.requireNonNull(caseRoot, "caseRoot is null");
        this.caseZone = java.util.Objects.requireNonNull(caseZone, "caseZone is null");
        this.sourceZone = sourceZone;
        this.options = Map.copyOf(options == null ? Map.of() : options);
        this.clock = java.util.Objects.requireNonNull(clock, "clock is null");
    }

    /** A context rooted at {@code caseRoot} in UTC, no source zone, no options, the system clock. */
    public static BasicImportContext of(Path caseRoot) {
        return new BasicImportContext(caseRoot, ZoneId.of("UTC"), null, Map.of(), Clock.systemUTC());
    }

    @Override
    public ZoneId caseZone() {
        return caseZone;
    }

    @Override
    public Optional<ZoneId> sourceZone() {
        return Optional.ofNullable(sourceZone);
    }

    @Override
    public Map<String, String> options() {
        return options;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path caseRoot() {
        return caseRoot;
    }

    @Override
    public String sourceSha256(Path file) {
        return hashes.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Hashes.sha256(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void skipped(Path file, String locator, String reason) {
        skipped.add(new Report(sourceName(file), locator, reason));
    }

    @Override
    public void ignored(Path file, String locator, String reason) {
        ignored.add(new Report(sourceName(file), locator, reason));
    }

    @Override
    public void warn(Path file, String locator, String message) {
        warnings.add(new Report(sourceName(file), locator, message));
    }

    public List<Report> skippedRecords() {
        return List.copyOf(skipped);
    }

    public List<Report> warnings() {
        return List.copyOf(warnings);
    }

    /** Records left out because they are not evidence (see {@link ImportContext#ignored}). */
    public List<Report> ignoredRecords() {
        return List.copyOf(ignored);
    }
}
