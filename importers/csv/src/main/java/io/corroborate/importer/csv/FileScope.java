package io.corroborate.importer.csv;

import io.corroborate.model.Hashes;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Provenance;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The file being read, with what mappers need from the context for its rows. */
final class FileScope {
    private final Path file;
    private final ImportContext context;

    FileScope(Path file, ImportContext context) {
        this.file = file;
        this.context = context;
    }

    Path file() {
        return file;
    }

    String name() {
        return context.sourceName(file);
    }

    Provenance provenance(String locator) {
        return context.provenance(CsvImporter.ID, file, locator);
    }

    void warn(String locator, String message) {
        context.warn(file, locator, message);
    }

    /**
     * A media file named by the sheet, resolved next to it: with its path (relative to the case), size and
     * sha256 when it exists inside the case folder; without a path when it is absent; refused (with a
     * warning) when the name leaves the case folder.
     */
    MediaRef localMedia(String type, String relative, String locator) {
        MediaRef m = MediaRef.of(type);
        if (relative.isBlank()) {
            return m;
        }
        try {
            Path p = context.resolveInside(file.getParent(), relative.strip(), file, locator);
            if (!Files.isRegularFile(p)) {
                return m;
            }
            return m.withPath(context.sourceName(p)).withSizeBytes(Files.size(p)).withSha256(Hashes.sha256(p));
        } catch (ImportException | InvalidPathException e) {
            warn(locator, "media file '" + Cells.shorten(relative) + "' refused: " + e.getMessage());
            return m;
        } catch (IOException e) {
            warn(locator, "media file '" + Cells.shorten(relative) + "' cannot be read: " + e.getMessage());
            return m;
        }
    }
}
