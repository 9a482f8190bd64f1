package io.corroborate.spi;

import io.corroborate.model.EvidenceItem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of source (an export format) into {@link EvidenceItem}s.
 *
 * <p>A plugin is a plain class with a public no-argument constructor, listed in
 * {@code META-INF/services/io.corroborate.spi.SourceImporter}. Instances are shared and may be
 * called from several threads for different sources; keep them stateless.
 */
public interface SourceImporter {
    /** A stable kebab-case id used in case.yaml and on the command line, e.g. {@code telegram}. */
    String id();

    /** One line for {@code corroborate plugins}. */
    String description();

    /**
     * Reads {@code source} (a file or a folder, as the format needs) and hands each item to
     * {@code sink} as soon as it is complete, so a large export never sits in memory.
     *
     * <p>The importer opens and closes every stream it reads. A malformed record is reported with
     * {@link ImportContext#skipped} and reading goes on. When the source cannot be read past a point
     * (truncated, broken syntax, a limit hit), every item before that point has already been handed to
     * the sink, and the importer throws {@link ImportException} naming the file and where it broke.
     *
     * @throws ImportException when the source as a whole, or its remainder, cannot be read
     * @throws IOException     on an I/O failure of the machine, not of the data
     */
    void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException;
}
