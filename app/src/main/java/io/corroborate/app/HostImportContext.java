package io.corroborate.app;

import io.corroborate.model.Hashes;
import io.corroborate.spi.ImportContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The app's {@link ImportContext} for one source: hashes each source file once, remembers which files
 * the importer read (for custody.csv), and passes skipped records and warnings to the run's log.
 */
final class HostImportContext implements ImportContext {
    /** A source file the importer read: its sha256 and size. */
    record FileRead(String sha256, long size) {
    }

    private final Path caseRoot;
    private final Path namesRoot;
    private final ZoneId caseZone;
    private final ZoneId sourceZone;
    private final Map<String, String> options;
    private final Clock clock;
    private final RunLog log;
    private final Map<Path, FileRead> files = new LinkedHashMap<>();

    HostImportContext(Path caseRoot, ZoneId caseZone, ZoneId sourceZone, Map<String, String> options, Clock clock, RunLog log) {
        this(caseRoot, caseRoot, caseZone, sourceZone, options, clock, log);
    }

    /**
     * A context whose files are named relative to {@code namesRoot} (for {@code corroborate import}, the
     * current folder) while paths inside the sources may not leave {@code caseRoot}.
     */
    HostImportContext(Path caseRoot, Path namesRoot, ZoneId caseZone, ZoneId sourceZone, Map<String, String> options, Clock clock,
                      RunLog log) {
        this.namesRoot = namesRoot.toAbsolutePath().normalize();
        this.caseRoot = caseRoot.toAbsolutePath().normalize();
        this.caseZone = Objects.requireNonNull(caseZone, "caseZone is null");
        this.sourceZone = sourceZone;
        this.options = Map.copyOf(options);
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.log = Objects.requireNonNull(log, "log is null");
    }

    @Override public ZoneId caseZone() { return caseZone; }
    @Override public Optional<ZoneId> sourceZone() { return Optional.ofNullable(sourceZone); }
    @Override public Map<String, String> options() { return options; }
    @Override public Clock clock() { return clock; }
    @Override public Path caseRoot() { return caseRoot; }

    @Override
    public String sourceName(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path root = f.startsWith(namesRoot) ? namesRoot : caseRoot;
        return (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }

    @Override
    public String sourceSha256(Path file) {
        return files.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return new FileRead(Hashes.sha256(f), Files.size(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sha256();
    }

    @Override
    public void skipped(Path file, String locator, String reason) {
        log.skipped(sourceName(file), locator, reason);
    }

    @Override
    public void ignored(Path file, String locator, String reason) {
        log.ignored(sourceName(file), locator, reason);
    }

    @Override
    public void warn(Path file, String locator, String message) {
        log.warn(sourceName(file), locator, message);
    }

    /** The files read so far, in the order first hashed. */
    Map<Path, FileRead> filesRead() {
        return files;
    }
}
