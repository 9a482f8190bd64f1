package io.corroborate.spi;

import io.corroborate.model.Provenance;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * What an importer may know about the case and the host while it reads one source. Narrow on
 * purpose: an importer never sees the app. Implementations are not required to be thread-safe; an
 * importer calls its context from the thread that called it.
 */
public interface ImportContext {
    /** The case's time zone (an IANA zone). */
    ZoneId caseZone();

    /**
     * The zone in which the source wrote local wall times, when {@code case.yaml} ({@code timezone:})
     * or {@code --source-zone} gives it. Empty means: local times without an offset are unknown and the
     * records that only have them are skipped.
     */
    Optional<ZoneId> sourceZone();

    /** Source options from {@code case.yaml} ({@code options:}), kebab-case keys. */
    Map<String, String> options();

    default Optional<String> option(String key) {
        return Optional.ofNullable(options().get(key));
    }

    /** The clock for "imported at" stamps (fixed in tests). */
    Clock clock();

    /** The case folder: paths read from sources must stay inside it (see {@link SafePaths}). */
    Path caseRoot();

    /** How a file is named in provenance and messages: relative to the case folder when inside it. */
    default String sourceName(Path file) {
        Path root = caseRoot().toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }

    /** SHA-256 of a source file, computed once per file by the host. */
    String sourceSha256(Path file);

    /** Provenance for a record of {@code file} at {@code locator}, stamped with the clock. */
    default Provenance provenance(String importer, Path file, String locator) {
        return new Provenance(importer, sourceName(file), locator, sourceSha256(file), clock().instant());
    }

    /** Resolves a path written inside a source file, refusing anything that leaves the case folder. */
    default Path resolveInside(Path base, String relative, Path file, String locator) throws ImportException {
        return SafePaths.resolve(caseRoot(), base, relative, sourceName(file), locator);
    }

    /**
     * Reports a record that was not imported. The host counts it, logs it, and with {@code --strict}
     * fails the run. {@code locator} names the record (line, JSON pointer, message id).
     */
    void skipped(Path file, String locator, String reason);

    /**
     * Reports a record that is left out because it is not evidence by design (a Telegram service
     * message: a join, a pin, a title change). The host counts it in the summary; unlike
     * {@link #skipped}, it is not a warning and {@code --strict} does not fail on it.
     */
    default void ignored(Path file, String locator, String reason) {
    }

    /** Reports something repaired or doubtful in a record that was still imported. */
    void warn(Path file, String locator, String message);
}
