package io.corroborate.spi;

import java.io.IOException;

/**
 * Writes one output kind into the output folder. Listed in
 * {@code META-INF/services/io.corroborate.spi.Exporter}; a plain class with a public no-argument
 * constructor, stateless.
 */
public interface Exporter {
    /** A stable kebab-case id, e.g. {@code case-json}; case.yaml's {@code outputs:} lists these. */
    String id();

    /** One line for {@code corroborate plugins}. */
    String description();

    /**
     * Whether this exporter must run after all others (a manifest that hashes the other outputs).
     * Among themselves, exporters run in id order.
     */
    default boolean runsLast() {
        return false;
    }

    /**
     * Writes this exporter's files through {@link ExportContext#write}, which makes each file appear
     * atomically. The case it gets is already redacted for the context's profile; exporters still say
     * at the top of each file when it is the public profile.
     *
     * @throws IOException when a file cannot be written; nothing half-written is left in place
     */
    void export(ExportContext context) throws IOException;
}
